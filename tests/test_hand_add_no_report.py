"""An incident added by hand without a report (newuser40).

A researcher codes an incident she saw on a verified video: there is no text to paste. The
Ingest page's "Add an event the extractor missed" form came only with a report's review, and
"Extract events" with nothing pasted said "nothing to read: paste a report or choose a file
first". The button "Add an incident without a report" now opens the form on an empty review;
the incident is saved as a report's events are, under the source typed or "added by hand, no
report, <day>", and can be exported and deleted by that source like any report's.
"""

from __future__ import annotations

from datetime import date

from streamlit.testing.v1 import AppTest

from conftest import ROOT
from geo import store
from geo.hand_events import HAND_PREFIX, no_report_source

TIMEOUT = 120
BUTTON = "Add an incident without a report"


def _page() -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception
    return at


def _add(at: AppTest, place: str, day: date) -> None:
    n = at.session_state.ingest_added_count
    at.text_input(key=f"add_place_{n}").input(place)
    at.date_input(key=f"add_day_{n}").set_value(day)
    at.text_input(key=f"add_weapon_{n}").input("Shahed")
    at.button(key=f"FormSubmitter:ingest_add_{n}-Add the event").click().run()
    assert not at.error and not at.exception, [e.value for e in at.error]


def test_an_incident_is_typed_and_saved_with_no_report(scratch_store):
    at = _page()
    [button] = [b for b in at.button if b.label == BUTTON]
    button.click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert at.session_state.ingest_records == []
    assert [e.label for e in at.expander][-1] == "Add an incident by hand"
    _add(at, "Kremenchuk", date(2025, 2, 5))
    [added] = at.session_state.ingest_records
    assert added["place"] == "Kremenchuk" and added["weapon"] == "Shahed"
    [save] = [b for b in at.button if b.label == "Save to the store"]
    save.click().run()
    assert not at.error, [e.value for e in at.error]
    assert any("Saved 1 new event" in s.value for s in at.success), [s.value for s in at.success]
    saved = store.load(scratch_store)
    row = saved[saved["event_id"].str.startswith(HAND_PREFIX)].iloc[0]
    assert row["source"] == no_report_source(date.today())
    assert str(row["event_date"])[:10] == "2025-02-05" and row["place"] == "Kremenchuk"


def test_the_source_typed_names_the_incidents_and_a_second_one_keeps_the_first(scratch_store):
    at = _page()
    at.text_input(key="ingest_source_name").input("video-geolocated-0205")
    [button] = [b for b in at.button if b.label == BUTTON]
    button.click().run()
    _add(at, "Kremenchuk", date(2025, 2, 5))
    [save] = [b for b in at.button if b.label == "Save to the store"]
    save.click().run()
    # the same source again: the incident saved before is listed, a new one joins it
    again = _page()
    again.text_input(key="ingest_source_name").input("video-geolocated-0205")
    [button] = [b for b in again.button if b.label == BUTTON]
    button.click().run()
    assert [r["place"] for r in again.session_state.ingest_records] == ["Kremenchuk"]
    _add(again, "Poltava", date(2025, 2, 6))
    [save] = [b for b in again.button if b.label == "Save to the store"]
    save.click().run()
    assert not again.error, [e.value for e in again.error]
    saved = store.load(scratch_store)
    mine = saved[saved["source"] == "video-geolocated-0205"]
    assert sorted(mine["place"]) == ["Kremenchuk", "Poltava"]
