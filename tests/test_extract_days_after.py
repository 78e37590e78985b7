"""Extraction, dates: an event told in a clause "a day after ..." / "two days after ..." / "a
week after ...": it came that long before the day of the sentence that tells it ("NATO's head
spoke on Tuesday, a day after a meeting of European leaders in Paris": the Paris meeting was on
Monday). A place before the clause keeps the sentence's day; a clause with a day of its own ("a
day after a drone hit an ambulance in Kherson on 7 July") keeps that day."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _dates(extractor, text: str, pub: date) -> dict[tuple[str, str], str]:
    """Each record's day by its place's name (the last word of its mention: "a school in Sumy"
    is Sumy's) and its type."""
    return {
        (e["place_mention"].split()[-1], e["event_type"]): e["event_date"]
        for e in extractor.extract(text, "t", pub)
    }


_TUE = date(2025, 2, 18)


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        # a key-events list: a speech today, a day after a summit
        (
            "Key events, 18 February 2025\n\n"
            "- The head of NATO said on Tuesday that Europe must spend more on defence, a day "
            "after an emergency meeting of European leaders in Paris.",
            ("Paris", "meeting"),
            "2025-02-17",
        ),
        # a wire story: new strikes, two days after a missile hit a school in Sumy
        (
            "KYIV, Feb 18, 2025 (Wirecast) - Russia launched more drones at Ukraine on Tuesday, "
            "two days after a missile strike on a school in Sumy that killed four children.",
            ("Sumy", "strike"),
            "2025-02-16",
        ),
        # a weekly newsletter: a week after troops entered a village
        (
            "The week in review, 18 February 2025\n\n"
            "On Tuesday Ukrainian commanders said they held the line, a week after Russian "
            "troops attacked near Toretsk.",
            ("Toretsk", "fighting"),
            "2025-02-11",
        ),
    ],
)
def test_an_event_told_days_after_is_that_many_days_before(extractor, text, key, day):
    assert _dates(extractor, text, _TUE)[key] == day


@pytest.mark.parametrize(
    ("text", "key", "day"),
    [
        # the place before the clause: the sentence's own day
        (
            "KHARKIV, Feb 18, 2025 (Wirecast) - A glide bomb hit a shop in Kharkiv on Tuesday, "
            "a day after peace talks opened abroad.",
            ("Kharkiv", "strike"),
            "2025-02-18",
        ),
        # the clause names its own day
        (
            "Health notes, 18 February 2025\n\n"
            "- Clinics closed on Tuesday, a day after a drone hit an ambulance in Kherson on 14 "
            "February.",
            ("Kherson", "strike"),
            "2025-02-14",
        ),
    ],
)
def test_a_place_before_the_clause_or_a_day_of_its_own_stays(extractor, text, key, day):
    assert _dates(extractor, text, _TUE)[key] == day
