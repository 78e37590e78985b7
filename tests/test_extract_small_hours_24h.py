"""Extraction, the small hours on a 24-hour clock ("Around 02:30 drones hit the port", "At 04:10
a missile struck a depot"): the night that ended on the day of a morning report, that day, as
"at 2.30 a.m." and "overnight" are; a day's hour ("at 14:30", "at 2:30") is no night."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract.dates import Publication, date_in

_PUB = Publication(date(2026, 1, 22))


@pytest.mark.parametrize(
    "sentence",
    [
        "Around 02:30 drones hit port infrastructure in Izmail.",
        "At 04:10 a missile struck a depot near Odesa.",
        "At about 00:45 a drone hit a house in Sumy.",
    ],
)
def test_a_small_hour_on_a_24_hour_clock_is_the_night_that_ended_that_day(sentence):
    assert date_in(sentence, _PUB).day == date(2026, 1, 22)


@pytest.mark.parametrize(
    "sentence",
    ["At 14:30 a drone hit a shop in Sumy.", "At 2:30 a drone hit a shop in Sumy."],
)
def test_a_days_hour_is_no_night(sentence):
    assert date_in(sentence, _PUB) is None
