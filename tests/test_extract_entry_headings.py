"""Entries that carry their own day beside their place (a factbox's, a timeline's, a chronology's
lines): "* Nov. 29 - ODESA: a missile hit ...", "- 14 October, Kramatorsk: ...", "KHARKIV, 3 March:
...". Each entry is its own event, at its place and on its day; a roundup's "Dec 5 (Wire) -" line
is the report's publication date."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.publication import publication_from_header


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _got(events):
    return {(e["place"][:6], e["event_date"]): e for e in events}


FACTBOX = (
    "FACTBOX-Where Russian strikes landed this week\n"
    "Dec 5 (Wire) - These are some of the strikes officials reported from Nov. 28 to Dec. 3:\n"
    "* Nov. 28 - MYKOLAIV: A cruise missile struck a grain terminal, killing three workers, the "
    "governor said.\n"
    "* Nov. 30 - SUMY: Drone hit a petrol station; 4 injured.\n"
    "* Dec. 2 - KRYVYI RIH: Glide bombs hit a school; no casualties, officials said.\n"
)


def test_a_factbox_line_gives_a_date_from_its_roundup_dateline():
    got = publication_from_header(FACTBOX, today=date(2026, 12, 9))
    assert got is not None and got.day == date(2026, 12, 5)


def test_a_log_entry_with_a_weekday_in_brackets_is_no_dateline():
    text = "Chronology\nNov. 29 (Sat) - Odesa: a drone hit a warehouse.\n"
    assert publication_from_header(text, today=date(2026, 12, 9)) is None


def test_each_factbox_entry_is_its_own_event_at_its_place_on_its_day(extractor):
    got = _got(extractor.extract(FACTBOX, "t", published=date(2026, 12, 5)))
    assert got.keys() >= {
        ("Mykola", "2026-11-28"),
        ("Sumy", "2026-11-30"),
        ("Kryvyy", "2026-12-02"),
    }
    assert got[("Mykola", "2026-11-28")]["weapon_category"] == "cruise missile"
    assert got[("Mykola", "2026-11-28")]["fatalities"] == 3
    assert got[("Sumy", "2026-11-30")]["weapon_category"] == "drone"
    assert got[("Sumy", "2026-11-30")]["injured"] == 4
    assert got[("Kryvyy", "2026-12-02")]["weapon_category"] == "glide bomb"
    assert all(e["event_type"] == "strike" for e in got.values())


TIMELINE = (
    "Attacks on civilian sites in Donetsk region, October: monitoring mission timeline\n\n"
    "The mission recorded the following incidents this month.\n\n"
    "- 6 October, Kramatorsk: an aerial bomb fell on a residential street; two people killed.\n"
    "- 11 October, Sloviansk: a missile damaged a school building, one man injured.\n"
    "- 19 October, Druzhkivka: a drone hit a minibus, killing its driver.\n"
)


def test_a_timelines_dash_entries_with_day_then_place_each_give_an_event(extractor):
    got = _got(extractor.extract(TIMELINE, "t", published=date(2025, 10, 31)))
    assert got.keys() >= {
        ("Kramat", "2025-10-06"),
        ("Slovya", "2025-10-11"),
        ("Druzhk", "2025-10-19"),
    }
    assert got[("Kramat", "2025-10-06")]["fatalities"] == 2
    assert got[("Slovya", "2025-10-11")]["weapon_category"] == "missile"
    assert got[("Druzhk", "2025-10-19")]["weapon_category"] == "drone"


CHRONOLOGY = (
    "Kharkiv region: a chronology of the spring's attacks\n\n"
    "Compiled from the regional administration's daily posts.\n\n"
    "IZIUM, 3 March: Russian artillery shelled the town centre, wounding two women.\n\n"
    "Chuhuiv (9 March): a drone struck a bakery; nobody was hurt.\n\n"
    "KHARKIV, 14 March: a ballistic missile hit an industrial site, killing one guard.\n"
)


def test_a_chronologys_place_then_day_then_colon_is_the_entrys_place(extractor):
    got = _got(extractor.extract(CHRONOLOGY, "t", published=date(2025, 3, 20)))
    assert got.keys() >= {
        ("Izyum", "2025-03-03"),
        ("Chuhuy", "2025-03-09"),
        ("Kharki", "2025-03-14"),
    }
    assert got[("Izyum", "2025-03-03")]["injured"] == 2
    assert got[("Chuhuy", "2025-03-09")]["weapon_category"] == "drone"
    assert got[("Kharki", "2025-03-14")]["fatalities"] == 1


def test_a_line_headed_by_a_facility_or_by_two_towns_tells_of_them(extractor):
    # ("- Kremenchuk refinery: ...", "- Mykolaiv port (Varvarivka): ...", "- Kupiansk and Borova:
    # ..."): the facility's town and each town of the heading are where the line's event was
    text = (
        "Weekly summary\n\n"
        "- Kremenchuk refinery: a drone strike overnight started a fire.\n"
        "- Mykolaiv port (Varvarivka): missiles hit a grain silo on Tuesday.\n"
        "- Kupiansk and Borova: artillery fire all morning, two people hurt.\n"
    )
    events = extractor.extract(text, "t", date(2025, 9, 5))
    assert sorted((e["place_mention"], e["weapon_category"]) for e in events) == [
        ("Borova", "artillery"),
        ("Kremenchuk", "drone"),
        ("Kupiansk", "artillery"),
        ("Mykolaiv", "missile"),
    ]


def test_a_heading_with_another_town_in_its_line_still_locates(extractor):
    text = "Daily notes\n\n- Kharkiv region: a drone hit a warehouse in Zolochiv overnight.\n"
    events = extractor.extract(text, "t", date(2025, 9, 5))
    assert [e["place_mention"] for e in events] == ["Zolochiv"]


def test_a_line_headed_by_a_settlement_or_an_airbase_with_its_district_or_region(extractor):
    # a Russian governor's post and an OSINT thread: "X settlement, Y district:", "2/ X airbase,
    # Y region:" head the line as "X:" does
    text = (
        "Evening notes of the Belgorod regional governor\n\n"
        "In Shebekino a shell hit a garage.\n\n"
        "Dubovoye settlement, Belgorod district: a drone crashed into the roof of a barn. "
        "One man was wounded.\n\n"
        "2/ Millerovo airbase, Rostov region: two columns of smoke at dawn, detonations heard.\n"
    )
    events = extractor.extract(text, "t", date(2025, 9, 5))
    assert {e["place_mention"] for e in events} >= {"Dubovoye", "Millerovo"}
