"""Extraction: an attack by troops on the ground is fighting, not a strike (issue 16, the unseen
writers' gold fighting, ours strike): foot soldiers or assault groups that attack, storm or assault
a village ("Assault groups of the enemy attacked the village of X with armoured vehicles"), a
"ground attack" on a town, attacks "in the area of" a town or "in the X direction" near villages;
troops attacking a town with drones, bombs or guns are still a strike."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

DAY = date(2026, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _types(extractor, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for r in extractor.extract(text, "t", DAY):
        out.setdefault(r["place"], set()).add(r["event_type"])
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a brigade's post: assault groups with armour
        (
            "Assault groups of the enemy attacked the village of Kurakhivka with armoured "
            "vehicles.",
            {"Kurakhivka": {"fighting"}},
        ),
        # a wire story: a ground attack on a town, tanks and infantry vehicles
        (
            "Russian forces launched a ground attack on Robotyne, using tanks and infantry "
            "fighting vehicles.",
            {"Robotyne": {"fighting"}},
        ),
        # a general staff summary: attacks counted in the area of a town
        (
            "The enemy attacked in the area of Kupiansk 5 times over the past day.",
            {"Kupyansk": {"fighting"}},
        ),
        # a staff summary's direction and its villages
        (
            "The occupiers carried out 8 attacks in the Lyman direction, near Torske and Zarichne.",
            {"Torske": {"fighting"}, "Zarichne": {"fighting"}},
        ),
        # a correspondent: troops storming a town from the north
        (
            "Russian troops stormed Vovchansk from the north on Sunday.",
            {"Vovchansk": {"fighting"}},
        ),
    ],
)
def test_an_attack_on_the_ground_is_fighting(extractor, text, expected):
    assert _types(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian troops attacked Kherson with drones overnight.", {"Kherson": {"strike"}}),
        (
            "Russian units attacked Nikopol with heavy artillery, damaging two houses.",
            {"Nikopol": {"strike"}},
        ),
    ],
)
def test_troops_attacking_a_town_with_weapons_of_range_strike_it(extractor, text, expected):
    assert _types(extractor, text) == expected
