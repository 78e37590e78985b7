"""Extraction: a place's weapon when another is told beside it (issue 16, the unseen writers'
weapon confusion, gold glide bomb / drone, ours artillery):

- a list of places hit by one weapon, then a comma and a new clause with a weapon of its own
  ("launched glide bombs at X, Y and Z, and hit W with artillery"): Z is the list's, not W's;
- a sentence naming no place that tells of a hit by another kind of weapon than the place's
  event before it ("Artillery shelled X at night. Around noon a drone struck a minibus, injuring
  five"): a strike of its own at that place, with its own figures, not the earlier event's."""

from __future__ import annotations

from datetime import date

import pytest
from test_extract_list_lead_ins import _strikes

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a staff summary: a list of places under one weapon, then another verb and weapon
        (
            "Over the past 24 hours the occupiers launched 12 glide bombs at Orikhiv, Huliaipole "
            "and Stepnohirsk, and hit Malokaterynivka with artillery.",
            {
                "Orikhiv": {"glide bomb"},
                "Hulyaypole": {"glide bomb"},
                "Stepnohirsk": {"glide bomb"},
                "Malokaterynivka": {"artillery"},
            },
        ),
        # a regional channel: two towns, then the guns' own clause
        (
            "Drones struck Sumy and Shostka, and artillery pounded Krasnopillia later in the day.",
            {"Sumy": {"drone"}, "Shostka": {"drone"}, "Krasnopillya": {"artillery"}},
        ),
    ],
)
def test_a_lists_last_place_keeps_the_lists_weapon(extractor, text, expected):
    assert _strikes(extractor, text) == expected


def _records(extractor, text: str) -> list[tuple[str, str | None, int | None, int | None]]:
    return sorted(
        (e["place"], e["weapon_category"], e["fatalities"], e["injured"])
        for e in extractor.extract(text, "t", DAY)
        if e["event_type"] == "strike"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a think-tank day note: guns and drones, then a bomb on a building in the city
        (
            "Russian forces pounded Kostiantynivka with artillery and drones on Tuesday. In the "
            "evening a guided aerial bomb hit a five-storey building in the city, killing two.",
            [
                ("Kostyantynivka", "artillery", None, None),
                ("Kostyantynivka", "drone", None, None),
                ("Kostyantynivka", "glide bomb", 2, None),
            ],
        ),
        # a city administration's post: night shelling, then a drone at noon
        (
            "Artillery shelled Nikopol through the night, damaging power lines. Around noon a "
            "kamikaze drone struck a minibus, injuring five passengers.",
            [("Nikopol", "artillery", None, None), ("Nikopol", "drone", None, 5)],
        ),
        # a wire story: the shelling told without a weapon, then a drone's own victims
        (
            "Kherson was shelled from across the river in the morning. Later, a Russian drone "
            "dropped explosives on a bus stop, killing a man and wounding two women.",
            [("Kherson", "artillery", None, None), ("Kherson", "drone", 1, 2)],
        ),
    ],
)
def test_a_hit_by_another_weapon_told_after_is_its_own_strike(extractor, text, expected):
    assert _records(extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same weapon told again: more about the one strike
        "A drone struck a minibus in Nikopol in the morning. The drone hit the vehicle's roof, "
        "injuring five passengers.",
        # a missile strike, then its aftermath with no other weapon's hit
        "A missile hit an apartment block in Dnipro overnight. Rescuers pulled two bodies from "
        "the rubble.",
    ],
)
def test_one_weapon_told_twice_stays_one_strike(extractor, text):
    assert len(_records(extractor, text)) == 1
