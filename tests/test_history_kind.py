"""The History page names each event's kind beside its place and date: an analysis told
"Russia launched Iskander ballistic missiles and Kh-101 cruise missiles at the thermal power
plant in Kharkiv", stored as two records, and the History listed two lines "Kharkiv,
2026-11-24 | new event (20 fields)" with two ids; the analyst who wanted to delete the Kh-101
record (the History's ids are where the Delete box takes them from) could not tell which it was
(newuser34)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT, history_rows
from geo import changes, store
from geo.events import to_frame

TIMEOUT = 60

BASE = {
    "event_date": "2026-11-24",
    "time_precision": 1,
    "event_type": "strike",
    "place": "Kharkiv",
    "country": "UA",
    "geo_precision": 1,
    "verification": "unverified",
    "lat": 49.98,
    "lon": 36.25,
}


def _two_records_and_an_edit() -> None:
    iskander = {
        **BASE,
        "event_id": "sm-isk",
        "weapon": "Iskander",
        "weapon_category": "ballistic missile",
        "fatalities": 2,
    }
    kh101 = {**BASE, "event_id": "sm-kh", "weapon": "Kh-101", "weapon_category": "cruise missile"}
    drone = {**BASE, "event_id": "sm-dr", "weapon_category": "drone", "event_type": "interception"}
    store.save(to_frame([iskander, kh101, drone]), user="anna")
    store.save(to_frame([{**kh101, "fatalities": 1}]), user="bob")  # an edit names no weapon


def test_each_line_names_the_events_kind(scratch_store):
    _two_records_and_an_edit()
    lines = changes.readable(store.history()).set_index("event_id")
    assert lines.loc["sm-isk", "kind"] == "strike · Iskander"
    assert lines.loc["sm-dr", "kind"] == "interception · (drone)"  # a category: no system named
    kinds = lines.loc["sm-kh", "kind"].tolist()  # the insert and bob's edit of it
    assert kinds == ["strike · Kh-101", "strike · Kh-101"], kinds
    assert set(lines["event"]) == {"Kharkiv, 2026-11-24"}  # the place and date alone: all alike


def test_the_history_page_shows_the_kind_column(scratch_store):
    _two_records_and_an_edit()
    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    rows = {(r["Event id"], r["What"]): r for r in history_rows(at)}
    assert rows[("sm-kh", "update")]["Kind"] == "strike · Kh-101"
    assert rows[("sm-kh", "update")]["Fields"] == "killed: 1 (was empty)"
    assert rows[("sm-isk", "insert")]["Kind"] == "strike · Iskander"
    assert list(history_rows(at)[0])[:3] == ["Event (place, date)", "Kind", "Fields"]
