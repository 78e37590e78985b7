"""Markdown tables in a data piece (issue 16, class 2, report formats): each row with a place in
its place column is one event of the kind its heading names, with the day, weapon, figures,
source and check that the columns' headers name; totals and rows without a place are none."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.publication import Publication
from geo.extract.tables import find_tables
from geo.extract.title_days import period_in

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


# Tables written as plain text lines (issue 16, heldout10 class "a list layout read with one
# separator"): a header line whose cells name columns, then rows cut by the same separator, be it a
# spaced dash, an en dash, a semicolon, a tab or bars without a rule row.

DASH_DIGEST = """Kharkiv province, March: what hit the towns
Regional desk, 2 April 2025

Our count draws on the governor's daily posts.

Day - Town - Weapon - Dead/Hurt
4 Mar - Kupiansk - glide bomb on the hospital yard - 1/5
9 Mar - Izium - Iskander missile on a warehouse - 0/2
21 Mar - Balakliia - artillery on a school - 2/0

More next month.
"""

SEMICOLON_NOTE = """Assessment annex, 14 May 2025

Date; Settlement; Means; Killed; Injured
11 May; Nikopol; artillery; 1; 3
12 May; Marhanets; FPV drone; 0; 1
"""

TAB_POST = (
    "Governor's summary for the week, 20 January 2025\n\n"
    "When\tLocality\tWeapon\tKilled and injured\n"
    "15 Jan\tShostka\tShahed drone\t2/7\n"
    "17 Jan\tOkhtyrka\tguided bomb\t0/4\n"
)

BARS_NO_RULE = """Live updates, 9 June 2025

| Date | City | Weapon | Killed | Wounded |
| 8 Jun | Kherson | drone | 1 | 2 |
| 8 Jun | Beryslav | artillery | 0 | 3 |
"""


def test_a_text_line_table_is_read_with_whatever_separator_it_uses():
    assert find_tables(DASH_DIGEST)[0].kinds == ["day", "place", "weapon", "toll"]
    assert find_tables(SEMICOLON_NOTE)[0].kinds == ["day", "place", "weapon", "killed", "injured"]
    assert find_tables(TAB_POST)[0].kinds == ["day", "place", "weapon", "toll"]
    assert find_tables(BARS_NO_RULE)[0].kinds == ["day", "place", "weapon", "killed", "injured"]
    assert [len(t.rows) for t in map(lambda x: find_tables(x)[0], (DASH_DIGEST, TAB_POST))] == [
        3,
        2,
    ]


def test_each_line_of_a_dashed_table_is_a_strike_with_day_weapon_and_both_figures(extractor):
    got = _by_place(extractor.extract(DASH_DIGEST, "digest", date(2025, 4, 2)))
    assert set(got) >= {"Kupiansk", "Izium", "Balakliia"}
    izium = got["Izium"]
    assert (izium["event_type"], izium["event_date"], izium["weapon_category"]) == (
        "strike",
        "2025-03-09",
        "ballistic missile",
    )
    assert (izium["fatalities"], izium["injured"]) == (0, 2)  # "0/2": the zero is given
    assert (got["Balakliia"]["fatalities"], got["Balakliia"]["injured"]) == (2, 0)
    assert got["Kupiansk"]["weapon_category"] == "glide bomb"


def test_semicolon_tab_and_ruleless_bar_tables_give_one_record_per_line(extractor):
    notes = _by_place(extractor.extract(SEMICOLON_NOTE, "annex", date(2025, 5, 14)))
    assert (notes["Nikopol"]["event_date"], notes["Nikopol"]["fatalities"]) == ("2025-05-11", 1)
    assert notes["Marhanets"]["injured"] == 1
    post = _by_place(extractor.extract(TAB_POST, "post", date(2025, 1, 20)))
    assert (post["Shostka"]["fatalities"], post["Shostka"]["injured"]) == (2, 7)
    assert post["Okhtyrka"]["event_date"] == "2025-01-17"
    blog = _by_place(extractor.extract(BARS_NO_RULE, "blog", date(2025, 6, 9)))
    assert (blog["Beryslav"]["weapon_category"], blog["Beryslav"]["injured"]) == ("artillery", 3)


def test_prose_lines_with_dashes_are_not_a_table():
    text = (
        "Kyiv - the capital - was quiet overnight, officials said.\n"
        "Lviv - far to the west - heard sirens twice.\n"
    )
    assert find_tables(text) == []
    assert find_tables("Place - Notes\nOdesa - port hit\n") == []  # one kind of column only


@pytest.mark.parametrize(
    ("intro", "who"),
    [
        (
            "The list below is built from the daily reports of the regional police.",
            "regional police",
        ),
        ("Figures here are taken from the governor's Telegram posts.", "governor"),
        ("Our table draws on the morning statements of the defence ministry.", "defence ministry"),
        (
            "This count is compiled from the city council's updates; we checked none.",
            "city council",
        ),
    ],
)
def test_a_line_above_a_table_saying_where_its_figures_come_from_makes_them_a_claim(
    extractor, intro, who
):
    text = (
        "Sumy province, May 2025\n\n"
        f"{intro}\n\n"
        "Date - Town - Weapon - Killed/Injured\n"
        "6 May - Shostka - guided bomb - 1/2\n"
        "9 May - Okhtyrka - drone - 0/1\n"
    )
    assert find_tables(text)[0].source is not None and who in find_tables(text)[0].source
    got = _by_place(extractor.extract(text, "digest", date(2025, 6, 1)))
    assert got["Shostka"]["verification"] == got["Okhtyrka"]["verification"] == "claimed"
    assert who in got["Shostka"]["claimed_by"]


def test_a_table_separator_is_found_in_linear_time_in_a_line_of_spaces():
    """A line of 8,000 '<b>' tags, blanked to 24,000 spaces: a separator pattern opening with
    spaces ('\\s*;') read the rest of the run from each of its spaces (7 s; 100 kB 66 s). The
    separators now begin only where a run of spaces begins, or at their mark: the same matches
    as before."""
    import random
    import re

    from geo.extract.table_cells import SEPARATORS

    written = [r"\s*\|\s*", r"\s+[-\u2013\u2014]\s+", r"\s*;\s*", r"\t+\s*"]
    rng = random.Random(5)
    for _ in range(3000):
        line = "".join(rng.choice(" \t|;-\u2013ab") for _ in range(rng.randrange(25)))
        for plain, sep in zip(written, SEPARATORS[:4], strict=True):
            expected = [m.span() for m in re.finditer(plain, line)]
            assert [m.span() for m in sep.finditer(line)] == expected, (line, plain)
    for sep in SEPARATORS:
        assert list(sep.finditer(" " * 200_000 + "x")) == []
