"""Extraction, dates: the publication date from the header and dates relative to it."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor, Publication, When, date_in, publication_from_header
from geo.extract.dates import dates_agree, default_date, window
from geo.extract.layout import lead_when
from geo.extract.sentences import split_sentences
from geo.extract.title_days import title_date


def test_publication_date_from_header(reference_text):
    assert publication_from_header(reference_text) == Publication(
        date(2024, 11, 26), morning=True, clock=True
    )
    assert publication_from_header("Kyiv, 2025-06-03 15:20\nText").morning is False
    assert publication_from_header("no date here") is None


@pytest.mark.parametrize(
    ("words", "day", "precision"),
    [
        ("on Thursday", date(2024, 11, 21), 1),
        ("on Monday night", date(2024, 11, 25), 1),
        ("on Sunday night into Monday", date(2024, 11, 25), 1),  # the night ends on Monday
        ("yesterday", date(2024, 11, 25), 1),
        ("overnight", date(2024, 11, 26), 1),
        ("in the past twenty-four hours", date(2024, 11, 26), 1),  # a statement's own day
        ("in the evening", date(2024, 11, 25), 1),
        ("late last night", date(2024, 11, 25), 1),  # in a morning report: the eve
        ("shortly before midnight", date(2024, 11, 25), 1),
        ("the previous week", date(2024, 11, 18), 2),
        ("on 21 November", date(2024, 11, 21), 1),
        ("on November 3", date(2024, 11, 3), 1),
        ("earlier this month", date(2024, 11, 1), 3),
    ],
)
def test_relative_dates(words, day, precision):
    when = date_in(f"Drones struck {words}.", Publication(date(2024, 11, 26)))
    assert (when.day, when.precision) == (day, precision)


def test_no_date_words_means_the_day_before_unless_present_tense():
    pub = Publication(date(2024, 11, 26))
    assert date_in("Drones struck a depot.", pub) is None
    assert default_date("Drones struck a depot.", pub) == When(date(2024, 11, 25), 1, False)
    assert default_date("Fighting is raging near the town.", pub).day == date(2024, 11, 26)


def test_windows_and_agreement():
    assert window(When(date(2024, 11, 27), 2, True)) == (date(2024, 11, 25), date(2024, 12, 1))
    assert window(When(date(2024, 2, 10), 3, True)) == (date(2024, 2, 1), date(2024, 2, 29))
    day, week = When(date(2024, 11, 27), 1, True), When(date(2024, 11, 25), 2, True)
    assert dates_agree(day, week)
    assert not dates_agree(day, When(date(2024, 11, 20), 1, True))
    assert dates_agree(day, When(date(2024, 11, 20), 1, False))  # an implicit date never vetoes


@pytest.mark.parametrize(
    "sentence",
    [
        "Drones attacked on the night of 7 to 8 March.",
        "Drones attacked on the night of March 7-8.",
        "Drones attacked during the night of Mar. 7 to 8, 2025.",
        # "overnight on" two days, the month first as the day first: the night ends on the second
        "Drones struck the refinery overnight on March 7 to 8.",
        "Overnight from Mar. 7 to 8 the air force downed 40 drones.",
        "Drones struck the refinery overnight on 7 to 8 March.",
    ],
)
def test_the_night_of_two_days_is_the_second(sentence):
    when = date_in(sentence, Publication(date(2025, 3, 9)))
    assert (when.day, when.precision) == (date(2025, 3, 8), 1)


def test_a_month_shortened_with_a_full_stop_ends_no_sentence(geocoder):
    text = "Kyiv, 2025-11-14\nOn the night of Nov. 12 to 13, drones hit Kharkiv, Gov. Oleh Syniehubov said."
    (event,) = Extractor(geocoder).extract(text, "t")
    assert event["event_date"] == "2025-11-13"


def test_a_title_that_dates_the_whole_report():
    pub = Publication(date(2025, 3, 8))
    assert title_date("The attack on the night of 6 to 7 March", pub).day == date(2025, 3, 7)
    assert title_date("Region: enemy attacks over the day", pub).day == date(2025, 3, 8)
    assert title_date("Drones hit Odesa overnight", pub) is None  # dates its own event only
    undated = "Air defence shot down 40 drones."
    assert default_date(undated, pub, title_date("On the night of 6 to 7 March", pub)).day == (
        date(2025, 3, 7)
    )
    assert default_date(undated, pub, bulletin=True).day == date(2025, 3, 8)
    assert default_date(undated, pub).day == date(2025, 3, 7)


def test_bullets_and_live_blog_entries_take_the_publication_day(geocoder):
    from geo.extract import Extractor

    extractor = Extractor(geocoder)
    bullets = "Kyiv, 2025-03-08\nKey events\n- Russian troops advanced near Toretsk.\n"
    (e,) = extractor.extract(bullets, "t")
    assert e["event_date"] == "2025-03-08"
    blog = "Live, 8 March 2025\n09:10\nA drone hit a depot in Sumy.\n09:45\nMore to follow here.\n"
    (e,) = extractor.extract(blog, "t")
    assert e["event_date"] == "2025-03-08"
    wire = "Kyiv, 2025-03-08\nRussian troops advanced near Toretsk.\n"
    assert extractor.extract(wire, "t")[0]["event_date"] == "2025-03-07"


@pytest.mark.parametrize(
    ("head", "today", "expected"),
    [
        ("ODESA, Feb 3 (Reuters) - Drones struck the port.", date(2025, 3, 1), date(2025, 2, 3)),
        ("KHARKIV, Ukraine, 14 June (AP) — Bombs hit.", date(2024, 7, 2), date(2024, 6, 14)),
        ("ZAPORIZHZHIA, Nov. 20 – Shelling went on.", date(2024, 11, 25), date(2024, 11, 20)),
        # a day later in the year than today is last year's
        ("SUMY, December 30 (Ukrinform) - A school was hit.", date(2025, 3, 1), date(2024, 12, 30)),
    ],
)
def test_a_datelines_day_without_a_year_is_the_latest_such_day_before_today(head, today, expected):
    found = publication_from_header(head + "\nMore text follows.", today=today)
    assert found is not None and found.day == expected


def test_a_place_and_a_day_in_a_sentence_are_no_dateline():
    assert publication_from_header("Kharkiv, March 8 was a quiet day by recent standards.") is None


def test_a_day_heading_dates_the_night_its_item_tells_of(geocoder):
    text = (
        "Kyiv, 2025-10-06\n"
        "WEEKEND ROUND-UP\n"
        "Saturday. A drone hit a block in Kharkiv overnight, injuring three.\n\n"
        "Sunday evening. Guided bombs struck Zaporizhzhia.\n\n"
        "Overnight, drones hit Sumy."
    )
    got = [(e["place"], e["event_date"]) for e in Extractor(geocoder).extract(text, "t")]
    assert got == [
        ("Kharkiv", "2025-10-04"),
        ("Zaporizhzhya", "2025-10-05"),
        ("Sumy", "2025-10-06"),
    ]


def test_a_wire_dateline_without_a_place_carries_the_lead_s_night(geocoder):
    text = (
        "Oct 5 (Kestrel News) - Russia struck Ukraine overnight with 300 drones, the air force "
        "said on Sunday.\n\n"
        "In Poltava, two people were injured when a drone hit a warehouse."
    )
    (event,) = Extractor(geocoder).extract(text, "t", date(2025, 10, 5))
    assert (event["place"], event["event_date"]) == ("Poltava", "2025-10-05")


def test_a_month_in_a_later_sentence_does_not_redate_the_event_before(geocoder):
    text = (
        "Kyiv, 2025-10-05\n"
        "Drones hit a depot in Sumy, the army said. The strike came days after a raid. In "
        "March 2023 a drone attack also set fire to a school."
    )
    (event,) = Extractor(geocoder).extract(text, "t")
    assert event["event_date"] == "2025-10-04"


# The header's clock beside a written-out date: after it (with a colon or, British style, a dot)
# or before it; an evening report's "in the afternoon" is its own day.
@pytest.mark.parametrize(
    ("header", "day", "morning"),
    [
        ("Friday 9 May 2025 - last updated 19.45 BST\nText", date(2025, 5, 9), False),
        ("Tuesday 3 June 2025, 06.55 BST\nText", date(2025, 6, 3), True),
        ("Situation as of 21:30, 04.02.2025\nText", date(2025, 2, 4), False),
        ("Posted March 2, 2025, 17:05 local time\nText", date(2025, 3, 2), False),
        ("Summary of 7 April 2025\nKharkiv 1.2 million residents", date(2025, 4, 7), True),
        # a dotted clock before the date, as an official update writes it
        ("Operational update as of 07.30 on 11.03.2025\nText", date(2025, 3, 11), True),
        ("Evening digest, 20.15, 6 May 2025\nText", date(2025, 5, 6), False),
        ("Situation at 09.00 - 2 December 2024\nText", date(2024, 12, 2), True),
    ],
)
def test_header_clock_beside_a_written_date(header, day, morning):
    clock = "Summary" not in header
    assert publication_from_header(header) == Publication(day, morning=morning, clock=clock)


def test_an_evening_reports_afternoon_is_its_own_day(geocoder):
    extractor = Extractor(geocoder)
    text = "Sunday, 6 April 2025, 20:40\nIn the afternoon a glide bomb hit Kupiansk."
    (e,) = extractor.extract(text, "t")
    assert e["event_date"] == "2025-04-06"


# A day the sentence refers back to ("after ... on May 10", "since the push of January 5", "a
# village retaken on July 27") is background: it does not date the sentence's own event.
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Troops fought in the town on Friday, after Russian units crossed the border on May 10.",
            date(2025, 6, 13),
        ),
        ("Fighting near Sudzha has grown since the renewed push of January 5.", None),
        ("They repelled an attack near Robotyne, a village retaken by Ukraine on July 27.", None),
        # a town that fell a month or a week before: its month or week is not the event's
        ("Troops took Zoria, north of Kurakhove, the town that fell last month.", None),
        ("They pushed on from Selydove, a town captured in October 2024.", None),
        # "a week after ...": the clause is the event, its day stays
        ("Talks resumed, a week after the envoys met in Geneva on 5 June.", date(2025, 6, 5)),
        # a background clause with no day of its own keeps what it says
        ("An oil depot is ablaze after an overnight drone raid.", date(2025, 6, 15)),
    ],
)
def test_a_day_referred_back_to_is_background(sentence, expected):
    when = date_in(sentence, Publication(date(2025, 6, 15)))
    assert (when.day if when else None) == expected


# "Over the past day" in a side's statement is the statement's day, a morning one's too (the
# night up to it, errors37); only a front-wide tally before noon leaves it to the default.
@pytest.mark.parametrize(
    ("pub", "expected"),
    [
        (Publication(date(2025, 2, 18)), date(2025, 2, 18)),
        (Publication(date(2025, 2, 18), morning=False, clock=True), date(2025, 2, 18)),
        (Publication(date(2025, 2, 18), morning=True, clock=True), date(2025, 2, 18)),
    ],
)
def test_over_the_past_day(pub, expected):
    when = date_in("The ministry said its units repelled six attacks over the past day.", pub)
    assert (when.day if when else None) == expected


def test_a_front_wide_tally_of_a_morning_leaves_its_past_day_to_the_default():
    pub = Publication(date(2025, 2, 18), morning=True, clock=True)
    assert date_in("Over the past day, 138 combat clashes were recorded.", pub) is None
    assert date_in("Over the past day 61 assaults took place along the front line.", pub) is None
    assert date_in("Over the past day the enemy hit Sumy 14 times.", pub).day == date(2025, 2, 18)


def test_another_story_in_wire_copy_takes_no_day_from_the_one_before(geocoder):
    text = (
        "LVIV, June 12 (Newswire) - A missile hit Lutsk on Tuesday, killing one.\n"
        "Separately, drones hit Kovel, injuring two."
    )
    events = {e["place"]: e for e in Extractor(geocoder).extract(text, "t", date(2025, 6, 12))}
    assert events["Lutsk"]["event_date"] == "2025-06-10"
    assert events["Kovel"]["event_date"] != "2025-06-10"


@pytest.mark.parametrize("header", ["Kyiv, 0001-01-01", "KYIV, 1 January 0001", "Kyiv, 9999-12-31"])
def test_a_header_dated_at_the_calendar_s_edge_is_no_publication_date(geocoder, header):
    """Year 1 or 9999 in a report's first lines is no date a report was published on: "the day
    before" or "last week" counted from it fell off Python's calendar (OverflowError, the whole
    report lost). Such a header is passed over like any line without a date."""
    text = f"{header}\nYesterday a missile hit Kharkiv. Last week drones hit Odesa on Friday."
    assert publication_from_header(text) is None
    events = Extractor(geocoder).extract(text, "t")
    assert {e["place"] for e in events} == {"Kharkiv", "Odesa"}


def test_a_header_date_no_calendar_has_is_said(geocoder):
    """ "31 February" in the first lines dates nothing: the events fall back to today, and the
    reader is told why; a real date, or a date given by hand, says nothing."""
    extractor = Extractor(geocoder)
    body = "\nA Russian drone hit a warehouse in Kharkiv on Tuesday.\n"
    _, warnings = extractor.extract_with_warnings("Kyiv, 31 February 2024" + body, "t")
    assert len(warnings) == 1 and "(31 February 2024)" in warnings[0]
    assert extractor.extract_with_warnings("Kyiv, 2024-13-02" + body, "t")[1]
    assert extractor.extract_with_warnings("Kyiv, 28 February 2024" + body, "t")[1] == []
    given = extractor.extract_with_warnings("Kyiv, 31 February 2024" + body, "t", date(2024, 3, 1))
    assert given[1] == []


def test_undated_sentences_take_the_day_the_lead_gives_its_story(geocoder):
    """A report whose first body sentence dates its story ("announced on Friday", "the night of
    3 to 4 May", "overnight") tells the rest of that story on that day: an undated "the ministry
    also said ..." two paragraphs on is the statement's day, not the day before publication."""
    text = (
        "Moscow reports gains in the east\n\n"
        "Russia's defence ministry announced on Friday that its troops had pushed into the "
        "outskirts of Kurakhove in the Donetsk region.\n\n"
        "The ministry also said its units had beaten back three Ukrainian attacks near Korenevo "
        "in the Kursk region."
    )
    events = {e["place"]: e for e in Extractor(geocoder).extract(text, "t", date(2025, 3, 7))}
    assert events["Korenevo"]["event_date"] == "2025-03-07"
    # a lead with no day of its own leaves the default (the day before) as it was
    plain = text.replace(" on Friday", "")
    events = {e["place"]: e for e in Extractor(geocoder).extract(plain, "t", date(2025, 3, 7))}
    assert events["Korenevo"]["event_date"] == "2025-03-06"


def test_a_lead_s_day_skips_titles_bylines_and_greetings():
    pub = Publication(date(2024, 12, 8))
    text = (
        "Morning news bulletin\nBy our desk\n\nGood morning. Here is the news.\n\n"
        "Russia said on Saturday that it shot down fifteen drones over its border regions.\n"
        "A fire broke out at a depot."
    )
    when = lead_when(text, split_sentences(text), pub)
    assert when is not None and when.day == date(2024, 12, 7)
    undated = "Morning news bulletin\n\nRussia says it shot down fifteen drones over its regions."
    assert lead_when(undated, split_sentences(undated), pub) is None
    # "overnight" is the time of the lead's own event, no day for the rest of the news
    night = "Morning news\n\nDrones struck port buildings in Odesa overnight, officials said."
    assert lead_when(night, split_sentences(night), pub) is None


def test_an_undated_event_someone_says_is_of_the_reports_day(geocoder):
    """ "Russia's military says its troops have taken X" (the present tense of the day's news),
    undated, is the day of the report; "said" alone leaves the default, the day before."""
    text = (
        "Kyiv, 2024-12-08\nNews of the morning\n\n"
        "Russia's military says its troops have taken Zhovte, a village south of Pokrovsk."
    )
    (e,) = Extractor(geocoder).extract(text, "t")
    assert e["event_date"] == "2024-12-08"
    (e,) = Extractor(geocoder).extract(text.replace(" says ", " said "), "t")
    assert e["event_date"] == "2024-12-07"


@pytest.mark.parametrize(
    "text",
    [
        "Week 1 (28 December to 3 January 0001)\nA missile hit Kharkiv on Monday.",
        "Kyiv, 25 November 2024\nOn 31 December 9999 a missile hit Kharkiv.",
        "Kyiv, 25 November 2024\nOn 3 May 1799 a missile hit Kharkiv.",
    ],
)
def test_a_day_in_a_year_no_event_has_dates_nothing(geocoder, text):
    """A written day outside the event years (1800 to 2200) is passed over like no date: the
    title's week across a New Year of year 1 fell off Python's calendar (ValueError, the report
    lost), and "31 December 9999" made an event the store refused or the time chart broke on."""
    events = Extractor(geocoder).extract(text, "t")
    assert [e["place"] for e in events] == ["Kharkiv"]
    assert int(events[0]["event_date"][:4]) in range(1800, 2201)


# A general staff's morning update stamped before noon that opens with a front-wide tally "over
# the past day" tells of the day before: its undated items are that day's, not the update's own;
# any other morning update's "over the past day" is the night up to it, its own day (errors37).
@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Ukrainian Air Force\nDaily summary as of 07.45 on 03.06.2025\n\n"
            "Over the past day the enemy carried out 40 air strikes along the front.\n\n"
            "Guided bombs were dropped on Orikhiv in the Zaporizhzhia region.",
            "Orikhiv",
            "2025-06-02",
        ),
        (
            "Ministry of Defence of Ukraine\n09:10, 14 April 2025\n\n"
            "During the last day, defenders repelled 52 assaults on several sectors.\n\n"
            "Siversk sector: the enemy shelled Siversk with artillery.",
            "Siversk",
            "2025-04-14",
        ),
        (
            "Operational Command South\nUpdate at 06.30 - 21 August 2025\n\n"
            "In the previous day, the occupiers attacked the region's settlements 87 times.\n\n"
            "A drone struck Bilozerka, the command reported.",
            "Bilozerka",
            "2025-08-21",
        ),
    ],
)
def test_a_morning_update_over_the_past_day(geocoder, text, place, day):
    events = {e["place"]: e for e in Extractor(geocoder).extract(text, "t")}
    assert events[place]["event_date"] == day


