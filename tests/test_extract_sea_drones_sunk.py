"""Extraction, sea drones sunk or destroyed with the side's word between: "an uncrewed boat had
been sunk", "destroyed three uncrewed Ukrainian boats" are interceptions at sea."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry added that an unmanned boat had been sunk in the Black Sea before dawn.",
        "Two sea drones were sunk by helicopter crews in the western part of the Black Sea.",
        "Naval aviation destroyed three uncrewed Ukrainian boats in the Black Sea on Friday.",
    ],
)
def test_sea_drones_sunk_are_interceptions(extractor, sentence):
    (event,) = extractor.extract("Moscow, 2025-09-14\n" + sentence, "t")
    assert event["event_type"] == "interception"
    assert event["place"] == "Black Sea"
