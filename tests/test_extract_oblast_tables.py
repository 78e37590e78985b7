"""A table whose only place column is a region column ("Oblast", "Region", "Province") gives a
region's figures: each row is an event somewhere in that region, not at the city of the same
name (newuser31: a weekly NGO bulletin's "| Kharkiv | 14 | 4 | 31 |" was a strike at Kharkiv
city, the oblast's week of tolls on one point, "Donetsk" on the occupied city)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

BULLETIN = """Civilian Harm Weekly, bulletin 47
Period covered: 17-23 November 2025.

| Oblast | Incidents | Killed | Injured | Main weapons |
|---|---|---|---|---|
| Kharkiv | 14 | 4 | 31 | glide bombs, drones |
| Zaporizhzhia | 11 | 6 | 19 | drones, artillery |
| Donetsk | 9 | 7 | 12 | glide bombs |
| Oryol (Russia) | 2 | 0 | 1 | drones |
| Kyiv (city) | 3 | 0 | 5 | drones |
"""


@pytest.fixture(scope="module")
def records(geocoder):
    return Extractor(geocoder).extract(BULLETIN, "bulletin.md", published=date(2025, 11, 25))


def _row(records, country, admin1):
    found = [r for r in records if r["country"] == country and r["admin1"] == admin1]
    assert len(found) == 1, [(r["place"], r["admin1"]) for r in records]
    return found[0]


@pytest.mark.parametrize(
    "country, admin1, killed",
    [("UA", "Kharkiv", 4), ("UA", "Zaporizhia", 6), ("UA", "Donetsk", 7), ("RU", "Orjol", 0)],
)
def test_a_row_of_an_oblast_column_is_the_oblast(records, country, admin1, killed):
    row = _row(records, country, admin1)
    assert row["geo_precision"] == 3, (row["place"], row["geo_precision"])
    assert row["fatalities"] == killed


def test_a_row_that_says_city_stays_at_the_city(records):
    row = next(r for r in records if r["place_mention"].startswith("Kyiv"))
    assert row["geo_precision"] == 1, (row["place"], row["admin1"])


HIGHLIGHTED = BULLETIN.replace(
    "| Kyiv (city) | 3 | 0 | 5 | drones |\n",
    "| Ternopil | 1 | 33 | 94 | cruise missiles |\n\n"
    "Highlights:\n- On 19 November a Russian Kh-101 cruise missile hit two apartment blocks in "
    "Ternopil. By 23 November the toll stood at 33 killed and 94 injured.\n",
)


def test_an_oblasts_row_told_again_as_a_towns_strike_is_that_strike(geocoder):
    # the Ternopil row's one incident, 33 killed and 94 injured, is the highlight's strike on
    # the city: one event at the city, not a second at the oblast with the same toll
    records = Extractor(geocoder).extract(HIGHLIGHTED, "b.md", published=date(2025, 11, 25))
    ternopil = [(r["place"], r["geo_precision"]) for r in records if r["admin1"] == "Ternopil"]
    assert ternopil == [("Ternopil", 1)], ternopil
