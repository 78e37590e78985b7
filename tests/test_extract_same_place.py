"""Extraction: a sentence with no place of its own that tells a strike by another kind of weapon
at the place of the strike before it is a second strike there, not more of the first (issue 16,
"taken by another gold event": two events at one place drafted as one record)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(records: list[dict], place: str) -> list[str | None]:
    return sorted(
        str(r["weapon_category"])
        for r in records
        if r["event_type"] == "strike" and r["place"] == place
    )


@pytest.mark.parametrize(
    ("text", "place", "kinds"),
    [
        # a regional administration's evening post: drones in the morning, guns after lunch
        (
            "In Nikopol the occupiers attacked a bus stop with FPV drones this morning; two "
            "women were wounded. After lunch the enemy shelled the city with heavy artillery, "
            "damaging a school.",
            "Nikopol",
            ["artillery", "drone"],
        ),
        # an agency's update: a missile one day, drones the next, the city told back
        (
            "On 8 March a missile struck a warehouse in Kryvyi Rih, killing four.\n\n"
            "On 9 March drones hit the city at night, setting a garage alight.",
            "Kryvyy Rih",
            ["drone", "missile"],
        ),
        # a governor's line: a guided bomb, then rocket launchers on the same town
        (
            "Kupiansk: a guided aerial bomb destroyed a shop; one man was injured. In the evening "
            "the enemy fired Grad rockets at the town.",
            "Kupyansk",
            ["glide bomb", "rocket artillery"],
        ),
    ],
)
def test_another_weapon_told_without_a_place_is_a_second_strike(extractor, text, place, kinds):
    records = extractor.extract(text, "t", DAY)
    assert _kinds(records, place) == kinds


@pytest.mark.parametrize(
    ("text", "place", "kinds"),
    [
        # the same attack's weapon told precisely: shelling, then the rocket launcher it was
        (
            "Russian forces shelled Kherson this morning. Grad rockets hit a block of flats in "
            "the Dniprovskyi district.",
            "Kherson",
            ["rocket artillery"],
        ),
        # an air strike, then the guided bomb the aircraft dropped
        (
            "An air strike hit Kostiantynivka on Monday. A guided bomb destroyed the market.",
            "Kostyantynivka",
            ["glide bomb"],
        ),
        # the weapon told back: the same bombs
        (
            "Two glide bombs hit a school in Kharkiv. The bombs struck at about noon, when "
            "pupils were in class.",
            "Kharkiv",
            ["glide bomb"],
        ),
        # a night's tally of two kinds after a strike: no second strike
        (
            "A drone hit a house in Sumy overnight. In total, Russia launched 90 drones and "
            "four missiles at Ukraine.",
            "Sumy",
            ["drone"],
        ),
        # a past attack told as background
        (
            "Drones struck a depot in Odesa on Tuesday. In April, a missile strike on the same "
            "street killed nine.",
            "Odesa",
            ["drone"],
        ),
    ],
)
def test_more_of_the_same_strike_stays_one(extractor, text, place, kinds):
    records = extractor.extract(text, "t", DAY)
    assert _kinds(records, place) == kinds


@pytest.mark.parametrize("tries", ["three times", "twice", "4 times"])
def test_shelling_and_tries_to_storm_one_village_are_two_events(extractor, tries):
    text = (
        "Russian artillery shelled Robotyne in the morning. During the day the enemy tried "
        f"{tries} to storm our positions near Robotyne."
    )
    records = extractor.extract(text, "t", DAY)
    assert sorted((r["event_type"], r["place"]) for r in records) == [
        ("fighting", "Robotyne"),
        ("strike", "Robotyne"),
    ]
