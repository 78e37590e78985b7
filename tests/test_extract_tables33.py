"""Tables of other shapes and what their rows say (tables33): columns aligned by blanks, a grid
drawn with "+---+" borders, a bar table whose header explains a column at length; weapons a
header counts ("Oblast | UAV | Kh-101"), two weapons in one cell, a "Type" column, a status
column's "pending" or "claimed by ...", a day column's "12.08", a note under the table doubting
its figures, totals lines. The texts are invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.table_rows import status_of
from geo.extract.tables import find_tables, row_starts


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


def _by(records, key=lambda r: (r["place_mention"], r["weapon_category"])):
    return {key(r): r for r in records}


ALIGNED = """Morning report of an air defence command, 9 March 2025

Overnight the enemy sent drones and cruise missiles at the country.

By region (destroyed)
Region          Drones   Kh-101
Poltava             14        3
Vinnytsia            8        -
Cherkasy             0        -
Total               22        3

Damage was recorded in two towns.
"""


def test_aligned_columns_counting_weapons_give_a_downing_per_weapon_with_a_figure(extractor):
    got = extractor.extract(ALIGNED, "a.txt", published=date(2025, 3, 9))
    downed = {
        (r["place_mention"], r["weapon_category"]): r["destroyed"]
        for r in got
        if r["event_type"] == "interception"
    }
    assert downed == {
        ("Poltava", "drone"): 14,
        ("Poltava", "cruise missile"): 3,
        ("Vinnytsia", "drone"): 8,
    }  # "-" and 0 are no downing; the Total line is no region
    assert all(r["geo_precision"] == 3 for r in got if r["event_type"] == "interception")


GRID = """Strike log, July 2025

+------------+-------------+--------------+----------------------------+
| Date       | Town        | Weapon       | Status                     |
+------------+-------------+--------------+----------------------------+
| 2025-07-03 | Syzran      | drones       | confirmed (imagery)        |
| 2025-07-11 | Kstovo      | drones       | claimed by RU MoD          |
| 2025-07-19 | Saratov     | drones       | pending                    |
+------------+-------------+--------------+----------------------------+
| Total      | 3           |              |                            |
+------------+-------------+--------------+----------------------------+
"""


def test_a_grid_with_borders_is_read_row_by_row_with_each_rows_status(extractor):
    (table,) = find_tables(GRID)
    assert table.kinds == ["day", "place", "weapon", "check"]
    assert len(table.rows) == 4  # the borders are skipped, the total kept for the reader to drop
    got = _by(extractor.extract(GRID, "g.txt", published=date(2025, 8, 1)), lambda r: r["place"])
    assert set(got) == {"Syzran", "Kstovo", "Saratov"}
    assert got["Syzran"]["verification"] == "confirmed"
    assert got["Syzran"]["event_date"] == "2025-07-03"
    assert got["Kstovo"]["verification"] == "claimed"
    assert got["Kstovo"]["claimed_by"] == "Russian Ministry of Defence"
    assert got["Saratov"]["verification"] == "unverified"


def test_a_status_names_its_claimant_and_marks_unchecked_rows():
    assert status_of("claimed by UA GS", "") == (
        False,
        "General Staff of the Armed Forces of Ukraine",
    )
    assert status_of("reported by the regional police", "") == (False, "regional police")
    assert status_of("pending", "") == (True, None)
    assert status_of("", "| Lviv | two hurt (unconf.) |") == (True, None)
    assert status_of("confirmed", "") == (False, None)


LOG = """DAILY LOG, Tuesday 14 October 2025
Times are local.

| Time | Location | Type | Details | Source |
|---|---|---|---|---|
| 02:10 | Dnipro | Missile/drone strike | cruise missiles and drones on an industrial area; 3 injured | city administration |
| 03:40 | Chernihiv region | Interception | 9 drones destroyed | regional administration |
| 12:00 | Geneva | Meeting | envoys discussed a prisoner exchange | agencies |
"""


def test_a_type_column_sets_each_rows_type_and_one_cell_may_name_two_weapons(extractor):
    got = extractor.extract(LOG, "log.txt", published=date(2025, 10, 14))
    kinds = sorted((r["event_type"], r["weapon_category"] or "") for r in got)
    assert kinds == [
        ("interception", "drone"),
        ("meeting", ""),
        ("strike", "cruise missile"),
        ("strike", "drone"),
    ]
    strikes = _by([r for r in got if r["event_type"] == "strike"], lambda r: r["weapon_category"])
    assert strikes["cruise missile"]["injured"] == 3  # the figures on the first-named weapon
    assert strikes["drone"]["injured"] is None


BULLETINS = """Week of ministry bulletins, compiled by a monitoring desk (published 11 August 2024)

