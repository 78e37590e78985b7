"""Extraction, dates: the times of day and night a sentence gives without a day.

1. A time of day alone ("in the afternoon", "in the evening") is of the day its report is
telling. A report that gives no time of publication is read as a morning one, its evening the
eve; but one that has named its own day before by weekday or date ("Early on Thursday", a
summary "for" that day) is written at that day's end, and its evening is that day's ("this
morning", "overnight" are a morning report's words too). A day named just before in the same
paragraph ("Entry 2 - 11 Sep - Sumy. ... died in the evening") is the evening's day whatever the
report's. "This evening" is always the day of writing.

2. The small hours in words ("in the early morning", "at first light", "shortly after
midnight", "in the middle of the night") are of the night the report wakes to, like "before
dawn": the morning that night ended (the publication day). A clock
of the small hours alone ("at about 03:40") was read so too for a while: on writers nobody here
wrote it dated two events right and two wrong, and no development date moved, so a clock alone
still says nothing of the day. A day the sentence names ("yesterday at 02:30") stays its day.

3. A night told in other words than "overnight" ("for the third night in a row", "the night in
the region was restless", "a night attack") is the night the report wakes to, the publication
day, unless its paragraph named a day; and a span from yesterday into the night or this morning
("from yesterday evening until this morning", "yesterday evening and overnight") is dated by its
end, as "the night of 3 to 4" is, not by yesterday."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, Publication, date_in


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _dates(extractor, text: str) -> dict[str, str]:
    return {e["place_mention"]: e["event_date"] for e in extractor.extract(text, "t")}


# 1. times of day alone
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


# 2. the small hours in words; a clock alone says nothing of the day
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the small hours in words: "in the early morning", "at first light"
        (
            "Chernihiv Courier\n10 May 2025\n\n"
            "In the early morning a drone struck a boiler house in Chernihiv. At first light, "
            "rescuers were still putting out the fire.",
            "Chernihiv",
        ),
    ],
)
def test_the_small_hours_in_words_are_the_morning_the_night_ended(extractor, text, place):
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


# 2b. the small hours told by midnight ("shortly after midnight", "in the middle of the night"):
# the night the report wakes to, unless its paragraph named a day
@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a wire story filed in the morning
        (
            "ZAPORIZHZHIA, Ukraine, Nov 6, 2024 (Wire) - A guided bomb fell near a bus depot in "
            "Zaporizhzhia shortly after midnight, wounding four people, the governor said.",
            "Zaporizhzhia",
            "2024-11-06",
        ),
        # a state company's note
        (
            "Railway operator - operational note\n14 March 2025\n\n"
            "Just after midnight drones hit the locomotive depot at Konotop station. Trains are "
            "running with delays.",
            "Konotop",
            "2025-03-14",
        ),
        # a town news site: the middle of the night
        (
            "Shostka town news, 9 May 2025\n\n"
            "In the middle of the night Russian drones attacked Shostka; a substation was "
            "damaged.",
            "Shostka",
            "2025-05-09",
        ),
    ],
)
def test_the_small_hours_by_midnight_are_the_night_the_report_wakes_to(extractor, text, place, day):
    dates = _dates(extractor, text)
    assert dates.get(place) == day, dates


def test_a_paragraph_s_day_holds_its_after_midnight(extractor):
    text = (
        "Weekly note, Tuesday 14 May 2024\n\n"
        "Sunday was the hardest day. Shortly after midnight a drone hit a school in Kupiansk.\n"
    )
    assert _dates(extractor, text).get("Kupiansk") == "2024-05-12"


def test_an_afternoon_clock_is_no_night(extractor):
    text = "Morning report, 14 May 2024\n\nAt 15:20 Russian artillery shelled Kupiansk."
    assert _dates(extractor, text).get("Kupiansk") == "2024-05-13"


# 3. nights in other words, spans into the night
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a morning paper's "third night in a row", the damage told after it
        (
            "Kyiv Morning Post, 10 May 2025\n\n"
            "Russia attacked the capital for the third night in a row. In Kyiv, debris fell on a "
            "school, injuring three.",
            "Kyiv",
        ),
        # a regional channel: "the night in the region was restless"
        (
            "Sumy region news\n10 May 2025\n\n"
            "The night in the region was restless. A drone hit a school in Konotop; nobody was "
            "hurt.",
            "Konotop",
        ),
        # wire style: "a night attack"
        (
            "Odesa, 10 May 2025\n\n"
            "Russia struck Odesa in a night attack with drones, hitting a port warehouse, the "
            "governor said.",
            "Odesa",
        ),
    ],
)
def test_a_night_in_other_words_is_the_morning_it_ended(extractor, text, place):
    assert _dates(extractor, text)[place] == "2025-05-10"


def test_a_paragraph_s_day_holds_its_night_attack(extractor):
    text = (
        "The deadliest strikes of spring: a factbox\n9 July 2025\n\n"
        "6 April - Kharkiv. A night attack with drones killed six people in the city."
    )
    assert _dates(extractor, text)["Kharkiv"] == "2025-04-06"


@pytest.mark.parametrize(
    "sentence",
    [
        "From yesterday evening until this morning, Russian troops shelled the town 12 times.",
        "Yesterday evening and overnight, drones attacked the port.",
        "Shelling went on from yesterday afternoon into the night; a man was killed.",
    ],
)
def test_a_span_from_yesterday_into_the_night_is_dated_by_its_end(sentence):
    when = date_in(sentence, Publication(date(2025, 5, 10)))
    assert when is not None and when.day == date(2025, 5, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "Yesterday evening a drone hit the port.",
        "Late yesterday, shelling wounded two men, and this morning the governor said so.",
    ],
)
def test_yesterday_alone_stays_yesterday(sentence):
    when = date_in(sentence, Publication(date(2025, 5, 10)))
    assert when is not None and when.day == date(2025, 5, 9)
