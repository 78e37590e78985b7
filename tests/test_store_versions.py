"""Versions and concurrent analysts: an edit made on an older version is refused, never a silent
overwrite; stores of the earlier schema keep working and are migrated on their first save."""

from __future__ import annotations

import sqlite3

import pyogrio
import pytest

from conftest import BASE_EVENT
from geo import store
from geo.events import to_frame


def _event(i: int, **fields) -> dict:
    return {
        **BASE_EVENT,
        "event_id": f"v-{i:03d}",
        "event_date": "2025-02-01",
        "place": f"Town {i}",
        "lat": 49.0,
        "lon": 30.0 + i / 100,
        "source": "versions test",
        **fields,
    }


def test_each_saved_change_raises_the_version(any_store):
    store.save(to_frame([_event(1), _event(2)]))
    assert store.versions(["v-001", "v-002", "v-404"]) == {"v-001": 1, "v-002": 1}
    store.save(to_frame([_event(1, fatalities=3), _event(2)]))
    store.save(to_frame([_event(1, fatalities=3), _event(2)]))  # unchanged: no new version
    assert store.versions(["v-001", "v-002"]) == {"v-001": 2, "v-002": 1}


def test_an_edit_on_an_older_version_is_refused(any_store, monkeypatch):
    store.save(to_frame([_event(1, fatalities=2)]), user="setup")
    alice_opened = store.versions(["v-001"])
    bob_opened = store.versions(["v-001"])
    monkeypatch.setenv("SITREP_USER", "bob")
    store.save(to_frame([_event(1, fatalities=30)]), base=bob_opened)
    logged = len(store.history())
    with pytest.raises(store.ConflictError) as info:
        store.save(to_frame([_event(1, fatalities=40)]), user="alice", base=alice_opened)
    message = str(info.value)
    assert "edited by bob at " in message and "since you opened it" in message
    assert "killed: theirs 30, yours 40" in message
    assert store.load()["fatalities"].tolist() == [30]  # nothing written
    assert len(store.history()) == logged and store.versions(["v-001"]) == {"v-001": 2}
    # reopened, the same edit goes through
    store.save(to_frame([_event(1, fatalities=40)]), user="alice", base=store.versions(["v-001"]))
    assert store.versions(["v-001"]) == {"v-001": 3}


def test_saving_what_is_already_stored_is_no_conflict(any_store):
    store.save(to_frame([_event(1, injured=4)]))
    stale = {"v-001": 0}
    result = store.save(to_frame([_event(1, injured=4)]), base=stale)
    assert (result.added, result.updated, result.unchanged) == (0, 0, 1)


def test_an_event_someone_else_saved_first_is_a_conflict(any_store):
    opened = store.versions(["v-001"])  # not stored yet when the analyst opened the report
    store.save(to_frame([_event(1, place="Their town")]), user="carol")
    with pytest.raises(store.ConflictError, match="edited by carol"):
        store.save(to_frame([_event(1, place="My town")]), user="dan", base=opened)


def _old_schema_store(path) -> None:
    """A store as the first schema wrote it: no versions, reports keyed by their file name."""
    frame = to_frame([_event(1), _event(2)])
    pyogrio.write_dataframe(frame, path, layer="events", driver="GPKG")
    con = sqlite3.connect(path)
    con.executescript(
        """
        CREATE TABLE history (
            id INTEGER PRIMARY KEY AUTOINCREMENT, changed_at TEXT NOT NULL, user TEXT NOT NULL,
            action TEXT NOT NULL, event_id TEXT NOT NULL, source TEXT, changes TEXT NOT NULL);
        CREATE TABLE reports (
            source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, published TEXT, saved_at TEXT NOT NULL,
            text TEXT NOT NULL);
        INSERT INTO history VALUES (1, '2024-12-01T10:00:00+00:00', 'old', 'insert', 'v-001',
                                    'versions test', '{}');
        INSERT INTO reports VALUES ('old.txt', 'abc', NULL, '2024-12-01T10:00:00+00:00', 'old');
        """
    )
    con.commit()
    con.close()


def test_a_store_of_the_first_schema_is_read_as_is_and_migrated_on_save(scratch_store):
    _old_schema_store(scratch_store)
    before = scratch_store.read_bytes()
    assert sorted(store.load()["event_id"]) == ["v-001", "v-002"]
    assert store.versions(["v-001"]) == {"v-001": 1}
    assert list(store.saved_reports()["source"]) == ["old.txt"]
    assert scratch_store.read_bytes() == before  # reading never writes
    store.save(to_frame([_event(1, notes="checked")]), report=store.Report("old.txt", "new"))
    con = sqlite3.connect(scratch_store)
    assert con.execute("SELECT version FROM sitrep_schema").fetchall() == [(2,)]
    reports = con.execute("SELECT source, text FROM reports ORDER BY saved_at").fetchall()
    con.close()
    assert reports == [("old.txt", "old"), ("old.txt", "new")]
    assert store.versions(["v-001", "v-002"]) == {"v-001": 2, "v-002": 1}
    assert list(store.history()["user"])[0] == "old"
