"""Fire heard from afar is no event (a new user's "shelling could be heard from the direction of
Siversk" was read as a strike): a sound that comes from a direction tells of no event at the
place it points to, nor at the place where it was heard. A hit told beside it stays, and blasts
heard in a town, with no direction, are still that town's."""

from __future__ import annotations

from datetime import date

import pytest


def _records(extractor, text):
    got = extractor.extract(text, "t", published=date(2025, 12, 5))
    return [(e["event_type"], e["place"][:5]) for e in got]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling was heard in the direction of Siversk on Wednesday night.",
        "In Lyman, shelling could be heard from the direction of Siversk all night.",
        "Residents of Sloviansk said explosions could be heard from the direction of "
        "Kramatorsk on Tuesday.",
        "We heard loud bangs from the direction of Kupiansk around midnight.",
        "From the direction of Bakhmut, explosions were heard until dawn, a soldier said.",
    ],
)
def test_fire_heard_from_a_direction_is_no_event(extractor, text):
    assert _records(extractor, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Shelling could be heard from the direction of Siversk all night. In the morning a "
        "drone hit a bus, wounding three.",
        "Explosions were heard in the direction of Kupiansk late on Monday. Shortly after, a "
        "guided bomb struck a warehouse, the police said.",
    ],
)
def test_the_town_a_sound_came_from_is_not_the_next_events(extractor, text):
    assert all(place not in ("Svers", "Kupia", "Kupya") for _, place in _records(extractor, text))


@pytest.mark.parametrize(
    "text, expected",
    [
        # blasts heard in a town, no direction: the town's
        ("Explosions were heard in Izmail after midnight.", [("strike", "Izmay")]),
        # a hit told beside the sound keeps its place
        (
            "A guided bomb hit a school in Kostiantynivka; explosions could be heard from the "
            "direction of Druzhkivka as well.",
            [("strike", "Kosty")],
        ),
    ],
)
def test_a_hit_beside_a_sound_from_afar_stays(extractor, text, expected):
    assert _records(extractor, text) == expected
