"""Extraction, the words writers use for a weapon (issue 16): a channel's "FABs", a governor's "an
FPV", a navy's "kamikaze boats", a monitor's "MLRS" fired by either side, a frontline post's
"Molniya" or "Mavic drop", "tank fire": each names its category, and the strike it tells gets it."""

from __future__ import annotations

from datetime import date

import pytest

from geo import weapons
from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # a channel's shorthand for the bombs and their series
        ("Two FABs came down on the outskirts of Kostiantynivka at noon.", "glide bomb"),
        ("The enemy dropped an ODAB on the school; a UAB hit the yard next door.", "glide bomb"),
        # a governor's and a brigade's words for small drones
        ("An FPV hit a minibus near Nikopol, wounding the driver.", "drone"),
        ("Russian FPVs chased a tractor in the fields outside Bilozerka.", "drone"),
        ("A Molniya struck a pickup on the road to Siversk.", "drone"),
        ("A grenade from a Mavic drop set a car on fire in Beryslav.", "drone"),
        # a navy spokesman's
        ("Kamikaze boats tried to reach the bay of Sevastopol at dawn.", "naval drone"),
        ("An explosive boat rammed a tug off Novorossiysk.", "naval drone"),
        # guns
        ("Tank fire destroyed two houses on the edge of Vovchansk.", "artillery"),
        ("A Krasnopol round hit a bridge near Kherson.", "artillery"),
        ("Self-propelled guns shelled the outskirts of Kupiansk.", "artillery"),
        # aircraft that fire at the ground themselves
        ("A Ka-52 fired rockets at a village near Robotyne.", "aircraft"),
        ("Su-25s worked over positions near Chasiv Yar.", "aircraft"),
    ],
)
def test_a_writers_word_names_its_category(text, category):
    assert category in {m.category for m in weapons.fired_weapons(text)}


def test_mlrs_is_either_sides_launcher_not_one_system():
    (m,) = weapons.find_weapons("Russian MLRS pounded Kherson's Korabelnyi district.")
    assert (m.weapon, m.category) == (None, "rocket artillery")
    assert weapons.canonical("M270 MLRS") == "M270"


@pytest.mark.parametrize(
    ("text", "place", "category"),
    [
        (
            "Zaporizhzhia, 3 May 2025\nTwo FABs hit Huliaipole in the afternoon; a man of 50 "
            "was killed.",
            "Hulyaypole",
            "glide bomb",
        ),
        (
            "Kherson RMA, 3 May 2025\nIn Bilozerka an FPV struck a car. The driver, 38, was "
            "wounded.",
            "Bilozerka",
            "drone",
        ),
        (
            "Black Sea Fleet press office, 3 May 2025\nKamikaze boats attacked the port of "
            "Novorossiysk overnight; all were destroyed, the fleet said.",
            "Novorossiysk",
            "naval drone",
        ),
    ],
)
def test_the_strike_gets_the_category(extractor, text, place, category):
    found = {
        (e["place"], e["weapon_category"])
        for e in extractor.extract(text, "t", date(2025, 5, 3))
        if e["event_type"] in ("strike", "interception")
    }
    assert (place, category) in found, found