# A weekday with its day of the month ("on Sunday the 7th", "Saturday, the 30th") is the last
# such weekday that fell on that day, not merely the last such weekday.
@pytest.mark.parametrize(
    ("sentence", "pub", "day"),
    [
        ("On Tuesday the 3rd drones hit a depot in Sumy.", date(2025, 6, 10), date(2025, 6, 3)),
        ("They shelled Kupiansk on Saturday, the 30th.", date(2025, 9, 10), date(2025, 8, 30)),
        ("Late on Friday the 19th a bomb hit Izium.", date(2025, 9, 22), date(2025, 9, 19)),
    ],
)
def test_a_weekday_with_its_day_of_the_month(sentence, pub, day):
    assert date_in(sentence, Publication(pub)).day == day


# "the night of Monday to Tuesday" ends on Tuesday, as "from Monday into Tuesday" does.
@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("On the night of Monday to Tuesday drones hit Poltava.", date(2025, 6, 3)),
        ("Missiles struck Lutsk during the night of Sunday into Monday.", date(2025, 6, 2)),
        ("In the night of Wednesday to Thursday a depot burned in Uman.", date(2025, 6, 5)),
    ],
)
def test_the_night_of_one_weekday_to_the_next(sentence, day):
    assert date_in(sentence, Publication(date(2025, 6, 7))).day == day


