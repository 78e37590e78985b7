"""Extraction, dates: a clock time of the small hours with no day named ("at about 03:40",
"shortly after 3 a.m.", "from 2am", "shortly after midnight") is of the night the report wakes
to, like "before dawn": the morning that night ended (the publication day), not the day before.
A day the sentence names ("yesterday at 02:30", "on 13 May, at about 02:30") or one named before
in its paragraph stays its day; "just before midnight" is the eve, and an evening hour alone
("at 22:40") says nothing of the day."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, Publication, date_in


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _dates(extractor, text: str) -> dict[str, str]:
    return {e["place_mention"]: e["event_date"] for e in extractor.extract(text, "t")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a morning paper: the clock alone
        (
            "Kyiv Morning Post, 10 May 2025\n\nPower cuts hit the capital region again.\n\n"
            "At about 03:40 a drone hit a warehouse in Brovary, injuring a guard.",
            "Brovary",
        ),
        # a local paper: "a.m." written out, after sirens "from 2am"
        (
            "Kremenchuk Courier\n10 May 2025\n\n"
            "Sirens sounded from 2am. Shortly after 3 a.m. a missile struck a factory in "
            "Kremenchuk; two workers were injured.",
            "Kremenchuk",
        ),
        # wire style: "shortly after midnight", the governor's word
        (
            "Odesa, 10 May 2025\n\n"
            "Shortly after midnight, drones hit port infrastructure in Izmail and started a fire, "
            "the regional governor said.",
            "Izmail",
        ),
        # the clock in the sentence before carries to the undated one after it
        (
            "Kharkiv, 10 May 2025\n\n"
            "Explosions shook the region before 4 a.m. Russian drones hit a warehouse in "
            "Kupiansk, injuring a guard.",
            "Kupiansk",
        ),
    ],
)
def test_a_small_hours_clock_is_the_morning_the_night_ended(extractor, text, place):
    assert _dates(extractor, text)[place] == "2025-05-10"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Yesterday at 02:30 a drone hit a house.", date(2025, 5, 9)),
        ("On 7 May, at about 02:30, bombs struck the town centre.", date(2025, 5, 7)),
        ("A drone hit a house just before midnight.", date(2025, 5, 9)),
    ],
)
def test_a_day_named_with_the_clock_stays_its_day(sentence, day):
    when = date_in(sentence, Publication(date(2025, 5, 10)))
    assert when is not None and when.day == day


def test_an_evening_hour_alone_is_no_date_word():
    assert date_in("At 22:40 a drone hit a house.", Publication(date(2025, 5, 10))) is None
    assert (
        date_in("Prices rose 3.5 per cent at 2.15 million tonnes.", Publication(date(2025, 5, 10)))
        is None
    )


def test_a_paragraph_s_day_holds_its_small_hours(extractor):
    text = (
        "Weekly review of strikes, 17 May 2025\n\n"
        "On Tuesday guided bombs hit Kupiansk. At about 02:30 a drone struck a depot in Kupiansk "
        "again, injuring two."
    )
    assert set(_dates(extractor, text).values()) == {"2025-05-13"}
