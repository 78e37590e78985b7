"""Extraction, dates: how far a day told once reaches, and the small hours told by the clock.

1. A clock of the small hours written with "a.m." ("at around 3 a.m.", "shortly after 2 a.m.",
"at 4am") and no day named is the night the report wakes to, as "before dawn" is: the
publication day, not the day before. A 24-hour clock alone ("at 03:40", "at 22:40") still says
nothing of the day (tests/test_extract_times_of_day.py), nor does "by 5 a.m." (an aftermath's
end: "the fire was out by 5 a.m."); a day named with the clock, or before it in its paragraph,
stays its day.

2. In wire copy, an aside that reaches back ("Earlier, ...", "Earlier on Wednesday, ...",
"Before that, ...", "Previously, ...") keeps its day to itself and its own paragraph: the next
paragraph's undated news is the story's again (the day the lead gives), not the aside's."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, Publication, date_in


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _dates(extractor, text: str, published: date | None = None) -> dict[str, str]:
    """The day of each record by the place's name (its last word: "a warehouse in Lgov")."""
    records = extractor.extract(text, "t", published)
    return {e["place_mention"].split()[-1]: e["event_date"] for e in records}


# 1. the small hours by a.m. clock
@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a wire story filed that morning
        (
            "MYKOLAIV, Ukraine, May 14, 2025 (Corvid Wire) - A ballistic missile struck a "
            "warehouse in Mykolaiv at around 3 a.m., starting a fire that burned for hours, the "
            "regional governor said.",
            "Mykolaiv",
            "2025-05-14",
        ),
        # a city council's notice
        (
            "Kremenchuk city council\n21 August 2025\n\n"
            "Shortly after 2 a.m. a drone hit a boiler house in Kremenchuk. Two workers were "
            "injured and taken to hospital.",
            "Kremenchuk",
            "2025-08-21",
        ),
        # a regional news site, "4am" run together
        (
            "Poltava region news, 3 June 2025\n\n"
            "At about 4am a drone hit a garage in Myrhorod, damaging two cars; nobody was hurt.",
            "Myrhorod",
            "2025-06-03",
        ),
    ],
)
def test_a_small_hours_clock_in_a_m_is_the_night_the_report_wakes_to(extractor, text, place, day):
    dates = _dates(extractor, text)
    assert dates.get(place) == day, dates


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Yesterday at about 3 a.m. a drone hit a house.", date(2025, 5, 9)),
        ("On 7 May, shortly after 2 a.m., bombs struck the town centre.", date(2025, 5, 7)),
        ("At around 3 a.m. a drone hit a house.", date(2025, 5, 10)),
    ],
)
def test_the_a_m_clock_with_or_without_a_day(sentence, day):
    when = date_in(sentence, Publication(date(2025, 5, 10)))
    assert when is not None and when.day == day


def test_an_aftermath_by_an_a_m_clock_and_an_afternoon_clock_say_no_day():
    pub = Publication(date(2025, 5, 10))
    assert date_in("The fire was put out by 5 a.m.", pub) is None
    assert date_in("At 10 a.m. a drone hit a house.", pub) is None
    assert date_in("Prices rose 3.5 per cent at 2.15 million tonnes.", pub) is None


def test_a_paragraph_s_day_holds_its_a_m_clock(extractor):
    text = (
        "Weekly review of strikes, 17 May 2025\n\n"
        "On Tuesday guided bombs hit Kupiansk. At about 2 a.m. a drone struck a depot in "
        "Kupiansk again, injuring two."
    )
    assert set(_dates(extractor, text).values()) == {"2025-05-13"}