# The small hours are the night the report wakes to: the publication day, as "overnight" is.
@pytest.mark.parametrize(
    "sentence",
    [
        "Lutsk woke to a drone attack before dawn; a warehouse burned.",
        "In the early hours, missiles hit a substation near Rivne.",
        "A glide bomb fell on a school in the small hours, the mayor said.",
    ],
)
def test_the_small_hours_are_the_reports_day(sentence):
    when = date_in(sentence, Publication(date(2025, 3, 12)))
    assert when is not None and when.day == date(2025, 3, 12)


def test_the_small_hours_of_a_named_day_are_that_day():
    when = date_in(
        "In the early hours of Sunday, drones hit Rivne.", Publication(date(2025, 3, 12))
    )
    assert when is not None and when.day == date(2025, 3, 9)


def test_the_small_hours_after_a_named_day_are_that_day(geocoder):
    from geo.extract import Extractor

    text = (
        "By our correspondent · Wednesday 12 March 2025\n\n"
        "The fair was meant to close on Sunday. In the early hours, a drone hit a warehouse in "
        "Lutsk and two guards were hurt, the mayor said.\n"
    )
    (e,) = Extractor(geocoder).extract(text, "t")
    assert e["event_date"] == "2025-03-09"


# A title that names a month and year (or a season) and no day: entries that give only a day and
# month take that year, and the report came out at the earliest at the month's end.
@pytest.mark.parametrize(
    ("text", "days"),
    [
        (  # a timeline, one line a day
            "Chernihiv region: incidents in April 2024 (one line per day)\n\n"
            "2 April | Chernihiv | a missile hit a hotel, 3 wounded\n"
            "19 April | Nizhyn | a drone struck a depot\n",
            {date(2024, 4, 2), date(2024, 4, 19)},
        ),
        (  # a governor's posts collected under the month
            "Governor of Kharkiv region, posts of 2024-10\n\n"
            "12 October. A glide bomb hit a warehouse in Kupiansk, the governor wrote.\n",
            {date(2024, 10, 12)},
        ),
        (  # a ministry bulletin's season
            "Ministry of Defence bulletins, summer 2023\n\n"
            "On 7 August an enemy drone was shot down over Bryansk, the ministry said.\n",
            {date(2023, 8, 7)},
        ),
    ],
)
def test_a_titles_month_and_year_date_its_day_only_entries(geocoder, text, days):
    events = Extractor(geocoder).extract(text, "t")
    assert {date.fromisoformat(e["event_date"]) for e in events} == days


