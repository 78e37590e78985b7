"""The thirty-third session's attack (attack32) on the entry points: what it found, each a test
written before its fix."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import BASE_EVENT, ROOT
from geo import store
from geo.events import to_frame
from geo.store import Report

TIMEOUT = 60
RLO = "\u202e"  # RIGHT-TO-LEFT OVERRIDE, never closed
CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def _steered(texts) -> list[str]:
    return [t for t in texts if any(c in t for c in CONTROLS)]


def test_the_filters_weapon_box_shows_no_direction_override(scratch_store):
    """An imported weapon nothing knows is kept as written (attack31): "\\u202eNo Such Thing"
    was offered in the Filters box's Weapon list as is, the override turning the option around
    ("gnihT hcuS oN") and the chip of every option chosen after it."""
    event = {**BASE_EVENT, "event_id": "rlo-1", "weapon": f"{RLO}No Such Thing"}
    store.save(to_frame([event]), report=Report("rlo.csv", "import of rlo.csv (csv)"))
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.session_state["filters_open"] = True
    at.run()
    assert not at.exception
    box = at.multiselect(key="f_weapon")
    assert "No Such Thing" in box.options and not _steered(box.options), ascii(box.options)
    box.select(f"{RLO}No Such Thing").run()  # the filter still keeps the event as stored
    assert at.caption[0].value.startswith("1 of 1 event"), at.caption[0].value


def test_the_delete_box_names_a_report_without_its_direction_override(scratch_store):
    """A file's name is the name of its import: "report\\u202evsc.exe" read "reportexe.csv" in the
    History page's "Report or file" list, the one place an analyst picks what to delete."""
    event = {**BASE_EVENT, "event_id": "rlo-1", "source": "x"}
    store.save(to_frame([event]), report=Report(f"report{RLO}vsc.exe", "import (csv)"))
    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=TIMEOUT)
    at.session_state["history_delete_open"] = True
    at.run()
    at.radio(key="delete_how").set_value("Every event of one report or file").run()
    box = at.selectbox(key="delete_report")
    assert box.options == ["reportvsc.exe (1 event)"], ascii(box.options)
    assert at.button(key="delete_go").label == "Delete 1 event"


def test_the_undo_button_shows_who_deleted_as_typed(scratch_store, monkeypatch):
    """A button's label is Markdown, images and links included: a teammate whose name
    (``SITREP_USER``, kept in the shared store's history) was ``![x](http://e.invalid/t.png)``
    made every reader's History page fetch that address, drawn as an icon in "Undo the last
    delete"."""
    from webui.text import literal

    who = "![x](http://e.invalid/t.png) **anna**"
    monkeypatch.setenv("SITREP_USER", who)
    store.save(to_frame([{**BASE_EVENT, "event_id": "own-1", "source": "x"}]))
    store.delete(["own-1"])
    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=TIMEOUT)
    at.session_state["history_delete_open"] = True
    at.run()
    label = at.button(key="delete_undo").label
    assert literal(who) in label, label
