"""A region-wide event's ranked places start with regions, and the city of the region's name is
not "the event's place now" (newuser24: "Kharkiv, UA · city · 1,421,125 people" shown first for
the event "Kharkiv region", as if the event were on the city)."""

from __future__ import annotations

import datetime as dt

import pytest

from geo.extract import Extractor
from geo.review import place_choices
from webui.places import at_place, candidate_line

# Written for this test: a morning tally read out region by region.
REPORT = (
    "Kyiv, 2025-03-02\nOvernight, air defence shot down 14 attack drones over the Kharkiv region "
    "and 6 over the Poltava region.\nDrones were also downed over Chernihiv, Odesa and Sumy "
    "regions."
)


@pytest.fixture(scope="module")
def region_events(geocoder):
    records = Extractor(geocoder).extract(REPORT, "t", dt.date(2025, 3, 2))
    regional = [r for r in records if r["geo_precision"] == 3]
    assert {r["place"] for r in regional} >= {"Kharkiv", "Poltava", "Odessa", "Sumy"}
    return regional


def test_regions_come_first_among_a_region_events_candidates(geocoder, region_events):
    for record in region_events:
        options = place_choices(geocoder, record, REPORT)
        kinds = [p.feature for p, _ in options]
        assert kinds[0] == "admin1", (record["place"], kinds)
        first_town = next((i for i, k in enumerate(kinds) if k != "admin1"), len(kinds))
        assert "admin1" not in kinds[first_town:], kinds


def test_the_city_of_the_region_s_name_is_not_the_event_s_place(geocoder, region_events):
    record = next(r for r in region_events if r["place"] == "Kharkiv")
    options = place_choices(geocoder, record, REPORT)
    region = next(p for p, _ in options if p.feature == "admin1")
    city = next(p for p, _ in options if p.feature != "admin1" and p.name == "Kharkiv")
    assert at_place(record, region) and not at_place(record, city)
    line = candidate_line(city, 0.5, record)
    assert "the event's place now" not in line.replace("from the event's place now", "")
    assert "the region's namesake" in line  # why a city is listed for a region's event


def test_a_town_of_the_region_s_name_abroad_is_no_namesake():
    """ "Samara region" (RU) listed "Samara, Sumy, UA · village · the region's namesake, 1,099 km
    from the event's place now", and Ethiopia's Samara so (newuser34)."""
    from geo.gazetteer import Place
    from geo.region_candidates import namesake_city

    record = {"place": "Samara", "country": "RU", "geo_precision": 3, "lat": 53.2, "lon": 50.1}
    city = Place(1, "Samara", 53.2, 50.14, "RU", "Samara", "", "city", 1_163_399)
    village = Place(2, "Samara", 50.98, 34.4, "UA", "Sumy", "", "village", 1_099)
    abroad = Place(3, "Samara", 11.79, 41.01, "ET", "Afar", "", "city", 50_000)
    assert namesake_city(record, city)
    assert not namesake_city(record, village)
    assert not namesake_city(record, abroad)
    assert namesake_city({**record, "country": None}, village)  # no country told: as before