# 2. an aside reaching back keeps its day to its paragraph
@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a state news agency's wire copy: the ministry's morning tally, an earlier tally, then a
        # governor's news with no day
        (
            "MOSCOW, October 9. /NRA/. Air defences destroyed 31 Ukrainian drones over Russian "
            "regions overnight, the Defence Ministry said on Thursday.\n\n"
            "Earlier, the ministry said that four drones had been downed over the Oryol Region "
            "on Wednesday evening.\n\n"
            "Kursk Region Governor Ivan Petrov said drone debris fell on a warehouse in Lgov, "
            "injuring a guard.",
            "Lgov",
            "2025-10-09",  # a Thursday
        ),
        # an international agency: "Earlier on Sunday" as an aside, then the night's news
        (
            "ODESA, Ukraine, March 3, 2025 (Corvid Wire) - Russian drones attacked the Odesa "
            "region on Monday, damaging port equipment, the governor said.\n\n"
            "Earlier on Sunday, shelling wounded a man in Kherson, officials said.\n\n"
            "A drone also hit a grain silo in Izmail, the port administration said.",
            "Izmail",
            "2025-03-03",
        ),
        # a wire service's regional copy: "Before that, ..."
        (
            "KHARKIV, June 12, 2025 (Northline) - A guided bomb hit a factory in Kharkiv on Thursday, "
            "wounding five, the mayor said.\n\n"
            "Before that, artillery struck Kupiansk on Wednesday, the regional governor said.\n\n"
            "Drones attacked a substation in Chuhuiv, leaving part of the town without power, "
            "the governor said.",
            "Chuhuiv",
            "2025-06-12",
        ),
    ],
)
def test_an_aside_reaching_back_keeps_its_day_to_its_paragraph(extractor, text, place, day):
    dates = _dates(extractor, text, date.fromisoformat(day))
    assert dates.get(place) == day, dates


def test_the_aside_s_own_paragraph_keeps_its_day(extractor):
    text = (
        "KHARKIV, June 12, 2025 (Northline) - A guided bomb hit a factory in Kharkiv on Thursday, "
        "wounding five, the mayor said.\n\n"
        "Earlier on Wednesday, artillery struck Kupiansk. A shop in Kupiansk burned down.\n"
    )
    assert _dates(extractor, text).get("Kupiansk") == "2025-06-11"


# 3. a day heading that stands alone (a blank line under it) or a markdown one governs its
# section: every paragraph under it up to the next day heading (one on its block's first line
# heads that block only: tests/test_extract_headings.py)
@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a weekly digest with a plain day line over each day's paragraphs
        (
            "Weekly digest, 3 June 2025\n\n"
            "Sunday, 1 June\n\n"
            "Shelling hit a market in Kherson, killing two.\n\n"
            "In Nikopol, a drone hit a shop, injuring a woman.\n\n"
            "Monday, 2 June\n\n"
            "A guided bomb hit a school in Kupiansk.",
            "Nikopol",
            "2025-06-01",
        ),
        # a newsletter with markdown headings
        (
            "The week on the southern front\nFriday 13 June 2025\n\n"
            "## 10 June\n\n"
            "Russian drones struck a bus depot in Kherson; three drivers were wounded.\n\n"
            "Later, a guided bomb destroyed a warehouse in Zaporizhzhia, the regional head "
            "said.\n\n"
            "## 11 June\n\n"
            "Artillery hit a hospital in Nikopol.",
            "Zaporizhzhia",
            "2025-06-10",
        ),
        # a humanitarian situation report: bold day lines, the month first
        (
            "Situation report No. 41\nIssued 20 May 2025\n\n"
            "**May 17**\n\n"
            "A drone attack damaged a water pumping station in Sumy.\n\n"
            "Two schools in Okhtyrka were damaged by shelling, local authorities reported.\n\n"
            "**May 18**\n"
            "A guided bomb hit a clinic in Bilopillia.",
            "Okhtyrka",
            "2025-05-17",
        ),
        # a regional weekend round-up: weekdays alone in capitals
        (
            "Weekend round-up, Kharkiv region\nMonday 2 June 2025\n\n"
            "**SATURDAY**\n\n"
            "A glide bomb hit a warehouse in Kupiansk.\n\n"
            "In Chuhuiv, shelling damaged two houses; nobody was hurt.\n\n"
            "**SUNDAY**\n\n"
            "A drone hit a car in Izium, wounding the driver.",
            "Chuhuiv",
            "2025-05-31",
        ),
    ],
)
def test_a_day_heading_governs_its_section(extractor, text, place, day):
    dates = _dates(extractor, text)
    assert dates.get(place) == day, dates


def test_a_header_s_day_line_is_no_section_heading(extractor):
    # the publication's own day line among the header lines dates nothing by itself: an undated
    # strike in a morning paper keeps the default (the day before)
    text = (
        "Kyiv Morning Post\nTuesday, 3 June 2025\n\n"
        "A drone hit a shop in Nikopol, injuring a woman, the regional head said."
    )
    assert _dates(extractor, text).get("Nikopol") == "2025-06-02"


def test_a_month_in_a_background_clause_dates_nothing(extractor):
    text = (
        "Kyiv Daily, 3 June 2025\n\n"
        "Russian forces shelled Kupiansk again after Ukrainian troops retook the area "
        "in March, the governor said."
    )
    assert _dates(extractor, text).get("Kupiansk") == "2025-06-02"


