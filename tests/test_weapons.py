from __future__ import annotations

import pytest

from geo import weapons


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("SCALP-EG", "Storm Shadow"),
        ("scalp eg", "Storm Shadow"),
        ("Geran-2", "Shahed"),
        ("Shahed-136", "Shahed"),
        ("Iskander-M", "Iskander"),
        ("9M728", "Iskander-K"),
        ("GMLRS", "HIMARS"),
        ("KAB-500", "KAB"),
        ("Triumf", "S-400"),
        ("Kh-101", "Kh-101"),
    ],
)
def test_aliases(alias, name):
    assert weapons.canonical(alias) == name


def test_every_system_has_a_known_category_and_a_range():
    for w in weapons.SYSTEMS:
        assert w.category in weapons.CATEGORIES
        assert w.range_km and w.range_km > 0, w.name


def test_unknown_category_is_refused():
    with pytest.raises(ValueError, match="'category' should be one of"):
        weapons.Weapon("X", "laser")


def test_find_weapons_names_systems_and_generic_words():
    text = "An Iskander cruise missile hit; combat drones and Geran-2; HIMARS fired."
    found = [(m.text, m.weapon, m.category) for m in weapons.find_weapons(text)]
    assert ("Iskander", "Iskander", "ballistic missile") in found
    assert ("cruise missile", None, "cruise missile") in found
    assert ("combat drones", None, "drone") in found
    assert ("Geran-2", "Shahed", "drone") in found
    assert ("HIMARS", "HIMARS", "rocket artillery") in found


def test_matches_understands_aliases_and_categories():
    assert weapons.matches("Storm Shadow", "cruise missile", "SCALP-EG")
    assert weapons.matches("Shahed", "drone", "drone")
    assert not weapons.matches("ATACMS", "ballistic missile", "HIMARS")
