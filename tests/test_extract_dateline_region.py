"""A correspondent's dispatch from a town (newuser21: a dispatch gave no event at all): the town
in capitals that opens the story is the place of its sentences that tell of an event, name no
place, and call it "the town", "the city's", "the outskirts", or stand in the dateline's own
paragraph; never a capital's whole-country lead. Each form in two or three writers' styles."""

from __future__ import annotations

from datetime import date

import pytest


def _got(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 3, 6))
    return [(e["event_type"], e["place"], e["weapon_category"]) for e in events]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a newspaper's front-line dispatch: the scene first, the events after it
        (
            "SLOVIANSK, Donetsk region, March 6 (Our correspondent) - The streets of the town are "
            "quiet at dawn. On Tuesday a drone dropped a grenade on a bus stop, wounding two women, "
            "a shopkeeper said. Shells land now and then from the direction of Siversk.\n\n"
            "One of the city's schools was hit by a guided bomb on Monday; no one was inside.",
            {("strike", "drone"), ("strike", "glide bomb")},
        ),
        # a magazine's reportage: the outskirts and the centre
        (
            "POKROVSK — Ukraine\n\nIn the early hours Russian assault groups tried to slip into the "
            "eastern outskirts again, soldiers said. By noon Russian artillery shelled the town "
            "centre.",
            {("fighting", None), ("strike", "artillery")},
        ),
    ],
)
def test_a_dispatchs_events_are_at_its_town(extractor, text, expected):
    got = _got(extractor, text)
    town = text.split(",")[0].split(" ")[0][:4].title()
    assert {(t, c) for t, p, c in got if p.startswith(town)} >= expected, got


@pytest.mark.parametrize(
    "text",
    [
        # a dispatch from the capital: its city is no event's place without its name
        "MOSCOW, March 6 (Paper) - The city slept through the night. Drones attacked a "
        "refinery, the regional governor said.",
        # a reporter in a town who tells of another place's strike, naming it
        "KRAMATORSK, March 6 (Paper) - The town woke to sirens. A missile hit a depot in "
        "Druzhkivka, officials said.",
    ],
)
def test_no_event_goes_to_the_dateline_without_a_word_for_it(extractor, text):
    got = _got(extractor, text)
    assert not any(p.startswith(("Mosc", "Kram")) for _, p, _ in got), got


@pytest.mark.parametrize(
    "text, place, figures",
    [
        # an agency's dateline naming the town's region before the day
        (
            "HULIAIPOLE, Zaporizhzhia region, March 5 (Agency) - The town was shelled with "
            "artillery again on Wednesday, killing one man and wounding three, the regional "
            "governor said.",
            "Huliaipole",
            (1, 3),
        ),
        # a newspaper's: the region, then the day as a number
        (
            "KUPIANSK, Kharkiv Oblast, 5 March - Russian drones hit the town's market on "
            "Wednesday morning; two traders were injured, police said.",
            "Kupiansk",
            (None, 2),
        ),
    ],
)
def test_a_datelines_own_region_is_not_another_place(extractor, text, place, figures):
    got = extractor.extract(text, "t", published=date(2025, 3, 6))
    assert [(e["place"][:3], (e["fatalities"], e["injured"])) for e in got] == [
        (place[:3], figures)
    ], got


def test_a_channels_name_in_capitals_is_no_dateline(extractor):
    text = (
        "SUMY 12 - NIGHT NEWS, 22:00\n\nANCHOR: In Konotop a drone hit a warehouse this "
        "evening; nobody was hurt.\n\nANCHOR: Next, the weather."
    )
    got = extractor.extract(text, "t", published=date(2025, 3, 6))
    assert [e["place"] for e in got] == ["Konotop"], got