def test_a_titles_month_is_the_publication_at_its_end_unless_a_day_is_given():
    assert publication_from_header("Incidents in February 2024\n\n3 Feb | X") == Publication(
        date(2024, 2, 29), month=True
    )
    today = date(2024, 2, 10)  # the month is not over: published today
    assert publication_from_header("Log for February 2024", today).day == today
    # a dated header wins over the month its title names
    assert publication_from_header("Incidents in May 2025\nKyiv, 2025-06-02\n").day == date(
        2025, 6, 2
    )
    # a month an earlier time is counted from, or one in the body, is no title's month
    assert publication_from_header("Losses since February 2022\n\nText") is None
    assert publication_from_header("Weekly notes\n\nIn May 2025 a bridge fell.") is None


# A sentence that tells of something before the day its paragraph is about ("had previously
# struck") does not take that day: mentioned again later with its own day, it is one event.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Rivne, 14 May 2025 (wire)\n\n"
            "Sirens sounded in Lutsk during the night as drones flew over. Ukrainian forces had "
            "previously struck an air base near Millerovo with missiles, a blogger claimed.\n\n"
            "The Millerovo air base was hit by at least three missiles on Monday, the blogger "
            "claimed.\n",
            date(2025, 5, 12),
        ),
        (
            "Kharkiv, 2024-09-18\n\n"
            "Overnight, the city heard explosions. Earlier, the army had already hit a fuel "
            "depot in Belgorod with drones, according to media reports.\n\n"
            "The Belgorod depot was struck by drones on Sunday, according to media reports.\n",
            date(2024, 9, 15),
        ),
    ],
)
def test_an_earlier_deed_does_not_take_the_paragraphs_day(geocoder, text, day):
    events = [e for e in Extractor(geocoder).extract(text, "t") if e["event_type"] == "strike"]
    assert [e["event_date"] for e in events] == [day.isoformat()]


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Russia-Ukraine war: live updates, 3 December", date(2026, 12, 3)),
        ("Wednesday 3 December", date(2026, 12, 3)),
        ("Key events on day 1,013: December 3rd", date(2026, 12, 3)),
        ("Odesa port hit again, 28 December", date(2025, 12, 28)),  # not yet this year: last
    ],
)
def test_a_titles_day_without_a_year_is_the_latest_such_day(title, day):
    """A new user's live blog headed "live updates, 3 December" had every event dated today."""
    found = publication_from_header(
        f"{title}\n\nKharkiv, 22:40\nA drone hit a house.", date(2026, 12, 4)
    )
    assert found is not None and found.day == day
    # a span's first day is no day of the title, nor is a title with none
    assert publication_from_header("Attacks of 3-9 March\n\nx", date(2026, 12, 4)) is None


