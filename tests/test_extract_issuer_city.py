"""Extraction: a city's district told in a report whose header names the city only inside its
issuing body's name ("Dnipro City Council · push alert", "Kherson City Military Administration —
video address", "Sumy State University — notice") is that city's. Class 'place not found' (the
name in the text, not scanned: an organisation's run) on heldout18, 20 and 21."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.issuer_city import issuer_city

DAY = date(2025, 9, 20)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city council's push alert
        (
            "Poltava City Council · alert · Sat 09:40\n\n"
            "At 09:15 an enemy drone struck a warehouse in the Kyivskyi district. One man was "
            "injured and taken to hospital.",
            ("Poltava", "drone"),
        ),
        # a city military administration's video address
        (
            "Zaporizhzhia City Military Administration — evening address of the head, 20 "
            "September\n\nGood evening. Today was hard again. In the Shevchenkivskyi district a "
            "guided bomb hit a shop in the afternoon; three people were wounded.",
            ("Zaporizhzhya", "glide bomb"),
        ),
        # a university's notice
        (
            "Sumy State University\nNotice to students and staff\n\n"
            "Overnight a Russian drone hit a dormitory in the Kovpakivskyi district. No one was "
            "hurt; classes move online until Monday.",
            ("Sumy", "drone"),
        ),
    ],
)
def test_a_district_is_of_the_city_the_issuer_is_named_after(extractor, text, expected):
    records = extractor.extract(text, "t", DAY)
    strikes = [(r["place"], r["weapon_category"]) for r in records if r["event_type"] == "strike"]
    assert strikes == [expected]


def test_a_regional_body_names_no_city(geocoder):
    text = "Kharkiv Regional Military Administration — morning summary\n\nShelling overnight."
    assert issuer_city(geocoder.gazetteer, text, len(text), {"UA"}) is None
