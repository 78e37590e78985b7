"""A Ukrainian town written in the codifier's official spelling (Huliaipole, where GeoNames
writes Hulyaypole) has that spelling as its own name, as a village of the codifier has it: a
village of the same name elsewhere, in a region the report names for something else, does not
win on a main-name match. Sentences written for these tests."""

from __future__ import annotations

import pytest

from geo.gazetteer.names import MAIN
from geo.geocode import find_toponyms

THEATRE = frozenset({"UA", "RU"})


def _place(geocoder, text: str, name: str):
    found = geocoder.resolve(text, find_toponyms(geocoder, text), THEATRE)
    return next(r.place for r in found if r.query == name)


def test_the_official_spelling_is_the_towns_own_name(gazetteer):
    # the town of the Zaporizhzhia region, not only the Poltava village of the codifier
    towns = [p for p, kind in gazetteer.lookup("Huliaipole") if kind == MAIN]
    assert any(p.admin1 == "Zaporizhia" and p.feature == "city" for p in towns)


def test_only_the_largest_town_of_a_spelling_takes_it_as_its_own(gazetteer):
    # the Donetsk town, not the small Kostiantynivkas of the south that list the spelling too
    towns = [p for p, kind in gazetteer.lookup("Kostiantynivka") if kind == MAIN]
    towns = [p for p in towns if p.feature == "city"]
    assert [p.admin1 for p in towns] == ["Donetsk"]


def test_a_name_unlike_the_towns_own_stays_another_name(gazetteer):
    # Chystyakove lists "Oleksiivka", a village's name, not a spelling of its own
    assert not any(
        p.name == "Chystyakove" and kind == MAIN for p, kind in gazetteer.lookup("Oleksiivka")
    )


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # the Poltava region is named for the drones downed there, not for the town
        ("Forty drones were downed over the Poltava region. On the front, near Huliaipole, "
         "the defenders held off nine assaults.", "Huliaipole", "Zaporizhia"),
        ("Air defence worked over the Poltava region at night. Russian troops pressed on "
         "towards Huliaipole from the east.", "Huliaipole", "Zaporizhia"),
    ],
)  # fmt: skip
def test_front_town_over_a_village_of_a_named_region(geocoder, text, name, admin1):
    place = _place(geocoder, text, name)
    assert place is not None and place.admin1 == admin1
