"""A park, a stadium or a microdistrict named after a place or a person is a part of the town it
is in, not the town of its name: "Shevchenko Park" in Odesa, "the Druzhba microdistrict" of
Ternopil, "the Avanhard stadium" in a city. The town the sentence names is the event's place."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _places(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 9, 17))
    return [e["place"] for e in events]


@pytest.mark.parametrize(
    "text, name, town",
    [
        (
            "Overnight a Shahed drone fell in Shevchenko Park in Kharkiv, smashing the windows of "
            "the cafés around it.",
            "Shevchenk",
            "Kharkiv",
        ),
        (
            "A missile struck a school in Ternopil's Druzhba microdistrict before dawn, the mayor "
            "said.",
            "Druzhba",
            "Ternopil",
        ),
        (
            "In Kherson, a drone dropped explosives near the Avanhard Stadium in the Korabel "
            "microdistrict on Tuesday, wounding a groundsman.",
            "Korabel",
            "Kherson",
        ),
    ],
)
def test_a_named_ground_is_part_of_its_town(extractor, text, name, town):
    got = _places(extractor, text)
    assert all(not p.startswith(name) for p in got), got
    assert any(p.startswith(town) for p in got), got


def test_a_town_named_before_park_words_elsewhere_is_still_a_town(extractor):
    got = _places(extractor, "Shelling hit the park in the centre of Nikopol on Monday.")
    assert got == ["Nikopol"], got
