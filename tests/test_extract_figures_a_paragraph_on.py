"""Extraction, casualty figures told a paragraph or two after the event, naming it only as "the
shelling", "the attack", or naming only the city where the wounded were taken ("taken to hospital
in Kherson"): the event's own figures. Figures of another attack, of a region's running total or
of another town stay off. Reports in our own words: a wire, a regional administration's post
(translated), a monitoring mission's note."""

from __future__ import annotations

from datetime import date

import pytest


def _records(extractor, text: str) -> list[tuple[str, int | None, int | None]]:
    return [
        (e["place_mention"], e["fatalities"], e["injured"])
        for e in extractor.extract(text, "figures-a-paragraph-on", date(2025, 6, 3))
    ]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # wire: the event named again as "the shelling", after a paragraph of damage
        (
            "KUPIANSK, June 2 (Wire) - Russian troops shelled Kupiansk overnight, the head of "
            "the town's military administration said. A school and a shop were damaged.\n\n"
            "Utility crews restored power by noon.\n\n"
            "The shelling wounded two men, he added.\n",
            (None, 2),
        ),
        # monitoring mission: "the attack", the figures and their source
        (
            "On 14 May, a missile struck an industrial area on the outskirts of Kremenchuk.\n\n"
            "The site had been used to store agricultural machinery. Windows of nearby homes "
            "were blown out.\n\n"
            "The attack killed three workers and injured 11, according to the mission's "
            "information.\n",
            (3, 11),
        ),
        # administration's post: the wounded named by the city they were taken to
        (
            "In the morning the occupiers attacked a bus in Bilozerka with a drone.\n\n"
            "The bus was carrying workers to a farm. The driver managed to stop it.\n\n"
            "Four passengers were taken to hospital in Kherson with shrapnel wounds.\n",
            (None, 4),
        ),
    ],
)
def test_figures_a_paragraph_on_are_the_event_s(extractor, text, figures):
    got = _records(extractor, text)
    assert [(f, i) for _, f, i in got] == [figures], got


@pytest.mark.parametrize(
    "closing",
    [
        # another attack, another town, a region's running total
        "A separate attack on the village of Petropavlivka injured two people.",
        "The attack on Kharkiv a week earlier killed four people.",
        "Since the start of the year, attacks have killed 40 people in the region.",
    ],
)
def test_figures_of_something_else_stay_off(extractor, closing):
    text = (
        "KUPIANSK, June 2 (Wire) - Russian troops shelled Kupiansk overnight, the head of the "
        "town's military administration said. A school and a shop were damaged.\n\n"
        "Utility crews restored power by noon.\n\n"
        f"{closing}\n"
    )
    got = {p: (f, i) for p, f, i in _records(extractor, text)}
    assert got.get("Kupiansk") == (None, None), got
