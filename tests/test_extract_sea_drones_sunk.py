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


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "Odesa, 2025-05-14\nAn uncrewed surface vessel was destroyed about 12 nautical miles "
            "south-east of Chornomorsk on Tuesday morning, the coast guard said.",
            "Chornomorsk",
        ),
        (
            "COASTAL WARNING 041/25\nNAVAL DRONE ACTIVITY. UNMANNED SURFACE VESSEL DESTROYED "
            "0315 UTC 8NM SE OF SEVASTOPOL. MARINERS TO KEEP CLEAR.",
            "Sevastopol",
        ),
    ],
)
def test_a_surface_vessel_destroyed_is_an_interception(extractor, text, place):
    """A sea drone told destroyed in the passive, or in a warning's words with no verb before the
    time: the weapon brought down there (as "two sea drones were sunk"), not a hit."""
    events = extractor.extract(text, "t")
    assert {(e["place"], e["event_type"]) for e in events} == {(place, "interception")}
    assert all(e["destroyed"] in (None, 1) for e in events)  # "0315 UTC" is a time, no count


def test_sea_drones_that_destroyed_a_boat_struck_it(extractor):
    text = "Kyiv, 2025-05-14\nUkrainian sea drones destroyed a Russian patrol boat near Sevastopol."
    assert {e["event_type"] for e in extractor.extract(text, "t")} == {"strike"}