The ministry reported these interceptions over its regions.

  Date    Region            UAVs   Other
  04.08   Bryansk region       6   —
  09.08   Bryansk region       2   1 Tochka-U

We give the figures as the ministry did; none has been checked independently.
"""


def test_a_day_column_in_figures_dates_each_row_and_a_doubting_note_hedges_them(extractor):
    got = extractor.extract(BULLETINS, "b.txt", published=date(2024, 8, 11))
    rows = sorted((r["event_date"], r["weapon_category"], r["destroyed"]) for r in got)
    assert rows == [
        ("2024-08-04", "drone", 6),
        ("2024-08-09", "ballistic missile", 1),
        ("2024-08-09", "drone", 2),
    ]
    assert {r["verification"] for r in got} == {"unverified"}
    assert {r["event_type"] for r in got} == {"interception"}


POLICE = """Regional police: summary of the day, 3 June 2025

Over the past day the enemy shelled settlements of four districts.

District — settlements hit — killed / injured
Kupiansk district — 7 — 1 / 3
Izium district — 2 — n/a / 1
In total — 9 — 1 / 4
"""


def test_dash_lines_are_rows_not_titles_and_an_unknown_figure_stays_unknown(extractor):
    (table,) = find_tables(POLICE)
    assert len(row_starts([table])) == 3
    got = extractor.extract(POLICE, "p.txt", published=date(2025, 6, 3))
    figures = {r["place_mention"]: (r["fatalities"], r["injured"]) for r in got}
    assert figures == {"Kupiansk": (1, 3), "Izium": (None, 1)}  # "In total" is no event
    assert {r["claimed_by"] for r in got} == {"Regional police"}


TWO_BLANKS = """Hits of the night, 5 May 2025

  Place            Means          Killed   Injured
  Kryvyi Rih       Iskander-M          2        11
  Bila Tserkva     Shahed              0         1
"""


def test_a_place_name_ends_where_a_column_gap_begins(extractor):
    got = _by(extractor.extract(TWO_BLANKS, "h.txt", published=date(2025, 5, 5)))
    assert got[("Kryvyi Rih", "ballistic missile")]["fatalities"] == 2
    assert got[("Bila Tserkva", "drone")]["injured"] == 1


PROSE_AGAIN = """Harm log of the week, issued 17 February 2025

| Date | Settlement | Weapon | Killed | Injured |
|---|---|---|---|---|
| 10 Feb | Kupiansk | glide bomb | 2 | 5 |
| 13 Feb | Poltava | ballistic missile | 1 | 12 |

The strike on Poltava was the worst of the week: the missile wrecked a block of flats.
"""


def test_a_row_told_again_in_prose_is_one_record(extractor):
    got = extractor.extract(PROSE_AGAIN, "w.txt", published=date(2025, 2, 17))
    assert sorted(r["place_mention"] for r in got) == ["Kupiansk", "Poltava"]
    poltava = next(r for r in got if r["place_mention"] == "Poltava")
    assert (poltava["event_date"], poltava["fatalities"], poltava["injured"]) == (
        "2025-02-13",
        1,
        12,
    )


CUMULATIVE = """Casualties since February 2022, by oblast

  Oblast        Killed   Injured
  Donetsk        4,100     8,000
  Kharkiv        1,900     4,800
"""


def test_a_table_of_running_totals_gives_no_event(extractor):
    assert extractor.extract(CUMULATIVE, "c.txt", published=date(2024, 7, 10)) == []


def test_a_source_cell_gives_its_claimant_without_its_status():
    from geo.extract.table_rows import source_of

    assert source_of("claimed by RU MoD") == (False, "Russian Ministry of Defence")
    assert source_of("pending") == (True, None)  # a status, nobody's word
    assert source_of("police (unconfirmed)") == (True, "police")
    assert source_of("regional police") == (False, "regional police")
