""" "Two of the wounded died": a count of the dead among those hurt before, never a count of the
injured (newuser24: a revised wire read "two of the wounded died in hospital" as 2 injured). The
toll the sentence gives stays; the injured are left unknown unless the text gives their number."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _figures(extractor, text):
    events = extractor.extract(text, "t", published=date(2026, 10, 4))
    return [(e["place"], e["fatalities"], e["injured"]) for e in events]


@pytest.mark.parametrize(
    "text, place, dead",
    [
        (
            "The number of people killed by Friday's missile strike on Dnipro rose to 14 after two "
            "of the wounded died in hospital overnight, the governor said.",
            "Dnipro",
            14,
        ),
        (
            "Three of the injured have since died, bringing the toll of the drone attack on Sumy to "
            "seven, the city council said.",
            "Sumy",
            None,
        ),
        (
            "A glide bomb hit Kostiantynivka on Monday, killing three. One of those wounded later "
            "died in hospital, officials said.",
            "Kost",
            3,
        ),
    ],
)
def test_the_wounded_who_died_are_no_count_of_the_injured(extractor, text, place, dead):
    figures = [f for f in _figures(extractor, text) if f[0].startswith(place)]
    assert figures, _figures(extractor, text)
    if (
        dead is not None
    ):  # (a toll told as "bringing the toll of the attack to seven" is not read yet)
        assert figures[0][1] == dead
    assert figures[0][2] is None


def test_the_wounded_still_count_where_none_died(extractor):
    """The same words without a death after them are still the injured."""
    text = "A missile hit Dnipro on Friday, killing two people; two of the wounded are children."
    figures = [f for f in _figures(extractor, text) if f[0] == "Dnipro"]
    assert figures and figures[0][1] == 2
