"""Extraction, dates: the time of day a sentence gives alone ("in the afternoon", "in the
evening") is of the day its report is telling. A report that gives no time of publication is
read as a morning one, its evening the eve; but one that has named its own day before by
weekday or date ("Early on Thursday", a summary "for" that day) is written at that day's end, and
its evening is that day's ("this morning", "overnight" are a morning report's words too). A day named just before in the same paragraph ("Entry
2 - 11 Sep - Sumy. ... died in the evening") is the evening's day whatever the report's. "This
evening" is always the day of writing."""

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
    ("text", "place", "day"),
    [
        # a regional round-up of the day, no clock: "Early on Thursday" is its own day
        (
            "Sumy region: the day's news\nThursday, 12 June 2025\n\n"
            "Early on Thursday a drone hit a grain store in Sumy, the regional governor said.\n\n"
            "In the afternoon, shelling damaged a school in Bilopillia; nobody was hurt.",
            "Bilopillia",
            "2025-06-12",
        ),
        # a regional administration's news of one day: "On Saturday" before, then the afternoon
        (
            "Kharkiv regional administration\n8 March 2025\n\n"
            "On Saturday a guided bomb hit a shop in Kupiansk; two people were wounded.\n\n"
            "Chuhuiv came under mortar fire in the afternoon. Nobody was hurt.",
            "Chuhuiv",
            "2025-03-08",
        ),
        # a channel's evening round-up of a named day
        (
            "Frontline notes | channel digest\nEvening roundup for 03.04.2025\n\n"
            "KHERSON. Quiet night, the enemy shelled the islands only.\n\n"
            "NIKOPOL. In the evening shells hit a block of garages, one man wounded.",
            "NIKOPOL",
            "2025-04-03",
        ),
    ],
)
def test_the_afternoon_of_a_report_that_named_its_own_day(extractor, text, place, day):
    assert _dates(extractor, text)[place] == day


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a morning paper with no clock that names no day: the evening is the eve
        (
            "Kyiv Morning Post, 10 May 2025\n\n"
            "Russian drones struck Odesa overnight, injuring four people, officials said.\n\n"
            "In the evening, a guided bomb hit a house in Kupiansk, killing a woman.",
            "Kupiansk",
            "2025-05-09",
        ),
        # "this morning" is a morning report's word as well
        (
            "Kyiv, 12 May 2025\n\n"
            "This morning Kyiv woke to sirens as drones hit a depot in Brovary.\n\n"
            "In the evening, a guided bomb hit a house in Kupiansk, killing a woman.",
            "Kupiansk",
            "2025-05-11",
        ),
        # a statement whose story is yesterday: its evening is yesterday's
        (
            "Statement of the city hospital\n16 May 2025\n\n"
            "Yesterday at about 11:00 a missile struck a warehouse in Dnipro, killing two.\n\n"
            "In the evening a drone hit Pavlohrad and wounded three men, who were brought to us.",
            "Pavlohrad",
            "2025-05-15",
        ),
    ],
)
def test_the_evening_of_a_morning_report_stays_the_eve(extractor, text, place, day):
    assert _dates(extractor, text)[place] == day


def test_a_day_named_in_the_paragraph_dates_its_evening(extractor):
    text = (
        "Incident log of attacks on clinics\nIssued 20 September 2025\n\n"
        "Entry 2 - 11 Sep - Sumy. A drone struck an ambulance outside the city hospital; the "
        "driver died of his wounds in the evening."
    )
    assert _dates(extractor, text)["Sumy"] == "2025-09-11"


def test_this_evening_is_the_day_of_writing():
    morning = Publication(date(2025, 7, 9), morning=True, clock=True)
    when = date_in("The summit opens this evening.", morning)
    assert when is not None and when.day == date(2025, 7, 9)


def test_a_morning_live_blog_s_this_evening_is_its_own_day(extractor):
    text = (
        "Ukraine war live: allies gather in Rome\nWednesday 9 July 2025\n\n"
        "08:15 CEST\nAir raid alerts sounded across the east overnight.\n\n"
        "09:05 CEST\nIn Rome, leaders of the coalition are arriving for a summit on Ukraine's "
        "air defence, which opens this evening."
    )
    assert _dates(extractor, text).get("Rome") == "2025-07-09"


def test_a_bracketed_stamp_after_noon_makes_its_afternoon_that_day_s(extractor):
    # a channel's posts stamped "[08:10]": the entry of 17:40 tells of that day's afternoon
    text = (
        "Kharkiv region: the governor's channel, translated\n\n"
        "[08:10]\nYesterday's strike on Bohodukhiv: the number of injured has risen to four.\n\n"
        "[17:40]\nChuhuiv came under artillery fire in the afternoon. A power line was damaged."
    )
    got = {
        e["place_mention"]: e["event_date"] for e in extractor.extract(text, "t", date(2025, 3, 9))
    }
    assert got["Chuhuiv"] == "2025-03-09"
