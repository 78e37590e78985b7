"""Extraction, dates: the day a report is written about, told once in its body.

A report whose body tells of the day it comes out ("this morning", "today", "this afternoon",
or that day by weekday or date: "on Friday" in a report of Friday) is a report of that day: its
news told later with no day of its own (in another paragraph, so nothing carries) is that day's,
not the day before publication (the default for undated news). A night alone ("overnight",
"during the night") says nothing of the day the report is about (our own reports date the
other news after a lead's "overnight" to the day before), and an older day a lead names ("on
Monday" in a report of Friday) stays the story's day."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _dates(extractor, text: str) -> dict[str, str]:
    return {e["place_mention"]: e["event_date"] for e in extractor.extract(text, "t")}


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a regional paper's story of the day: "this morning" in the lead, news further down
        (
            "Missile hits Zaporizhzhia; shelling in the east of the region\n"
            "Tuesday, 14 October 2025\n\n"
            "Russian forces struck the city of Zaporizhzhia with a ballistic missile this "
            "morning, killing two people, the regional governor said.\n\n"
            "Rescuers were still clearing the rubble around midday.\n\n"
            "In Huliaipole, artillery fire damaged a school and wounded a teacher, local "
            "officials said.",
            "Huliaipole",
            "2025-10-14",
        ),
        # a city news site: "today" in its first sentence, an item two paragraphs on
        (
            "Odesa news\n3 June 2025\n\n"
            "A Russian drone set a warehouse in the port of Odesa on fire today, the city's "
            "military administration reported.\n\n"
            "Firefighters needed two hours to put the blaze out.\n\n"
            "A shell damaged the roof of a kindergarten in Ochakiv; no one was hurt.",
            "Ochakiv",
            "2025-06-03",
        ),
        # an explainer in the present: "this afternoon", then more news after a background line
        (
            "What we know about the bombing of Kostiantynivka\nPublished 9 September 2025\n\n"
            "This afternoon Russian aircraft dropped guided bombs on the centre of "
            "Kostiantynivka, and at least three people were killed, local authorities say.\n\n"
            "The town has been under near-constant fire since the summer.\n\n"
            "Artillery also wounded a woman in Druzhkivka, according to the police.",
            "Druzhkivka",
            "2025-09-09",
        ),
        # a round-up that names its own day by weekday (Friday 14 November) in an early item
        (
            "Kherson region: the day in brief\n14 November 2025\n\n"
            "On Friday morning a Russian drone dropped explosives near a bus stop in Kherson, "
            "wounding three people.\n\n"
            "Artillery hit a private house in Bilozerka, and an elderly man was injured, "
            "the regional administration said.",
            "Bilozerka",
            "2025-11-14",
        ),
        # an evening wire story: the day of publication by weekday in the lead, no clock
        (
            "Drones strike Kharkiv power plant, city partly without light\n"
            "Wednesday 19 March 2025\n\n"
            "Russian drones hit a power plant in Kharkiv on Wednesday, cutting electricity to "
            "tens of thousands of homes, the mayor said.\n\n"
            "Engineers hoped to restore supply by the evening.\n\n"
            "Further south, a guided bomb destroyed a shop in Kupiansk, killing its owner, "
            "regional officials said.",
            "Kupiansk",
            "2025-03-19",
        ),
    ],
)
def test_news_told_after_the_day_of_writing_is_that_day(extractor, text, place, day):
    assert _dates(extractor, text)[place] == day


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a lead's "overnight" alone: the other news keeps the day before
        (
            "Drone attack on Odesa\n3 June 2025\n\n"
            "Russia attacked Odesa with drones overnight, damaging a warehouse in the port, "
            "the city's military administration said.\n\n"
            "Firefighters needed two hours to put the blaze out.\n\n"
            "A shell damaged the roof of a kindergarten in Ochakiv; no one was hurt.",
            "Ochakiv",
            "2025-06-02",
        ),
        # an older day named in the lead ("on Monday" in a report of Friday): the lead's day
        (
            "Kherson region: the week so far\n14 November 2025\n\n"
            "On Monday a Russian drone dropped explosives near a bus stop in Kherson, "
            "wounding three people.\n\n"
            "Artillery hit a private house in Bilozerka, and an elderly man was injured, "
            "the regional administration said.",
            "Bilozerka",
            "2025-11-10",
        ),
    ],
)
def test_a_night_or_an_older_day_in_the_lead_stays(extractor, text, place, day):
    assert _dates(extractor, text)[place] == day


def test_an_anniversary_told_from_the_day_of_writing_dates_no_news(extractor):
    """ "A year ago this morning" is the day of an older event, not the news of the day."""
    text = (
        "A year after the flood\nLong read · 6 June 2024\n\n"
        "A year ago this morning, the dam at Nova Kakhovka gave way and the river drowned the "
        "towns downstream.\n\n"
        "Since then the left bank has emptied.\n\n"
        "Shelling damaged a pumping station in Beryslav, the local administration said."
    )
    assert _dates(extractor, text)["Beryslav"] == "2024-06-05"


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # an evening wire story with its clock in the dateline, no day in the news
        (
            "KHARKIV, Ukraine, June 21, 2024, 19:40 (Lanterna Wire) - A guided bomb hit a "
            "residential street in Kharkiv, killing three people, the regional governor said.\n\n"
            "Rescuers pulled two more people from a collapsed house.\n\n"
            "Another bomb damaged a school in Zolochiv, north-west of the city.",
            "Zolochiv",
            "2024-06-21",
        ),
        # a news site's page stamped in the evening
        (
            "Dnipro Online\n17 October 2023, 20:15\n\n"
            "A Russian missile struck an industrial site in Dnipro, the city council said; two "
            "workers were injured.\n\n"
            "In Nikopol, artillery damaged a power line and a private house.",
            "Nikopol",
            "2023-10-17",
        ),
        # an analysis note updated in the afternoon
        (
            "Front line note: the south\nLast updated 3 September 2024, 16:30\n\n"
            "Russian troops attacked Ukrainian positions near Robotyne and were pushed back, "
            "according to the General Staff.\n\n"
            "A drone hit a car in Orikhiv, wounding the driver.",
            "Orikhiv",
            "2024-09-03",
        ),
        # a morning report keeps the day before for its undated news
        (
            "Dnipro Online\n17 October 2023, 08:15\n\n"
            "A Russian missile struck an industrial site in Dnipro, the city council said; two "
            "workers were injured.\n\n"
            "In Nikopol, artillery damaged a power line and a private house.",
            "Nikopol",
            "2023-10-16",
        ),
    ],
)
def test_an_evening_reports_undated_news_is_its_day(extractor, text, place, day):
    assert _dates(extractor, text)[place] == day


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        # a flash update stamped in the evening: a sentence of what is under way between
        (
            "Flash Update No. 4: Kharkiv Oblast\nAs of 20 May 2025, 17:00 (local time)\n\n"
            "On 18 May, a guided bomb hit a market in Kupiansk; three civilians were injured. "
            "Partners are assessing the damage.\n\n"
            "On the same day, artillery fire damaged a water main in Balakliia.",
            "Balakliia",
            "2025-05-18",
        ),
        # an evening press release
        (
            "Regional prosecutor's office\n12 August 2025, 19:30\n\n"
            "On 10 August a drone struck a tractor near Nikopol, wounding the driver. "
            "Investigators are collecting the fragments.\n\n"
            "That same day a shell hit a private house in Marhanets.",
            "Marhanets",
            "2025-08-10",
        ),
        # "the same night" after an evening's strike ends the day after: no day carried over
        (
            "Regional police\nPress release, 14 July 2025\n\n"
            "On 13 July, at about 22:10, a missile hit a warehouse in Pavlohrad. Investigators "
            "are examining the site.\n\n"
            "The same night, between 23:30 and 02:00, drones attacked Synelnykove; a man was "
            "injured.",
            "Synelnykove",
            "2025-07-14",
        ),
    ],
)
def test_the_same_day_is_the_last_day_told(extractor, text, place, day):
    """ "On the same day" is the last day told before it, over a sentence of what is under way."""
    assert _dates(extractor, text)[place] == day