@pytest.mark.parametrize(
    "text",
    [
        (  # a flash update's bullets under a dated title
            "Flash Update No. 3: attacks on Kharkiv and Sumy oblasts (5 March 2025)\n\n"
            "- On 4 March, a missile struck a school in Kharkiv, injuring nine people.\n"
            "- On the same day, shelling damaged a hospital in Sumy; one nurse was hurt.\n"
        ),
        (  # wire copy, two paragraphs
            "KYIV, March 5 (Wire) - A missile struck a school in Kharkiv on Tuesday, injuring "
            "nine people.\n\nLater that same day, shelling damaged a hospital in Sumy.\n"
        ),
    ],
)
def test_the_same_day_is_the_day_told_before(geocoder, text):
    """A new user's flash update: "On the same day, shelling in Kherson" took the title's day."""
    events = Extractor(geocoder).extract(text, "t", date(2025, 3, 5))
    days = {e["place"][:4]: e["event_date"] for e in events}
    assert days.get("Sumy") == days.get("Khar") == "2025-03-04", days


# Two days named for one event are read as the first by the date reader itself, whichever comes
# first, the month or the days; a run "between ... and ..." and days a week apart are not.
@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Shelling of Nikopol on 9 and 10 November wounded six.", date(2025, 11, 9)),
        ("Shelling of Nikopol on November 9 and 10 wounded six.", date(2025, 11, 9)),
        ("Rockets fell on Izium on the 3rd and 4th November.", date(2025, 11, 3)),
        ("Glide bombs hit Orikhiv on 12 & 13 November, the governor said.", date(2025, 11, 12)),
        ("The depot near Kupiansk burned between 14 and 17 November.", date(2025, 11, 17)),
        ("Sumy was struck on 2 and 19 November.", date(2025, 11, 19)),
    ],
)
def test_two_days_for_one_event_are_read_as_the_first(sentence, day):
    assert date_in(sentence, Publication(date(2025, 11, 25))).day == day


