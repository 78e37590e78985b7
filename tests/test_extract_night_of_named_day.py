"""Extraction, dates: a night told with no day of its own ("overnight", "during the night") in a
paragraph that has named its day is the night of that day, not the night the report wakes to;
after that day's evening ("on Wednesday evening", "late on Wednesday") it is the night into the
next day (a night is dated by the morning it ends). A night in a paragraph that named no day
stays the publication day, and a night with its own day ("overnight into Sunday") keeps it."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _date(extractor, text: str, place: str) -> str:
    return next(
        e["event_date"] for e in extractor.extract(text, "t") if place in e["place_mention"]
    )


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # an incident log: the entry's date, then "overnight" in the entry's own words
        (
            "Attacks on schools - incident log\nPeriod: 1-10 March 2025 | Issued 12 March 2025\n\n"
            "Entry 3 - 7 Mar - Sumy. A drone damaged the gym of a secondary school overnight; "
            "a caretaker was injured. Reported by the city council.",
            "Sumy",
            "2025-03-07",
        ),
        # a weekly round-up: the paragraph's day by weekday, then a night in its next sentence
        (
            "The week in the south\nSaturday 14 June 2025\n\n"
            "On Tuesday artillery pounded the centre of Nikopol for hours. During the night "
            "drones hit a grain store in Marhanets, the regional governor said.",
            "Marhanets",
            "2025-06-10",
        ),
        # a feature's account: the day's evening, then the night after it (dated by its end)
        (
            "Life under the drones in Kherson\nBy our correspondent | 20 November 2024\n\n"
            "On Monday evening a shell hit a tram stop in Kherson. Overnight, drones dropped "
            "explosives on houses in Bilozerka, wounding a pensioner.",
            "Bilozerka",
            "2024-11-19",
        ),
    ],
)
def test_a_night_in_a_paragraph_that_named_its_day_is_that_days(extractor, text, place, day):
    assert _date(extractor, text, place) == day


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # no day named in the paragraph: the night the report wakes to
        (
            "Odesa region\n3 June 2025\n\n"
            "Air defence worked over the coast. Overnight, drones hit a warehouse in Izmail.",
            "Izmail",
            "2025-06-03",
        ),
        # a night with a day of its own keeps it
        (
            "The week in the south\nSaturday 14 June 2025\n\n"
            "On Tuesday artillery pounded the centre of Nikopol. Drones hit a grain store in "
            "Marhanets overnight into Thursday.",
            "Marhanets",
            "2025-06-12",
        ),
    ],
)
def test_a_night_with_no_named_day_or_its_own_day_stays(extractor, text, place, day):
    assert _date(extractor, text, place) == day
