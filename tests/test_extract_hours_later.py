"""Extraction, dates: "hours later" after an event told late in the evening.

An event told "hours later" than one late on a named evening ("late on Sunday", "at about 10:40
p.m. on Sunday", "on the evening of 9 March") happened in the night after it: the next day, the
morning the night ended (a report of the next day wakes to it). After a morning or an afternoon
"hours later" is the same day."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _dates(extractor, text: str, pub: date) -> dict[str, str]:
    return {e["place_mention"]: e["event_date"] for e in extractor.extract(text, "t", pub)}


_MON = date(2025, 3, 10)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # wire copy: a bomb late on Sunday, drones hours later
        (
            "KHERSON, March 10, 2025 (Wirecast) - A Russian guided bomb hit a market in Kherson "
            "late on Sunday, killing three people, the governor said.\n\n"
            "Hours later, drones struck a substation in Beryslav, cutting power to the town.",
            "Beryslav",
            "2025-03-10",
        ),
        # a regional administration's post with a clock of the evening
        (
            "Update from the regional administration, 10 March 2025\n\n"
            "At about 10:40 p.m. on Sunday, shelling hit a five-storey building in Nikopol; two "
            "people were injured.\n\n"
            "A few hours later the enemy attacked Marhanets with drones, damaging a school.",
            "Marhanets",
            "2025-03-10",
        ),
        # a long piece: the evening of a dated day, then several hours later
        (
            "The long night in the east, 10 March 2025\n\n"
            "On the evening of 9 March, artillery hit a bakery in Kupiansk as it was closing. "
            "Several hours later, glide bombs hit two houses in Izium.",
            "Izium",
            "2025-03-10",
        ),
        # wire copy: the small hours of the aftermath between do not end the evening
        (
            "MYKOLAIV, March 10, 2025 (Wirecast) - A missile that struck a hotel in Mykolaiv "
            "late on Sunday killed two guests, the mayor said.\n\n"
            "Rescuers reached the upper floors shortly after midnight.\n\n"
            "In a separate attack hours later, drones hit a fuel depot in Ochakiv.",
            "Ochakiv",
            "2025-03-10",
        ),
    ],
)
def test_hours_after_a_late_evening_are_the_next_day(extractor, text, place, day):
    assert _dates(extractor, text, _MON)[place] == day


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a morning strike, hours later another: the same day
        (
            "SUMY, March 10, 2025 (Wirecast) - A Russian drone hit a school in Sumy on Sunday "
            "morning, the governor said.\n\n"
            "Hours later, shelling damaged houses in Bilopillia.",
            "Bilopillia",
            "2025-03-09",
        ),
        # an afternoon strike told with a clock
        (
            "Regional news, 10 March 2025\n\n"
            "At 2 p.m. on Sunday a guided bomb hit a shop in Kupiansk.\n\n"
            "A few hours later artillery hit a gas pipe in Balakliia.",
            "Balakliia",
            "2025-03-09",
        ),
    ],
)
def test_hours_after_a_morning_or_an_afternoon_are_the_same_day(extractor, text, place, day):
    assert _dates(extractor, text, _MON)[place] == day