# "Over the past week" is the seven days before the report, in the calendar week that holds most
# of them: the week before for a report of Monday or Tuesday, the report's own week for one of
# Friday; "last week" stays the calendar week before.
@pytest.mark.parametrize(
    ("sentence", "pub", "week_of"),
    [
        ("Troops took 11 prisoners near Lyman over the past week.", date(2026, 1, 9), date(2026, 1, 5)),
        ("Troops took 11 prisoners near Lyman over the past week.", date(2025, 11, 18), date(2025, 11, 10)),
        ("Troops took 11 prisoners near Lyman last week.", date(2026, 1, 9), date(2025, 12, 29)),
    ],
)  # fmt: skip
def test_the_past_week_is_the_seven_days_before(sentence, pub, week_of):
    when = date_in(sentence, Publication(pub))
    assert when.precision == 2 and window(when)[0] == week_of


@pytest.mark.parametrize(
    "head",
    [
        "KHARKIV, 16 October 2025 (Wire) -",
        "KHARKIV, Ukraine, 16 October 2025 (Agency) —",
        "KHARKIV, October 16, 2025 (Wire) -",
        "KHARKIV, Oct 16 (Wire) -",
    ],
)
def test_a_datelines_full_day_is_no_day_of_the_event_in_its_sentence(head, geocoder):
    # the dateline opens the first sentence; its day is the story's publication, and the
    # sentence's own "on Wednesday" is the day before (16 October 2025 was a Thursday)
    from geo.extract import Extractor

    text = f"{head} A drone struck a warehouse in Kharkiv on Wednesday, killing one worker.\n"
    (e,) = Extractor(geocoder).extract(text, "t", date(2025, 10, 16))
    assert e["event_date"] == "2025-10-15"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Throughout August, shells fell on the town of Huliaipole.", date(2025, 8, 1)),
        ("During February the drones came almost nightly to Sumy.", date(2025, 2, 1)),
        ("In mid-April guided bombs hit Kostiantynivka.", date(2025, 4, 1)),
        # the months after the publication's are last year's
        ("Late November brought the first blackouts to Kharkiv.", date(2024, 11, 1)),
    ],
)
def test_a_month_named_alone_over_a_span_is_that_month(sentence, day):
    when = date_in(sentence, Publication(date(2025, 9, 30)))
    assert when is not None and (when.day, when.precision) == (day, 3)


