"""Extraction, the weapon of an event whose clause names several (issue 16): a list of every arm
at once names no one weapon; a weapon word for what a workshop makes is no weapon fired."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.weapons import fired_weapons


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _strikes(extractor, text: str) -> list[tuple[str, str | None]]:
    return [
        (e["place"], e["weapon_category"])
        for e in extractor.extract("Kyiv, 2025-03-04\n" + text, "t")
        if e["event_type"] == "strike"
    ]


@pytest.mark.parametrize(
    "text",
    [
        # ministry statement
        "Tactical aviation, attack drones, rocket troops and artillery of the southern group "
        "struck an ammunition store near Huliaipole, the ministry said.",
        # wire
        "Drones, missile units and the brigade's howitzers hit a command post near Kupiansk on "
        "Tuesday, the general staff said.",
        # bullets
        "• Warplanes, artillery and attack UAVs struck positions near Pokrovsk overnight.",
    ],
)
def test_a_list_of_every_arm_names_no_one_weapon(extractor, text):
    found = _strikes(extractor, text)
    assert found and all(category is None for _, category in found)


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # two kinds joined are two records, one per kind
        ("Drones and missiles hit Zhytomyr overnight, injuring three.", {"drone", "missile"}),
        # a salvo of three munitions is no list of arms
        (
            "Russia fired Iskander missiles, Kh-101 cruise missiles and Shahed drones at "
            "Kremenchuk on Monday night.",
            {"drone", "ballistic missile", "cruise missile"},
        ),
        # one arm named three times over
        ("Artillery, mortars and howitzers shelled Nikopol all day.", {"artillery"}),
    ],
)
def test_a_salvo_or_one_arm_still_names_its_weapon(extractor, text, categories):
    found = _strikes(extractor, text)
    assert found and {c for _, c in found} <= categories and None not in {c for _, c in found}


@pytest.mark.parametrize(
    "sentence",
    [
        "Its Kalibr missiles hit a plant used to assemble attack drones.",
        "Iskander missiles struck a site set up to produce naval drones.",
        "A missile destroyed hangars where crews repair drones.",
    ],
)
def test_what_a_workshop_makes_is_not_the_weapon_fired(sentence):
    assert "drone" not in {w.category for w in fired_weapons(sentence)}
    assert "naval drone" not in {w.category for w in fired_weapons(sentence)}


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # where a weapon was made is no workshop's product (realstyle, heldout32: "Czech-made",
        # "British-made"): the weapon was fired
        ("French-made Caesar howitzers shelled the outskirts of Horlivka overnight.", "artillery"),
        ("US-made ATACMS missiles hit an airfield near Dzhankoi on Thursday.", "ballistic missile"),
        # "made" of doing an attack, not of making a weapon (heldout6, heldout23)
        ("Near the border the enemy made artillery shelling of a farm.", "artillery"),
        ("In the evening the occupiers made a mortar attack on the village school.", "artillery"),
    ],
)
def test_a_weapon_made_somewhere_or_an_attack_made_is_fired(sentence, category):
    assert category in {w.category for w in fired_weapons(sentence)}


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        (
            "On 4 May, British-made Storm Shadow missiles struck the port of Berdiansk, "
            "the regional administration said.",
            "Berdyansk",
            "cruise missile",
        ),
        (
            "In the village of Tyotkino the enemy made the artillery shelling, two houses are "
            "damaged.",
            "Tëtkino",
            "artillery",
        ),
    ],
)
def test_the_strike_keeps_a_weapon_made_elsewhere(extractor, text, place, category):
    records = extractor.extract(text, "t", date(2025, 5, 5))
    assert {r["weapon_category"] for r in records if r["place"] == place} == {category}
