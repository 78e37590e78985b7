"""The History page deletes a stored event, or every event of one report or file, and undoes the
last delete; a wrong id says so and deletes nothing (a new analyst could not take back a wrong
event, newuser16)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import BASE_EVENT, ROOT, history_rows
from geo import store
from geo.events import to_frame
from geo.store import Report
from webui.text import literal

TIMEOUT = 60


def _event(eid: str, place: str) -> dict:
    return {**BASE_EVENT, "event_id": eid, "place": place, "source": "page test"}


def _page() -> AppTest:
    """The History page with its "Delete events" box opened, as a reader opens it."""
    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=TIMEOUT)
    at.session_state["history_delete_open"] = True
    return at.run()


def _ids() -> list[str]:
    return sorted(store.load()["event_id"])


def test_the_history_page_deletes_one_event_and_undoes_it(scratch_store):
    store.save(to_frame([_event("own-1", "Izium"), _event("own-2", "Balakliia")]))
    at = _page()
    assert not at.exception
    at.text_input(key="delete_event_id").input("own-9").run()
    assert [e.value for e in at.error] == [
        literal("The store holds no event 'own-9': nothing to delete.")
    ]
    assert at.button(key="delete_go").disabled
    at.text_input(key="delete_event_id").input("own-2").run()
    assert not at.error and any("Balakliia" in c.value for c in at.caption)
    at.button(key="delete_go").click().run()
    assert _ids() == ["own-1"]
    assert "Deleted 1 event" in at.success[0].value
    assert history_rows(at)[0]["Fields"] == "deleted: strike at Balakliia"
    at.button(key="delete_undo").click().run()
    assert _ids() == ["own-1", "own-2"]
    assert "Put back 1 event" in at.success[0].value
    assert not [b for b in at.button if b.key == "delete_undo"]  # nothing left to undo


def test_the_history_page_deletes_every_event_of_one_file(scratch_store):
    store.save(to_frame([_event("own-1", "Izium")]), report=Report("paste", "one event"))
    store.save(
        to_frame([_event("csv-1", "Kupiansk"), _event("csv-2", "Chuhuiv")]),
        report=Report("my.csv", "import of my.csv (csv)"),
    )
    at = _page()
    at.radio(key="delete_how").set_value("Every event of one report or file").run()
    box = at.selectbox(key="delete_report")
    assert box.options == ["my.csv (2 events)", "paste (1 event)"]  # newest first
    assert at.button(key="delete_go").label == "Delete 2 events"
    at.button(key="delete_go").click().run()
    assert _ids() == ["own-1"]


def test_an_event_with_no_source_and_the_box_after_an_undo(scratch_store):
    """newuser19: an imported event with no source was described "(nan)", and after an undo the id
    box still held the id put back, with a live red "Delete 1 event" under it."""
    store.save(to_frame([{**_event("own-1", "Izium"), "source": None}, _event("own-2", "Lyman")]))
    at = _page()
    at.text_input(key="delete_event_id").input("own-1").run()
    (line,) = [c.value for c in at.caption if "Izium" in c.value]
    assert "nan" not in line and "None" not in line and not line.endswith(")")
    at.button(key="delete_go").click().run()
    at.button(key="delete_undo").click().run()
    assert _ids() == ["own-1", "own-2"]
    assert at.text_input(key="delete_event_id").value == ""
    assert at.button(key="delete_go").disabled and at.button(key="delete_go").label == "Delete"