def test_a_month_of_the_background_does_not_date_the_sentence():
    when = date_in(
        "Drones hit Sumy again, after fierce fighting during June.", Publication(date(2025, 9, 30))
    )
    assert when is None or when.precision != 3


@pytest.mark.parametrize(
    "sentence",
    [
        "The ceasefire was supposed to hold from Monday until the end of Wednesday.",
        "Schools in the district will teach online until Friday.",
        "The city will open a memorial next Sunday.",
    ],
)
def test_a_weekday_a_plan_runs_to_is_no_day_of_the_report(sentence):
    when = date_in(sentence, Publication(date(2025, 5, 13)))  # a Tuesday
    assert when is None or when.day >= date(2025, 5, 12)


def test_a_plan_s_weekday_does_not_date_the_paragraphs_after_it(geocoder):
    text = (
        "KHARKIV, May 13 (Ridgeline Wire) - Drones hit Kharkiv before dawn on Tuesday, "
        "wounding four people, the mayor said.\n\n"
        "A ceasefire Moscow had offered was to last until the end of Friday.\n\n"
        "In Chuhuiv, a shell damaged a school, the regional governor said."
    )
    events = Extractor(geocoder).extract(text, "t", date(2025, 5, 13))
    assert {e["place"]: e["event_date"] for e in events}["Chuhuyiv"] == "2025-05-13"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the day someone spoke, then the event's own weekday (dates32's key-events bullet)
        (
            "The port authority said on Wednesday that Monday's missile attack had wrecked silos "
            "in Odesa.",
            date(2025, 7, 21),
        ),
        ("Drones hit Izmail on Monday, the governor said on Wednesday.", date(2025, 7, 21)),
        ("The governor said on Wednesday that drones had hit Izmail.", date(2025, 7, 23)),
    ],
)
def test_the_day_someone_spoke_yields_to_the_events_weekday(sentence, expected):
    assert date_in(sentence, Publication(date(2025, 7, 23))).day == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a dateline with no agency: its day yields to the day the sentence names after it
        (
            "MOSCOW, Dec 2 — Drones set a depot on fire in Shebekino late on Monday, the "
            "governor said on Tuesday.",
            date(2025, 12, 1),
        ),
        ("KHARKIV, Ukraine, December 2 — Drones hit Kharkiv overnight.", date(2025, 12, 2)),
        ("KHARKIV, Ukraine, December 2 — Drones hit a depot in Kharkiv.", date(2025, 12, 2)),
    ],
)
def test_a_bare_datelines_day_yields_to_the_sentences_own(sentence, expected):
    assert date_in(sentence, Publication(date(2025, 12, 2))).day == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # a ministry's count of hours from a clock that runs past midnight (heldout32's wire)
        ("Air defence downed 46 drones in the six hours from 23:00 on Sunday.", date(2025, 6, 23)),
        (
            "Air defence downed 20 drones over 5 hours starting at 22:30 on Sunday.",
            date(2025, 6, 23),
        ),
        ("Air defence downed 20 drones in the two hours from 20:00 on Sunday.", date(2025, 6, 22)),
        ("Air defence downed 20 drones from 20:00 to 23:00 on Sunday.", date(2025, 6, 22)),
    ],
)
def test_hours_counted_from_a_clock_past_midnight_end_on_the_next_day(sentence, expected):
    assert date_in(sentence, Publication(date(2025, 6, 23))).day == expected
