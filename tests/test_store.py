"""The GeoPackage store: save, dedupe, corrections with history, atomic writes, foreign files."""

from __future__ import annotations

import sqlite3

import pytest

from geo import store
from geo.events import load_reference


@pytest.fixture(scope="module")
def events(gazetteer):
    return load_reference(gazetteer)


def test_save_load_round_trip(events, scratch_store):
    result = store.save(events, report=store.Report("r.txt", "text", "2024-11-26"), user="tester")
    assert (result.added, result.updated, result.total) == (12, 0, 12)
    back = store.load()
    assert sorted(back["event_id"]) == sorted(events["event_id"])
    row = back[back["place"] == "Kharkiv"].iloc[0]
    assert row["injured"] == 25 and row["weapon"] == "S-400"
    assert back.crs.to_epsg() == 4326


def test_saving_twice_does_not_duplicate(events, scratch_store):
    store.save(events)
    again = store.save(events)
    assert (again.added, again.unchanged, again.total) == (0, 12, 12)


def test_corrections_are_kept_in_history(events, scratch_store):
    store.save(events, user="first")
    fixed = events.copy()
    fixed.loc[fixed["place"] == "Kharkiv", "injured"] = 26
    result = store.save(fixed, user="analyst")
    assert result.updated == 1
    log = store.history()
    update = log[log["action"] == "update"].iloc[0]
    assert update["user"] == "analyst" and '"injured": [25, 26]' in update["changes"]
    assert (log["action"] == "insert").sum() == 12


def test_reports_are_stored_once(events, scratch_store):
    store.save(events, report=store.Report("r.txt", "body", "2024-11-26"))
    store.save(events, report=store.Report("r.txt", "body", "2024-11-26"))
    assert list(store.saved_reports()["source"]) == ["r.txt"]


def test_foreign_files_are_refused_and_left_alone(tmp_path, events):
    text_file = tmp_path / "notes.gpkg"
    text_file.write_text("my notes", encoding="utf-8")
    other_db = tmp_path / "other.gpkg"
    con = sqlite3.connect(other_db)
    con.execute("CREATE TABLE t (x)")
    con.close()
    for path, message in [(text_file, "not a GeoPackage"), (other_db, "no gpkg_contents")]:
        before = path.read_bytes()
        with pytest.raises(store.StoreError, match=message):
            store.save(events, path)
        assert path.read_bytes() == before


def test_a_failed_write_leaves_the_previous_store(events, scratch_store, monkeypatch):
    store.save(events)
    before = scratch_store.read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(store, "_write_tables", boom)
    with pytest.raises(OSError):
        store.save(events.assign(injured=1))
    assert scratch_store.read_bytes() == before
    assert not list(scratch_store.parent.glob(".*.tmp.gpkg"))


def test_load_all_lets_stored_corrections_win(gazetteer, events, scratch_store):
    fixed = events.copy()
    fixed.loc[fixed["place"] == "Odesa", "injured"] = 12
    store.save(fixed)
    combined = store.load_all(gazetteer)
    assert len(combined) == 12
    assert combined[combined["place"] == "Odesa"]["injured"].iloc[0] == 12
