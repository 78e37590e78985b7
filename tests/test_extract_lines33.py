"""Events told as log lines (issue 16, report formats): a bot's "·" digest, an incident log's
numbered "|" rows, a tracker's bracketed UTC stamps, a changelog's "added:" rows and the lines
that remove an entry, a day-and-month log under a line of another day."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.dates import When
from geo.extract.log_lines import ClockLog, flatten_log, own_line_day
from geo.extract.numeric_days import numeric_day
from geo.extract.publication import Publication


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


DIGEST = (
    "Night digest | Kharkiv oblast\n\n"
    "11.02 21:05 · Kharkiv · Shahed hit · a shop burned, 2 hurt\n"
    "11.02 23:50 · Chuhuiv · KAB · school roof damaged\n"
    "12.02 01:15 · Izium · drones · depot hit, 1 killed\n"
)


def test_flattening_keeps_the_length_and_makes_dots_cell_borders():
    flat = flatten_log(DIGEST)
    assert len(flat) == len(DIGEST)
    assert "11.02 21:05 | Kharkiv | Shahed hit |" in flat
    assert "·" not in flat


def test_a_text_with_fewer_than_three_log_lines_is_left_alone():
    text = "Report\n\n11.02 21:05 · Kharkiv · Shahed hit\nNothing more tonight · the desk\n"
    assert flatten_log(text) == text


def test_a_dot_digest_gives_one_event_per_line_on_its_own_day(extractor):
    events = extractor.extract(DIGEST, "t", published=date(2026, 2, 12))
    got = {(e["place"][:4], e["event_date"]) for e in events}
    assert ("Khar", "2026-02-11") in got
    assert ("Izyu", "2026-02-12") in got
    assert any(
        e["place"].startswith("Chuh") and e["weapon_category"] == "glide bomb" for e in events
    )


def test_a_numbered_row_drops_its_number_and_a_duplicate_row_goes():
    log = (
        "Incident export\n\n"
        "#88 | 2025-09-01 | Sumy | drone | 3 injured\n"
        "#89 | 2025-09-02 | Okhtyrka | shelling | 1 killed\n"
        "#90 | 2025-09-01 | Sumy | drone | 3 injured | duplicate of #88\n"
    )
    flat = flatten_log(log).split("\n")
    assert flat[2].startswith("      2025-09-01 | Sumy")
    assert flat[4].strip() == ""


def test_a_retraction_removes_the_entry_of_its_place_and_day_only():
    log = (
        "Map changelog\n\n"
        "- added: Nikopol, 4 May: artillery on the port, 1 wounded\n"
        "- added: Nikopol, 5 May: drone hit a bus, 2 wounded\n"
        "- added: Marhanets, 5 May: KAB on a school\n"
        "- retracted: Nikopol, 4 May (old footage)\n"
    )
    flat = flatten_log(log).split("\n")
    assert flat[2].strip() == "" and flat[5].strip() == ""
    assert "Nikopol, 5 May: drone hit a bus" in flat[3]
    assert "added" not in flat[4] and "Marhanets" in flat[4]


def test_a_dated_utc_stamp_keeps_its_line_and_the_day_it_names(extractor):
    log = (
        "Tracker, updated 9 June 2025\n\n"
        "[2025-06-08 18:10 UTC] Poltava: missiles hit a rail yard, 2 injured.\n"
        "[2025-06-08 19:40 UTC] Lubny: a drone hit a fuel depot.\n"
        "[2025-06-09 02:30 UTC] Myrhorod: drones hit an airfield.\n"
    )
    events = extractor.extract(log, "t", published=date(2025, 6, 9))
    got = {(e["place"][:4], e["event_date"], e["injured"]) for e in events}
    assert ("Polt", "2025-06-08", 2) in got


def test_a_day_and_month_before_a_clock_is_a_day_day_first():
    assert numeric_day("03.11 22:40 · Sumy · drone", date(2025, 11, 4)) == date(2025, 11, 3)
    assert numeric_day("04.11, 00:35 Shostka", date(2025, 11, 4)) == date(2025, 11, 4)
    assert numeric_day("about 4.10 per cent", date(2025, 11, 4)) is None


def test_a_line_keeps_its_own_day_under_a_line_of_another_day():
    head = When(date(2025, 3, 6), 1, True)
    own = When(date(2025, 3, 8), 1, True)
    year_back = When(date(2024, 3, 8), 1, True)
    saturday_before = When(date(2025, 3, 1), 1, True)
    assert own_line_day(own, year_back, head) is own
    assert own_line_day(own, saturday_before, head) is saturday_before
    assert own_line_day(own, None, head) is own


SHIFT = "Shift log, 1 to 2 May\n\n19:10 Sumy: shelling\n23:40 Konotop: drone\n02:15 Shostka: KAB\n"
TICKER = (
    "Live | Friday, 2 May 2025\n\n21:00 Sumy: alert\n23:00 Konotop: drone\n01:00 Shostka: KAB\n"
)


def test_a_clock_log_that_wraps_past_midnight_is_published_the_morning_after():
    log = ClockLog(SHIFT, date(2025, 5, 2))
    pub = Publication(date(2025, 5, 2))
    assert log.day(SHIFT.index("19:10"), pub).day == date(2025, 5, 1)
    assert log.day(SHIFT.index("02:15"), pub).day == date(2025, 5, 2)
    assert log.day(0, pub) is None  # (the header is no entry)


def test_a_ticker_opened_on_its_publication_day_runs_into_the_next_one():
    log = ClockLog(TICKER, date(2025, 5, 2))
    pub = Publication(date(2025, 5, 2))
    assert log.day(TICKER.index("21:00"), pub).day == date(2025, 5, 2)
    assert log.day(TICKER.index("01:00"), pub).day == date(2025, 5, 3)


def test_a_clock_log_of_one_day_gives_its_undated_entries_that_day(extractor):
    log = (
        "Flash feed\n\n"
        "12:30 Donetsk: shelling of a district, 2 civilians killed.\n"
        "14:15 Horlivka: a drone attacked a bus, 4 wounded.\n"
        "16:40 Makiivka: a drone hit a shop.\n"
    )
    events = extractor.extract(log, "t", published=date(2024, 10, 15))
    assert {e["event_date"] for e in events} == {"2024-10-15"}


def test_a_revision_line_folds_into_the_entry_it_revises_and_its_figures_win(extractor):
    log = (
        "Tracker\n\n"
        "[2025-06-08 18:10 UTC] Poltava: missiles hit a rail yard, 2 injured.\n"
        "[2025-06-08 19:40 UTC] Lubny: a drone hit a fuel depot.\n"
        "[2025-06-09 06:30 UTC] Poltava, REV: police now say 1 killed, 3 injured.\n"
    )
    poltava = [e for e in extractor.extract(log, "t", date(2025, 6, 9)) if e["place"][:4] == "Polt"]
    assert [(e["event_date"], e["fatalities"], e["injured"]) for e in poltava] == [
        ("2025-06-08", 1, 3)
    ]
