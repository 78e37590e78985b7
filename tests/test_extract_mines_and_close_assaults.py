"""Two plain wordings: a vehicle that ran onto a landmine ("a tractor hit an anti-tank mine near
X") is no strike but another kind of event; a General Staff's "attacked 7 times close to X" is
fighting there, as "near X" is."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _kinds(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 5, 14))
    return {e["place"]: e["event_type"] for e in events}


@pytest.mark.parametrize(
    "text, place",
    [
        (
            "On Monday a farmer's tractor hit an anti-tank mine in a field near Kupyansk, the "
            "driver was wounded.",
            "Kupyansk",
        ),
        (
            "A car exploded on a landmine at the edge of Balakliia on Saturday; two men died.",
            "Balakliia",
        ),
    ],
)
def test_a_vehicle_on_a_landmine_is_no_strike(extractor, text, place):
    got = _kinds(extractor, text)
    assert got.get(place[:8], got.get(place)) != "strike" and got, got
    assert next(iter(got.values())) == "other", got


def test_assaults_counted_close_to_a_place_are_fighting(extractor):
    text = "Kramatorsk direction - the enemy attacked 7 times close to Chasiv Yar and Bila Hora."
    got = _kinds(extractor, text)
    assert got.get("Chasiv Yar") == "fighting", got
