"""Extraction, dates: a report whose lead tells of a night raid ("Russia attacked Ukraine with
120 drones overnight", "Last night, during another drone attack on Kharkiv, ...") tells the
raid's hits and downings after it, by the same arms and with no day of their own ("In nearby
Chuhuiv, a drone hit a house"): they are the raid's, the morning the night ended, not the day
before publication. Its other news (fighting, a strike with other arms, a meeting) keeps the
day before, as does what "Separately, ..." opens; in a report stamped in the morning, a later hit
by any arms is the night's too ("In Marhanets, a mortar round wrecked a garage")."""

from __future__ import annotations

import pytest

from geo.extract import Extractor


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _dates(extractor, text: str) -> dict[str, str]:
    return {e["place"]: e["event_date"] for e in extractor.extract(text, "t")}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a morning paper: the raid in the lead, its damage in later paragraphs
        (
            "Saturday 10 May 2025\n\n"
            "Russia attacked Ukraine with 120 drones and four missiles overnight, the air force "
            "said.\n\n"
            "Most were shot down. Debris injured three people in Kyiv.\n\n"
            "In the Dnipropetrovsk region, a drone hit a farm near Pavlohrad.",
            ("Kyiv", "Pavlohrad"),
        ),
        # a club's statement: its own damage, then the city's word on the same raid
        (
            "FC Metalist - statement\n10 May 2025\n\n"
            "Last night, during another large drone attack on Kharkiv, the roof of our training "
            "centre was damaged.\n\n"
            "We thank the rescuers who worked until the morning. The city said that in nearby "
            "Chuhuiv a drone hit a house and injured a man.",
            ("Chuhuyiv",),
        ),
        # an aid group's note: missiles before dawn, another city's hit told later
        (
            "Field note of the western office\n10 May 2025\n\n"
            "Russian cruise missiles struck an energy facility in Lviv before dawn, the mayor "
            "told our staff.\n\n"
            "Our team is safe and the warehouse is intact.\n\n"
            "A missile also hit a substation in Stryi, the regional governor said.",
            ("Stryi",),
        ),
    ],
)
def test_the_night_raid_s_later_hits_are_the_raid_s_day(extractor, text, places):
    got = _dates(extractor, text)
    assert {p: got[p] for p in places} == dict.fromkeys(places, "2025-05-10")


def test_other_news_after_a_night_raid_keeps_the_day_before(extractor):
    text = (
        "Moscow, 2025-06-03\n"
        "Russian air defences intercepted 12 Ukrainian drones over the Moscow region overnight, "
        "the mayor said.\n"
        "Ukraine's military said its forces had destroyed an ammunition depot in occupied "
        "Bakhmut using GMLRS rockets.\n"
        "Russian forces continued their assault on Vovchansk in the Kharkiv region.\n"
        "Separately, a drone hit a car near Shebekino, the governor said."
    )
    got = _dates(extractor, text)
    assert (got["Bakhmut"], got["Vovchansk"], got["Shebekino"]) == ("2025-06-02",) * 3


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a city site's morning item: the night's hit in the lead, a shelled village below
        (
            "CITY NEWS · 12.09.2025, 08:40\n\n"
            "Russian drones struck a grain silo in Nikopol overnight, the district head said.\n\n"
            "In Marhanets, a mortar round wrecked a garage. Nobody was hurt.",
            "Marhanets",
        ),
        # the lead names no arms; a drone's hit on a town told two paragraphs on
        (
            "POLTAVA TODAY · 12.09.2025, 09:10\n\n"
            "Poltava was a target again overnight, with blasts heard over the city until four.\n\n"
            "Schools opened as usual.\n\n"
            "In Hradyzk, a drone hit a shed and broke the windows of two houses, the district "
            "head said.",
            "Hradyzk",
        ),
    ],
)
def test_a_morning_report_s_night_lead_dates_later_hits_by_any_arms(extractor, text, place):
    assert _dates(extractor, text)[place] == "2025-09-12"


def test_a_morning_report_that_looks_back_keeps_the_day_before(extractor):
    text = (
        "Long read · 12.09.2025, 08:40\n\n"
        "Exactly a year ago this morning, the first columns crossed the border near Sudzha "
        "and the fighting began.\n\n"
        "A drone destroyed a bridge over the river at Glushkovo."
    )
    assert _dates(extractor, text)["Glushkovo"] == "2025-09-11"
