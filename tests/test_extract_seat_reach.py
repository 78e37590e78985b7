"""Extraction, a mayor's word reaches his own city only: a strike told after his sentence in
another town ("Kharkiv mayor X said ... . In Sumy, a missile struck a school, killing three.")
is not his claim, by the figures it carries or by relaying; a district of his city, and a
governor's towns of his region, still are."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.seat_reach import seat_of


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(extractor, text):
    return {e["place"]: e for e in extractor.extract(text, "r.txt", date(2025, 6, 10))}


_TWO_CITIES = """Drones and a missile hit two cities

Kharkiv mayor Ihor Terekhov said a drone hit a block of flats in the city overnight, injuring two people. In Sumy, a missile struck a school, killing three people.
"""

_NO_FIGURES = """Drones and a missile hit two cities

The mayor of Odesa, Hennadii Trukhanov, said a drone damaged a warehouse in the port overnight. In Mykolaiv, a missile struck a garage.
"""

_GOVERNOR = """Strikes in the Dnipropetrovsk region

Governor Serhiy Lysak said a drone hit an enterprise in Pavlohrad. In Kamianske, a missile hit a garage, wounding a man.
"""


def test_a_mayors_word_does_not_reach_another_citys_strike(extractor):
    events = _by_place(extractor, _TWO_CITIES)
    assert events["Kharkiv"]["verification"] == "claimed"
    assert "Terekhov" in events["Kharkiv"]["claimed_by"]
    assert events["Sumy"]["fatalities"] == 3
    assert "Terekhov" not in (events["Sumy"]["claimed_by"] or "")
    assert events["Sumy"]["verification"] == "confirmed"


def test_nor_is_it_relayed_to_it(extractor):
    events = _by_place(extractor, _NO_FIGURES)
    assert "Trukhanov" in events["Odesa"]["claimed_by"]
    assert "Trukhanov" not in (events["Mykolayiv"]["claimed_by"] or "")


def test_a_governor_still_speaks_for_the_towns_of_his_region(extractor):
    events = _by_place(extractor, _GOVERNOR)
    assert "Lysak" in (events["Kamyanske"]["claimed_by"] or "")


@pytest.mark.parametrize(
    ("claimant", "city"),
    [
        ("Kharkiv mayor Ihor Terekhov", "Kharkiv"),
        ("Mayor of Odesa Hennadii Trukhanov", "Odesa"),
        ("the mayor of Kryvyi Rih", "Kryvyi Rih"),
        ("Dnipro City Council", "Dnipro"),
        ("head of the Zaporizhzhia city military administration", "Zaporizhzhia"),
        ("Governor Serhiy Lysak", None),
        ("head of the Kharkiv regional military administration", None),
        ("head of the Sumy OVA", None),
        ("the mayor", None),
    ],
)
def test_the_city_a_claimant_speaks_for(claimant, city):
    found = seat_of(claimant)
    assert found == city or (city and found.startswith(city))  # ("Odesa Hennadii": its words)
