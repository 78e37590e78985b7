"""Extraction: a word of the report that the gazetteer knows only as a middling town far
abroad (a diary's weekday "Wed", a ticker's "AN ENTERPRISE", "the Far East") is no place: no
record half a world away from the war; a city abroad the report names stays one."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _events(extractor, text):
    return extractor.extract(text, "t", date(2025, 6, 10))


def _countries(extractor, text):
    return {e["country"] for e in _events(extractor, text)}


def test_a_diarys_weekday_is_no_town(extractor):
    text = (
        "Wed 7 May. A quiet morning in Kramatorsk. At 21:40 a missile hit somewhere near the "
        "station, the landlady said.\n\n"
        "Mon 12 May. Reached Sloviansk by noon. Someone said there was fighting in the "
        "village all day."
    )
    assert _countries(extractor, text) <= {"UA"}


def test_a_tickers_common_noun_in_capitals_is_no_town(extractor):
    text = "09:15  PAVLOHRAD: MISSILE STRIKE ON AN ENTERPRISE - ONE KILLED, TWO INJURED"
    (event,) = _events(extractor, text)
    assert (event["place"], event["event_type"], event["weapon_category"]) == (
        "Pavlohrad",
        "strike",
        "missile",
    )
    assert (event["fatalities"], event["injured"]) == (1, 2)


def test_the_far_east_of_a_longform_is_no_town(extractor):
    text = (
        "Drone strikes on refineries have hit petrol supplies hard, and several regions in the "
        "Far East have rationed fuel."
    )
    assert _countries(extractor, text) <= {"RU"}


def test_a_summit_abroad_stays_a_meeting_there(extractor):
    text = "Trump and Putin met in Anchorage, Alaska on Friday to talk about a ceasefire."
    assert [(e["place"], e["event_type"]) for e in _events(extractor, text)] == [
        ("Anchorage", "meeting")
    ]
