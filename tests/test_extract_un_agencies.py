"""Extraction, the UN's agencies named in full or by their own acronyms ("the World Health
Organization", "UNICEF", "the World Food Programme") are the UN: independent bodies, whose word
bears an event out; a side's health ministry is not."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.attribution import independent


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "body",
    [
        "the spokesperson for the World Health Organization",
        "UNICEF",
        "a UNICEF spokesperson",
        "the World Food Programme",
        "UNDP Ukraine",
    ],
)
def test_the_uns_agencies_are_independent(body):
    assert independent(body)


@pytest.mark.parametrize("body", ["the Ministry of Health", "Unicorn Logistics", "the mayor"])
def test_others_are_not(body):
    assert not independent(body)


def test_an_agencys_word_bears_the_event_out(extractor):
    text = (
        "Briefing notes\n\nThe spokesperson for the World Health Organization said a clinic in "
        "Kherson had been shelled on Tuesday; two nurses were injured.\n"
    )
    (event,) = extractor.extract(text, "b.txt", date(2025, 11, 21))
    assert event["verification"] == "confirmed"
