"""Extraction, dates: a day counted back from the day of writing ("three days ago", "the day
before yesterday", "48 hours ago") is that many days before publication, not the day before it;
"at the weekend" / "over the weekend" is the weekend before (or of) publication, told as its
week."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from geo.extract import Extractor
from geo.extract.dates import When, window


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by_place(extractor, text: str) -> dict[str, dict]:
    return {e["place"]: e for e in extractor.extract(text, "t")}


def _event(extractor, text: str, place: str) -> dict:
    events = _by_place(extractor, text)
    assert place in events, events.keys()
    return events[place]


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # an interview's answer (Monday 22 September)
        (
            "Interview published Monday, 22 September 2025.\n\n"
            "Q: How has the week been?\n\n"
            "KOVAL: Hard. Three days ago a glide bomb hit the school in Kostiantynivka where our "
            "medics slept. Nobody was killed.\n\n"
            "Q: And now?\n\nKOVAL: We moved.",
            "Kostyantynivka",
            "2025-09-19",
        ),
        # a wire story: the count back in the middle of the sentence
        (
            "KYIV, May 14, 2025 (Agency) - Prosecutors opened a case after a Russian drone hit a "
            "city bus in Kherson two days ago, wounding five passengers, the regional office "
            "said.",
            "Kherson",
            "2025-05-12",
        ),
        # a local news site: "the day before yesterday"
        (
            "Nikopol news, 8 July 2024\n\n"
            "The day before yesterday Russian artillery shelled Nikopol and damaged a "
            "kindergarten. Repairs began this morning.",
            "Nikopol",
            "2024-07-06",
        ),
        # a regional channel: hours counted back
        (
            "Sumy region news digest, 3 March 2025\n\n"
            "About 48 hours ago a Russian missile struck an industrial site in Shostka; the "
            "region's administration only now gave the damage.",
            "Shostka",
            "2025-03-01",
        ),
    ],
)
def test_days_counted_back(extractor, text, place, day):
    assert _event(extractor, text, place)["event_date"] == day
    assert _event(extractor, text, place)["time_precision"] == 1


@pytest.mark.parametrize(
    ("text", "place", "pub"),
    [
        # a morning briefing on Tuesday: the weekend before
        (
            "Morning briefing, Tuesday 27 August 2024\n\n"
            "Russian forces seized the eastern part of Novohrodivka over the weekend, according to "
            "open-source analysts who geolocated the footage.",
            "Novohrodivka",
            date(2024, 8, 27),
        ),
        # a newsletter on Monday
        (
            "The week ahead, 7 April 2025\n\n"
            "At the weekend Ukrainian troops pushed Russian units out of Shakhove, the brigade "
            "said.",
            "Shakhove",
            date(2025, 4, 7),
        ),
        # a Sunday column: this weekend, the day before
        (
            "Sunday column, 13 October 2024\n\n"
            "This weekend a drone struck a fuel depot in Bryansk, the governor wrote.",
            "Bryansk",
            date(2024, 10, 13),
        ),
    ],
)
def test_weekend(extractor, text, place, pub):
    e = _event(extractor, text, place)
    start, end = window(_when(e))
    saturday = pub - timedelta(days=(pub.weekday() - 5) % 7)
    assert e["time_precision"] == 2
    assert start <= saturday and saturday + timedelta(days=1) <= end


def _when(e: dict) -> When:
    return When(date.fromisoformat(e["event_date"]), e["time_precision"], True)


def test_yesterday_alone_still_the_day_before(extractor):
    text = "Kharkiv, 10 June 2025\n\nYesterday a drone hit a warehouse in Chuhuiv, the mayor said."
    assert _by_place(extractor, text)["Chuhuyiv"]["event_date"] == "2025-06-09"


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a military press briefing: the spokesman's undated news is of the briefing's day
        (
            "TRANSCRIPT - Briefing of the eastern grouping\nKyiv, 4 February 2025, 11:00\n\n"
            "MODERATOR: Good morning. The spokesman will start.\n\n"
            "HORBAN: Thank you. The enemy attacked our positions near Chasiv Yar nine times and "
            "every attack was repelled.\n\n"
            "QUESTION (Radio): What about Toretsk?\n\n"
            "HORBAN: The town is contested. That is all I can say.",
            "Chasiv Yar",
            "2025-02-04",
        ),
        # a governor on a radio phone-in
        (
            "Radio phone-in with the governor, transcript, 19 November 2024\n\n"
            "HOST: Governor, what happened in the north of the region?\n\n"
            "LYSENKO: A Russian drone struck a grain elevator in Shostka and two workers were "
            "injured. Both are in hospital.\n\n"
            "HOST: Will the schools open?\n\n"
            "LYSENKO: Online only, for now.",
            "Shostka",
            "2024-11-19",
        ),
    ],
)
def test_a_speakers_undated_news_is_of_the_day_spoken(extractor, text, place, day):
    assert _event(extractor, text, place)["event_date"] == day


def test_a_speakers_yesterday_stays_yesterday(extractor):
    text = (
        "Transcript: daily briefing of the southern forces\nOdesa, 18 March 2025, 15:00\n\n"
        "MODERATOR: Colleagues, the captain.\n\n"
        "PETRENKO: Yesterday afternoon guided bombs hit Bilozerka and hurt two women.\n\n"
        "MODERATOR: Questions?\n\nPETRENKO: None? Thank you."
    )
    assert _by_place(extractor, text)["Bilozerka"]["event_date"] == "2025-03-17"
