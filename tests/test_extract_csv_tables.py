"""A spreadsheet exported as comma-separated lines (issue recall24A, report forms): a header line
of column names cut by bare commas ("day,town,region,what,weapon,dead,hurt"), then one row a
line; a quoted cell may hold commas of its own. Each row with a place in its place column is one
event, as a markdown table's is. A prose list ("Kyiv, Sumy, Poltava") is no header: its commas
are followed by spaces."""

from __future__ import annotations

from datetime import date

import pytest

from geo.extract import Extractor
from geo.extract.tables import find_tables

PUBLISHED = date(2025, 3, 10)


@pytest.fixture(scope="module")
def extractor(geocoder):
    return Extractor(geocoder)


SHEET = """# Shared log of a relief group, week of 3-9 March 2025
# Rows checked against two sources at least.
day,hour,town,region,what happened,weapon,dead,hurt,source,state
2025-03-04,06:10,Nikopol,Dnipropetrovsk,shelling of a market,artillery,1,3,district council,checked
2025-03-05,,Kupiansk,Kharkiv,"bomb on a school, roof gone",glide bomb,0,2,regional police,checked
2025-03-06,22:40,Ochakiv,Mykolaiv,drone on the port,drone,,,city council,not confirmed
# end of log
"""


def test_comma_separated_rows_are_a_table():
    tables = find_tables(SHEET)
    assert len(tables) == 1
    assert len(tables[0].rows) == 3  # (the quoted cell's comma cuts no cell)


def test_each_row_is_an_event_with_its_weapon_and_figures(extractor):
    got = {
        (r["place_mention"], r["event_type"], r["weapon_category"], r["fatalities"], r["injured"])
        for r in extractor.extract(SHEET, "t", PUBLISHED)
    }
    assert ("Nikopol", "strike", "artillery", 1, 3) in got
    assert ("Kupiansk", "strike", "glide bomb", 0, 2) in got
    assert any(p == "Ochakiv" and c == "drone" for p, _, c, _, _ in got)


def test_a_prose_list_with_spaced_commas_is_no_header():
    text = "Kyiv region, Sumy region, Poltava region\nNikopol, Marhanets, Pokrovsk\n"
    assert find_tables(text) == []


def test_a_long_line_of_commas_reads_fast():
    text = "day,town,weapon\n" + "," * 20000 + "\n"
    find_tables(text)  # (linear: no regex tried at every comma over the rest of the line)
