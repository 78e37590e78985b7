"""Places named beside an event with nothing happening there (issue 16, extras32): where an
advance came from, a document's seat, an earlier attack told as the news's yardstick, a total's
share; the events of the same sentences keep their places."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.mentioned_only import mentioned_only, outage_town, road_name


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


@pytest.mark.parametrize(
    "before",
    [
        "Russian forces pressed on toward Kostiantynivka from the direction of ",
        "Funding: the Flash Appeal, launched in ",
        "the statement, released in ",
        "The attack came five weeks after a missile strike on central ",
        "a year after an attack that killed more than 20 people in ",
        "Earlier raids on the ",
        "210 injured across Ukraine, most of them in ",
        "The Kremlin said the strikes were a response to attacks on ",
        "in retaliation for the shelling of ",
        "The attack followed weeks of strikes on energy sites in ",
        "Our team, based in ",
        "Enerhodar, from where, officials say, artillery fires on ",
        "smoke from the fire caused by shelling may drift towards ",
        "the oil slick has spread as far as ",
    ],
)
def test_words_that_leave_a_place_only_mentioned(before):
    assert mentioned_only(before)


@pytest.mark.parametrize(
    "before",
    [
        "Earlier on Tuesday a drone hit a house in ",
        "The attack came two days after a drone strike on ",
        "Russian drones were launched at ",
        "Russian troops attacked positions near ",
        "most of the drones were downed over ",
        "Hits by strike drones were registered in ",
        "after three days of fighting near ",
        "the village from where the battery fired on Tuesday at ",
        "a group of drones moving towards ",
    ],
)
def test_words_that_still_tell_an_event_there(before):
    assert not mentioned_only(before)


def test_the_yardstick_attack_and_the_origin_are_no_records(extractor):
    text = (
        "KYIV, 20 May 2025\n\n"
        "Russian drones hit a bus near Bilopillia on Monday morning, killing nine people, the "
        "regional administration said. The attack came five weeks after a missile strike on "
        "central Sumy that left more than 30 dead.\n\n"
        "Russian forces continued offensive operations toward Kostiantynivka from the direction "
        "of Toretsk, the General Staff said.\n"
    )
    records = extractor.extract(text, "story", date(2025, 5, 20))
    assert sorted(r["place"] for r in records) == ["Bilopillia", "Kostyantynivka"]


def test_a_weekly_total_shared_among_regions_is_no_record(extractor):
    text = (
        "Humanitarian situation report, 2-8 August 2025\n\n"
        "At least 41 civilians were killed and 210 injured across Ukraine this week, most of "
        "them in Donetsk, Kharkiv and Kherson oblasts.\n\n"
        "On 4 August, a drone attack on a distribution point in Bilozerka killed one aid worker.\n"
    )
    records = extractor.extract(text, "sitrep", date(2025, 8, 8))
    assert [r["place"] for r in records] == ["Bilozerka"]


def test_an_attack_answered_and_a_team_s_seat_are_no_records(extractor):
    text = (
        "KYIV, 9 October 2025\n\n"
        "Ballistic missiles hit Kyiv overnight, killing three. The Kremlin said the strikes were "
        "a response to attacks on Bryansk and Kursk.\n\n"
        "Our team, based in Dnipro since 2022, was in Izium on Wednesday when a glide bomb hit "
        "a school there.\n"
    )
    records = extractor.extract(text, "story", date(2025, 10, 9))
    assert sorted(r["place"] for r in records) == ["Izyum", "Kyiv"]


@pytest.mark.parametrize(
    ("name", "after", "road"),
    [
        ("Kashirskoye", " highway, a road leading south", True),
        ("Kharkivske", " highway, fire on 3 floors", True),
        ("Sumska", " street", True),
        ("Kharkiv", " highway", False),
        ("Kashirskoye", ", a village", False),
    ],
)
def test_a_road_named_after_a_town_is_no_place(name, after, road):
    assert road_name(name, after) is road


@pytest.mark.parametrize(
    ("after", "placed_before", "outage"),
    [
        (" without power for most of the day.", True, True),
        (", Drohobych and Stryi faced scheduled power cuts.", True, True),
        (" without power for most of the day.", False, False),
        (" overnight, wounding two.", True, False),
    ],
)
def test_where_the_power_went_out_after_a_hit_elsewhere(after, placed_before, outage):
    assert outage_town(after, placed_before) is outage


def test_the_outage_towns_are_no_hits_but_a_lone_outage_is(extractor):
    text = (
        "KYIV, 9 October 2025\n\n"
        "Drones damaged energy facilities in the Lviv region overnight, the governor said, adding "
        "that parts of Drohobych and Stryi faced scheduled power cuts.\n\n"
        "Power was cut to parts of the Chernihiv region after a strike on energy facilities on "
        "Wednesday.\n"
    )
    records = extractor.extract(text, "story", date(2025, 10, 9))
    assert sorted(r["place"] for r in records) == ["Chernihiv", "Lviv"]
