"""A capital that is a first-level region of its own, inside a region named after it: called a
region, the name is the larger region (sentences written for these tests)."""

from __future__ import annotations

import pytest

from geo.geocode import find_toponyms
from geo.geocode.city_regions import region_around

THEATRE = frozenset({"UA", "RU"})


def _place(geocoder, text: str, name: str):
    resolved = geocoder.resolve(text, find_toponyms(geocoder, text), THEATRE)
    return next(r.place for r in resolved if r.query in (name, name.split()[0]))


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        ("Debris fell on two houses in the Kyiv region overnight.", "Kyiv region", "Kyiv"),
        ("Air defence was active over Kyiv Oblast until dawn.", "Kyiv Oblast", "Kyiv"),
        ("Farmers in the Tashkent region reported a late frost.", "Tashkent region", "Tashkent"),
    ],
)
def test_a_city_region_called_a_region_is_the_region_around_it(geocoder, text, name, city):
    place = _place(geocoder, text, name)
    own = next(p for p, _ in geocoder.gazetteer.lookup(city) if p.feature == "capital")
    assert place.feature == "admin1"
    assert place.admin1 != own.admin1  # not the city's own region
    assert place.country == own.country


def test_the_bare_city_and_its_own_region_stay_the_city(geocoder):
    place = _place(geocoder, "Sirens sounded in Kyiv after midnight.", "Kyiv")
    assert place.feature == "capital"


@pytest.mark.parametrize("name", ["Washington, D.C.", "Sevastopol", "Odesa"])
def test_a_region_with_no_larger_namesake_around_it_is_kept(geocoder, name):
    hits = [p for p, _ in geocoder.gazetteer.lookup(name)]
    region = geocoder.gazetteer.admin1_of(max(hits, key=lambda p: p.population))
    assert region is not None
    assert region_around(geocoder.gazetteer, region) == region


def test_a_city_region_in_a_list_of_regions_is_the_region_around_it(geocoder):
    from geo.extract import Extractor

    text = "Air defence destroyed 14 drones over the Kyiv and Zhytomyr regions overnight."
    events = Extractor(geocoder).extract(text, "t")
    own = next(p for p, _ in geocoder.gazetteer.lookup("Kyiv") if p.feature == "capital")
    kyiv = [e for e in events if e["country"] == "UA" and e["admin1"] != "Zhytomyr"]
    assert kyiv and all(e["admin1"] != own.admin1 for e in kyiv)
