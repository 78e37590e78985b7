"""A facility named with its kind, in a spelling other than the gazetteer's (a Russian or older
transliteration): the facility, not its town (sentences written for these tests)."""

from __future__ import annotations

import pytest

from geo.geocode import find_toponyms

THEATRE = frozenset({"UA", "RU"})


def _resolved(geocoder, text: str):
    return [
        (text[r.start : r.end], r.place)
        for r in geocoder.resolve(text, find_toponyms(geocoder, text), THEATRE)
    ]


@pytest.mark.parametrize(
    ("text", "facility"),
    [
        ("Missiles hit the Vasilkov air base before dawn.", "Vasylkiv Air Base"),
        ("Two jets were damaged at the Chuguev air base.", "Chuhuiv Air Base"),
    ],
)
def test_an_air_base_in_a_russian_spelling_is_the_base(geocoder, text, facility):
    (span, place), *_ = _resolved(geocoder, text)
    assert span.endswith("air base")
    assert (place.name, place.feature) == (facility, "airport")


def test_the_town_in_the_same_spelling_stays_the_town(geocoder):
    (span, place), *_ = _resolved(geocoder, "Shelling damaged houses in Vasilkov.")
    assert span == "Vasilkov"
    assert place.feature == "city"
