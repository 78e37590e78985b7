"""Extraction, places: spelling variants, "the capital", regions in lists, places' roles."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def test_transliterations_and_the_capital(extractor):
    text = "Kiev, 2025-03-01\nMissiles struck Dnepr and Artemovsk overnight. Drones also attacked the capital."
    places = {e["place"] for e in extractor.extract(text, "t")}
    assert places == {"Dnipro", "Bakhmut", "Kyiv"}


def test_interceptions_and_regions(extractor):
    text = "Kyiv, 2025-03-01\nAir defence shot down 20 Shahed drones over the Poltava and Sumy regions overnight."
    events = extractor.extract(text, "t")
    assert {(e["event_type"], e["geo_precision"], e["weapon"]) for e in events} == {
        ("interception", 3, "Shahed")
    }
    assert len(events) == 2


def test_speakers_and_origins_are_not_where_things_happened(extractor):
    text = (
        "Kyiv, 2025-03-01\n"
        "The mayor of Kharkiv said a drone struck a warehouse in Poltava on Friday. "
        "Troops from Chernihiv shelled positions near Sumy."
    )
    places = {e["place"]: e["geo_precision"] for e in extractor.extract(text, "t")}
    assert places == {"Poltava": 1, "Sumy": 2}
