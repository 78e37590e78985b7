"""Markdown tables in a data piece (issue 16, class 2, report formats): each row with a place in
its place column is one event of the kind its heading names, with the day, weapon, figures,
source and check that the columns' headers name; totals and rows without a place are none."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.dates import period_in
from geo.extract.publication import Publication
from geo.extract.tables import find_tables

PUBLISHED = date(2024, 6, 17)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


DIGEST = """Seven days in figures: 10 to 16 June 2024
Tallies desk | Monday 17 June 2024

What the sides announced last week, added up.

### Attacks with the highest tolls

| Date | Location | Means | Dead | Hurt | Figures given by |
|---|---|---|---|---|---|
| Wed 12 Jun | Odesa (port area) | cruise missile | 3 | 9 | the regional governor |
| Fri 14 Jun | Nikopol | artillery | 1 | 2 | the district council |
| **All** | | | **4** | **11** | |

### Drones the ministry in Moscow reports destroyed, by region

Source: the ministry's morning statements.

| Region | Drones destroyed | Compared with the week before |
|---|---|---|
| Rostov region | 45 | +12 |
| Kursk region | 31 | -3 |
| Elsewhere (six regions) | 20 | +1 |

### Villages claimed captured

| Date | Village | Claimed by | Checked by us |
|---|---|---|---|
| Tue 11 Jun | Robotyne | Russian defence ministry | not confirmed |
| Sat 15 Jun | Vovchansk | Russian defence ministry | confirmed by geolocated video |
"""


def _by_place(records):
    return {r["place_mention"]: r for r in records}


def test_the_columns_of_a_table_are_read_by_their_headers():
    tables = find_tables(DIGEST)
    assert [t.kinds for t in tables] == [
        ["day", "place", "weapon", "killed", "injured", "source"],
        ["place", "destroyed", None],
        ["day", "place", "source", "check"],
    ]
    assert tables[1].source == "the ministry's morning statements"
    assert tables[0].heading == "Attacks with the highest tolls"


def test_each_row_of_a_strike_table_is_a_strike_with_its_day_weapon_and_figures(extractor):
    got = _by_place(extractor.extract(DIGEST, "digest", PUBLISHED))
    odesa, nikopol = got["Odesa"], got["Nikopol"]
    assert (odesa["event_type"], odesa["event_date"], odesa["weapon_category"]) == (
        "strike",
        "2024-06-12",
        "cruise missile",
    )
    assert (odesa["fatalities"], odesa["injured"]) == (3, 9)
    assert (nikopol["event_date"], nikopol["weapon_category"]) == ("2024-06-14", "artillery")
    assert (nikopol["fatalities"], nikopol["injured"]) == (1, 2)
    # the figures come from an official of a side: a claim, by whoever the column names
    assert odesa["verification"] == "claimed"
    assert odesa["claimed_by"] == "the regional governor"


def test_a_week_of_interceptions_by_region_is_one_record_per_region_dated_to_the_week(extractor):
    records = extractor.extract(DIGEST, "digest", PUBLISHED)
    downs = {r["place_mention"]: r for r in records if r["event_type"] == "interception"}
    assert set(downs) == {"Rostov", "Kursk"}  # "Elsewhere (six regions)" names no place
    assert downs["Rostov"]["destroyed"] == 45 and downs["Kursk"]["destroyed"] == 31
    assert downs["Rostov"]["time_precision"] == 2
    assert downs["Rostov"]["event_date"] == "2024-06-13"  # the middle of 10 to 16 June
    assert downs["Rostov"]["weapon_category"] == "drone"
    assert downs["Rostov"]["verification"] == "claimed"


def test_a_capture_table_is_fighting_and_its_check_column_verifies(extractor):
    got = _by_place(extractor.extract(DIGEST, "digest", PUBLISHED))
    assert got["Robotyne"]["event_type"] == got["Vovchansk"]["event_type"] == "fighting"
    assert got["Robotyne"]["event_date"] == "2024-06-11"
    assert got["Robotyne"]["verification"] == "unverified"
    assert got["Vovchansk"]["verification"] == "confirmed"


def test_totals_and_tables_without_a_place_column_give_no_record(extractor):
    text = (
        "Nightly tallies, 1 to 7 July\n\n"
        "| Night | Drones launched | Drones downed |\n|---|---|---|\n"
        "| Mon 1 Jul | 40 | 31 |\n| Tue 2 Jul | 25 | 20 |\n| **Total** | **65** | **51** |\n"
    )
    assert extractor.extract(text, "tally", date(2024, 7, 8)) == []


def test_a_title_span_of_days_dates_to_its_week():
    pub = Publication(date(2025, 1, 13))
    when = period_in("Our weekly count (Monday 6 to Sunday 12 January 2025)", pub)
    assert when is not None and (when.day, when.precision) == (date(2025, 1, 9), 2)
    assert period_in("Killed 3, injured 9", pub) is None
    assert period_in("from 1 to 20 January", pub) is None  # longer than a week
