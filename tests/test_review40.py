"""The reviewer's findings on the merged branch (review40), each in sentences of our own: a street
alone is of the report's own city only while no event was told elsewhere before it (a Kyiv
dateline's story of Odesa: its "Deribasivska Street" is Odesa's, no strike in Kyiv)."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor

PUB = date(2025, 3, 5)


@pytest.fixture(scope="module")
def extract(geocoder):
    """The records of a text published on PUB."""
    extractor = Extractor(geocoder)
    return lambda text: extractor.extract(text, "review40", PUB)


_STREETS_OF_ANOTHER_CITY = [
    "KYIV, 5 March (Reuters) - Russian drones attacked Odesa overnight, regional governor Oleh "
    "Kiper said.\n\nA strike on Deribasivska Street damaged a hotel and two cafes, he said.\n",
    "KYIV, 5 March (Reuters) - Russian drones attacked Odesa overnight.\n\nThe governor said a "
    "drone hit a car park on Deribasivska Street, wounding two.\n",
    "Kyiv, 5 March 2025\n\nOdesa came under a large drone attack overnight.\n\nAccording to the "
    "regional governor, a drone hit an apartment block on Deribasivska Street. Two people were "
    "injured.\n",
]


@pytest.mark.parametrize("text", _STREETS_OF_ANOTHER_CITY)
def test_a_street_after_an_event_in_another_city_is_not_the_datelines(extract, text):
    assert "Kyiv" not in {e["place"] for e in extract(text)}


def test_a_street_in_the_datelines_city_with_its_event_told_before_stays_there(extract):
    text = (
        "Kharkiv, 5 March 2025\n\nA drone hit Kharkiv overnight, the mayor said.\n\n"
        "Later a second drone struck a car park on Sumska Street, wounding two.\n"
    )
    assert {e["place"] for e in extract(text)} == {"Kharkiv"}
