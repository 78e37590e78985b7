"""Extraction: weapon words that name no weapon fired at the event (issue 16, the development
writers' weapon-category confusion, heldout15/18 and realstyle): a drone that only filmed or
watched ("video from our drone is below", "our drone crews recorded it", "drone footage shows")
is the camera, not what hit; a warplane told as what a strike damaged on the ground ("struck
the air base, damaging two bombers") is the target. The event keeps the weapon its own words
or its paragraph name, else none."""

from __future__ import annotations

from datetime import date

import pytest

from geo import weapons as wv
from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _at(records: list[dict], place: str, etype: str = "strike") -> list[dict]:
    return [r for r in records if r["place"] == place and r["event_type"] == etype]


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        # a milblogger: the strike, then the drone that filmed it
        (
            "Our Iskander crews have done it again. A fuel dump on the outskirts of Sloviansk - "
            "destroyed! Video from our drone is below.",
            "Slovyansk",
            "ballistic missile",
        ),
        # a commander interviewed: the assault, then who filmed it
        (
            "Q: What happened at Toretsk?\n\nA: They shelled our positions near Toretsk all "
            "night with artillery. Our drone crews recorded everything.",
            "Toretsk",
            "artillery",
        ),
        # a local paper: no weapon named, the drone only watched
        (
            "A warehouse in Kupiansk was destroyed on Tuesday, the regional governor said. "
            "Footage from a reconnaissance drone shows the roof gone.",
            "Kupyansk",
            None,
        ),
    ],
)
def test_a_drone_that_filmed_is_no_weapon(extractor, text, place, category):
    records = extractor.extract(text, "t", date(2025, 3, 12))
    got = _at(records, place)
    assert got, records
    assert {r["weapon_category"] for r in got} == {category}


@pytest.mark.parametrize(
    "text",
    [
        "Drones struck the airfield at Millerovo overnight, damaging at least two Su-30 fighters.",
        "Ukraine hit the Morozovsk air base on Friday, damaging one bomber, officials said.",
        "Satellite pictures show the strike on the Saky airfield damaged two Su-24 jets.",
    ],
)
def test_a_warplane_damaged_on_the_ground_is_the_target(text):
    assert "aircraft" not in {w.category for w in wv.fired_weapons(text)}


def test_an_air_base_strike_naming_only_the_damaged_bomber_has_no_weapon(extractor):
    text = (
        "Last Thursday Ukraine struck the Engels air base in the Saratov region, damaging a bomber."
    )
    records = extractor.extract(text, "t", date(2025, 11, 17))
    got = [r for r in records if r["event_type"] == "strike"]
    assert got and all(r["weapon_category"] is None for r in got), records


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # what flew and fired stays the weapon
        ("Russian Su-34 bombers dropped glide bombs on Kostiantynivka.", "glide bomb"),
        ("A drone filmed by residents crashed into a house in Sumy.", "drone"),
        ("The thermal camera of a Ukrainian drone shows it diving on a radar near Saky.", "drone"),
    ],
)
def test_weapons_that_flew_stay_weapons(text, category):
    assert category in {w.category for w in wv.fired_weapons(text)}


def test_a_tally_of_several_kinds_gives_no_weapon_to_the_hit_before(extractor):
    # an overnight bulletin: a town's hit, then the night's count of two kinds launched
    text = (
        "[!] RIVNE - three blasts after 03:00, a warehouse damaged, one injured (city council).\n"
        "[x] AIR FORCE: 210 drones and 12 missiles/KABs launched overnight; 150 drones shot down."
    )
    records = extractor.extract(text, "t", date(2025, 6, 6))
    got = _at(records, "Rivne")
    assert got and {r["weapon_category"] for r in got} == {None}, records


def _kinds(records: list[dict], place: str) -> set[str | None]:
    return {
        r["weapon_category"] for r in records if r["place"] == place and r["event_type"] == "strike"
    }


@pytest.mark.parametrize(
    ("text", "first", "own", "second"),
    [
        # a travel advisory's list item: the pair is the second town's attack
        (
            "- on 18 April, missiles struck Kharkiv, killing one person, and a drone and missile "
            "attack on Dnipro the same night killed three people",
            "Kharkiv",
            {"missile"},
            "Dnipro",
        ),
        # a wire: a semicolon, the second town's raid told with two kinds
        (
            "Artillery shelled Nikopol in the morning, wounding a man; later drones and missiles "
            "hit Dnipro.",
            "Nikopol",
            {"artillery"},
            "Dnipro",
        ),
        # a governor's post: "while" sets the towns apart
        (
            "A guided bomb hit Kupiansk on Monday, while Russian drones and missiles targeted "
            "Kharkiv overnight.",
            "Kupyansk",
            {"glide bomb"},
            "Kharkiv",
        ),
    ],
)
def test_two_kinds_of_another_towns_clause_are_not_the_first_towns(
    extractor, text, first, own, second
):
    records = extractor.extract(text, "t", date(2025, 4, 20))
    assert _kinds(records, first) == own, records
    assert _kinds(records, second) >= {"drone"}, records


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a longform: the earlier raid dates the charge set off at the dam
        (
            "A week after the drone raid on the airfield, saboteurs said they had set off "
            "explosives at the Kakhovka dam.",
            "Kakhovka",
        ),
        # a wire: the missile attack is only when the blast came
        (
            "Three days after a missile attack on the port, divers detonated underwater charges "
            "under a pier in Chornomorsk, the navy said.",
            "Chornomorsk",
        ),
        # a chronicle: a mine and an earlier shelling
        (
            "Two weeks after the artillery bombardment of the district, a tractor hit an "
            "anti-tank mine near Balakliia.",
            "Balakliya",
        ),
    ],
)
def test_a_raid_that_dates_the_event_names_no_weapon_of_it(extractor, text, place):
    # "N days after the X raid" names another attack to say when: its weapon is not the event's,
    # and explosives, charges and mines have no category of the schema (heldout2, 7, 31, 33)
    records = extractor.extract(text, "t", date(2025, 6, 6))
    got = [r for r in records if r["place"] == place]
    assert got and {r["weapon_category"] for r in got} == {None}, records


def test_a_raid_that_is_the_event_keeps_its_weapon(extractor):
    # the attack told with its weapon is itself the event: "after the drone raid" inside it
    text = "Two people died in Sumy after the drone raid on the city centre, the governor said."
    records = extractor.extract(text, "t", date(2025, 6, 6))
    assert {r["weapon_category"] for r in _at(records, "Sumy")} == {"drone"}, records
