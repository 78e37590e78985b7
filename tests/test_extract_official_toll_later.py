"""Extraction, figures: the toll an official gives a few sentences after the event was told,
naming no place of its own ("The governor said later that four were killed"), is that event's
toll even when the report's own account of the scene (a reporter's turn, a letter writer's
night) lies between. Seen in three writers of the development sets (heldout14's and heldout18's
TV scripts, heldout16's reader's letter), where the figures were left off the record."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


CASES = [
    (  # a TV script: the anchor tells the strike, the reporter's later turn gives the toll
        "[PRESENTER]\nTonight we begin in Poltava, where a missile struck a bakery this "
        "morning. Our correspondent Ivan is at the scene.\n\n[CORRESPONDENT, live]\nIvan, the "
        "smoke is still rising behind me. Firefighters have been working here for hours. I saw "
        "a crane lift a slab off the ovens.\n\n[PRESENTER]\nAnd what do officials say?\n\n"
        "[CORRESPONDENT]\nThe regional governor said this evening that four people were killed "
        "and 19 injured.",
        "Poltava",
        (4, 19),
        "confirmed",  # the report's own correspondent saw the scene
    ),
    (  # a letter to the editor: the writer's night, then the council's toll
        "Dear editor,\n\nI live on Shevchenko Street in Sumy. Before dawn on Tuesday a drone "
        "hit the house across the road from mine. I woke up on the floor. The children were "
        "screaming and the stairwell was full of smoke.\n\nWe waited downstairs until the "
        "firemen came. My neighbour's cat hid under the bath for a day. The city council said "
        "on Tuesday that two people were killed and six injured on our street.",
        "Sumy",
        (2, 6),
        "claimed",
    ),
    (  # a radio bulletin: the anchor, then a reporter's turn with the official's toll
        "ANCHOR: A guided bomb hit a school in Kupiansk this afternoon. Our reporter has "
        "more.\n\nREPORTER: I am standing by the gate. The building's east wing is gone. "
        "Teachers were in the basement with the pupils. Rescuers are still searching the "
        "rubble. According to the head of the city administration, one teacher died and "
        "three children were injured.",
        "Kupiansk",
        (1, 3),
        "claimed",
    ),
]


@pytest.mark.parametrize(("text", "place", "figures", "verification"), CASES)
def test_an_officials_toll_told_later_is_the_events(extractor, text, place, figures, verification):
    events = [
        e
        for e in extractor.extract(text, "report", date(2025, 4, 1))
        if place in e["place_mention"]
    ]
    assert events, text
    assert (events[0]["fatalities"], events[0]["injured"]) == figures
    assert events[0]["verification"] == verification


def test_a_toll_after_another_event_is_not_the_first(extractor):
    """Another event told between keeps the toll off the first."""
    text = (
        "A missile hit a depot in Pavlohrad at dawn. Nobody was there at the time. Firefighters "
        "worked until noon. The roof was gone.\n\nIn Synelnykove a drone hit a garage. The "
        "governor said two people were injured."
    )
    events = {e["place_mention"]: e for e in extractor.extract(text, "report", date(2025, 4, 1))}
    assert events["Pavlohrad"]["injured"] in (None, 0)