# 5. a month heading ("## March 2025", "MARCH", "**April 2025**") governs its section as a day
# heading does: its undated strikes are of that month (month precision)
@pytest.mark.parametrize(
    ("text", "place", "month"),
    [
        # a regional review with markdown month headings
        (
            "Strikes on Sumy region: a review\n3 June 2025\n\n"
            "## March 2025\n\n"
            "A missile hit a school in Sumy, killing three.\n\n"
            "## April 2025\n\n"
            "A drone hit a bus in Bilopillia, killing two.",
            "Bilopillia",
            "2025-04",
        ),
        # a monitoring group's quarterly note: month names alone in capitals
        (
            "Quarterly note on attacks on health care\nIssued 10 July 2025\n\n"
            "APRIL\n\n"
            "Shelling damaged a polyclinic in Kherson.\n\n"
            "MAY\n\n"
            "An attack drone hit an ambulance in Nikopol; the driver was injured.\n\n"
            "JUNE\n\n"
            "A guided bomb hit a hospital in Kupiansk.",
            "Nikopol",
            "2025-05",
        ),
        # a blog's bold month lines, the year before publication
        (
            "A year of strikes on Odesa's port\nPosted 20 February 2025\n\n"
            "**November 2024**\n\n"
            "Missiles hit a grain terminal in Odesa.\n\n"
            "A drone set a tanker on fire in Izmail.\n\n"
            "**December 2024**\n"
            "A ballistic missile hit a warehouse in Chornomorsk.",
            "Izmail",
            "2024-11",
        ),
    ],
)
def test_a_month_heading_governs_its_section(extractor, text, place, month):
    records = extractor.extract(text, "t")
    got = {e["place_mention"].split()[-1]: e for e in records}
    assert place in got, got
    assert got[place]["event_date"][:7] == month and got[place]["time_precision"] == 3, got[place]


# 6. the hours just before writing: "since midnight", "this night", "in recent hours", "over the
# past few hours" are the night and morning the report is written in, the publication day (were
# no date words, so the day before)
@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a morning paper
        (
            "Kyiv Daily, 3 June 2025\n\n"
            "Since midnight, drones have attacked Kharkiv three times, the mayor said.",
            "Kharkiv",
        ),
        # a translated regional news site: "this night"
        (
            "Poltava region news\n3 June 2025\n\n"
            "This night, enemy drones hit an industrial site in Kremenchuk, the head of the "
            "region said. No one was hurt.",
            "Kremenchuk",
        ),
        # a news site's update: "in recent hours", "over the past few hours"
        (
            "Southern front update, 3 June 2025\n\n"
            "In recent hours, shelling damaged a school and two houses in Kherson, the regional "
            "administration said.",
            "Kherson",
        ),
        (
            "Southern front update, 3 June 2025\n\n"
            "Over the past few hours, Russian drones struck a port warehouse in Izmail, the "
            "governor said.",
            "Izmail",
        ),
    ],
)
def test_the_hours_just_before_writing_are_the_publication_day(extractor, text, place):
    assert _dates(extractor, text).get(place) == "2025-06-03", _dates(extractor, text)


# 7. news told as just done, in the present perfect, with no day named nor carried: the day of
# writing; a paragraph's day still dates it
@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a morning paper's brief
        (
            "Kyiv Daily, 3 June 2025\n\n"
            "Russian drones have hit a power substation in Sumy, the regional governor said.",
            "Sumy",
            "2025-06-03",
        ),
        # a broadcaster's web summary
        (
            "News at a glance\n3 June 2025\n\n"
            "A missile has killed two people at a bus stop in Dnipro, officials said.",
            "Dnipro",
            "2025-06-03",
        ),
        # a newsletter: "have been injured"
        (
            "The Odesa Letter, 3 June 2025\n\n"
            "Three port workers have been injured in Izmail after drones attacked the Danube "
            "port.",
            "Izmail",
            "2025-06-03",
        ),
        # the paragraph named yesterday: it stays
        (
            "Kyiv Daily, 3 June 2025\n\n"
            "Yesterday the Russians shelled Kherson all day. A shell has also damaged a school in "
            "Kherson, officials said.",
            "Kherson",
            "2025-06-02",
        ),
    ],
)
def test_news_told_as_just_done_is_of_the_day_of_writing(extractor, text, place, day):
    assert _dates(extractor, text).get(place) == day, _dates(extractor, text)
