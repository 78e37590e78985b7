"""Stores edited outside Sitrep Map: values the schema refuses are set aside on reading, named,
never drawn as something else, and never lost."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from conftest import BASE_EVENT, run_cli
from geo import store
from geo.events import to_frame
from geo.store import checks, gpkg

# What QGIS's attribute table or sqlite3 can leave in a GeoPackage: SQLite keeps any value in any
# column, and GDAL reads text or a fraction in an integer column as a number.
BROKEN_IN_SQLITE = {
    "t-0": ("time_precision", "'three'", "not a whole number"),
    "t-1": ("fatalities", "2.5", "not a whole number"),
    "t-2": ("fatalities", "-1", "'fatalities' is out of 0"),
    "t-3": ("event_type", "'airstrike'", "'event_type' is not one of"),
    "t-4": ("geo_precision", "7", "'geo_precision' is not one of"),
    "t-5": ("event_date", "'last Tuesday'", "'event_date' is not a date"),
    "t-6": ("injured", "'many'", "not a whole number"),
}


def _events(n: int):
    return to_frame(
        [
            {**BASE_EVENT, "event_id": f"t-{i}", "place": f"Place {i}", "lat": 48 + i / 10}
            for i in range(n)
        ]
    )


def _break_gpkg(path) -> None:
    con = gpkg.connect(path)  # with the functions GDAL's index triggers call
    for event_id, (column, value, _) in BROKEN_IN_SQLITE.items():
        con.execute(f"UPDATE events SET {column} = {value} WHERE event_id = ?", (event_id,))
    con.commit()
    con.close()


def test_broken_values_are_set_aside_and_named(scratch_store):
    store.save(_events(9))
    _break_gpkg(scratch_store)
    frame = store.load()
    assert sorted(frame["event_id"]) == ["t-7", "t-8"]
    named = dict(line.split(": ", 1) for line in frame.attrs[checks.ATTR])
    assert set(named) == set(BROKEN_IN_SQLITE)
    for event_id, (_, _, reason) in BROKEN_IN_SQLITE.items():
        assert reason in named[event_id], (event_id, named[event_id])
    notice = checks.summary(frame)
    assert notice.startswith("7 stored events not shown") and "and 4 more" in notice


def test_set_aside_events_are_kept_through_later_saves(scratch_store):
    store.save(_events(9))
    _break_gpkg(scratch_store)
    store.save(_events(12)[9:])  # three new events
    con = sqlite3.connect(scratch_store)
    kept = dict(con.execute("SELECT event_id, quote(time_precision) FROM events"))
    con.close()
    assert len(kept) == 12 and kept["t-0"] == "'three'"
    assert sorted(store.load()["event_id"]) == ["t-10", "t-11", "t-7", "t-8", "t-9"]
    store.save(_events(1))  # saving the event again is the repair
    assert "t-0" in set(store.load()["event_id"])


def test_command_line_says_what_it_left_out(scratch_store):
    store.save(_events(9))
    _break_gpkg(scratch_store)
    done = run_cli("export", "-o", "-")
    assert done.returncode == 0
    assert "warning: 7 stored events not shown" in done.stderr
    assert "t-0: 'time_precision' holds 'three'" in done.stderr
    assert '"t-0"' not in done.stdout and '"t-7"' in done.stdout


def test_reference_events_and_clean_stores_carry_an_empty_list(scratch_store):
    store.save(_events(3))
    assert store.load().attrs[checks.ATTR] == []
    assert checks.summary(store.load()) is None


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [("fatalities", -4, "'fatalities' is out of 0"), ("geo_precision", 9, "'geo_precision'")],
)
def test_postgis_values_out_of_range_are_set_aside(postgis_server, column, value, reason):
    from conftest import new_database

    url = new_database(postgis_server)
    store.save(_events(3), path=url)
    with psycopg.connect(url) as con:
        con.execute(f"UPDATE events SET {column} = %s WHERE event_id = 't-1'", (value,))
    frame = store.load(url)
    assert sorted(frame["event_id"]) == ["t-0", "t-2"]
    assert frame.attrs[checks.ATTR][0].startswith("t-1: " + reason)


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_stored_day_outside_the_event_years_is_set_aside(scratch_store, day):
    """A day the import refuses ("31 December 9999"), written into the store by hand, is set
    aside on reading like any other broken value: the time chart's bins past 9999-12-24 fell
    off Python's calendar and stopped the Map page."""
    store.save(_events(2))
    con = gpkg.connect(scratch_store)
    con.execute("UPDATE events SET event_date = ? WHERE event_id = 't-1'", (day,))
    con.commit()
    con.close()
    frame = store.load()
    assert list(frame["event_id"]) == ["t-0"]
    assert frame.attrs[checks.ATTR][0].startswith("t-1: 'event_date' is not a date")
