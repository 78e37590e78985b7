"""A meeting still to come told in words the future list lacked: negotiators who "are to meet"
somewhere, talks "meant to resume" there, a round for which "no date has been set". None is an
event; a meeting told as held, beside such words in another sentence, still is."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _meetings(extractor, text):
    events = extractor.extract(text, "t", published=date(2025, 10, 8))
    return [e["place"] for e in events if e["event_type"] == "meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian and Polish prime ministers are to meet in Warsaw on Friday for a fresh round "
        "of talks, a presidential aide said.",
        "The foreign ministers are due back at the table soon; the talks are meant to resume in "
        "Warsaw on Monday.",
        "The envoys were supposed to meet in Warsaw last month, but the round was called off.",
        "A meeting of the two leaders has not happened, and no date has been set for further "
        "talks in Warsaw.",
    ],
)
def test_a_meeting_still_to_come_is_no_event(extractor, text):
    assert _meetings(extractor, text) == []


def test_a_meeting_held_stays_an_event(extractor):
    text = (
        "The Ukrainian and Polish prime ministers met in Warsaw on Monday, a presidential aide said. "
        "They are to meet again within a month."
    )
    assert "Warsaw" in _meetings(extractor, text)
