"""After a delete, "Undo the last delete" is at the top of the History page's box, apart from the
red "Delete N events" button of the next file (newuser18: the undo sat right under it, and one
mis-click deleted more)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import BASE_EVENT, ROOT
from geo import store
from geo.events import to_frame
from geo.store import Report


def _event(eid: str, place: str) -> dict:
    return {**BASE_EVENT, "event_id": eid, "place": place, "source": "page test"}


def test_the_undo_comes_before_the_choice_of_what_to_delete(scratch_store):
    store.save(to_frame([_event("a-1", "Izium")]), report=Report("a.csv", "import of a.csv"))
    store.save(
        to_frame([_event("b-1", "Kupiansk"), _event("b-2", "Chuhuiv")]),
        report=Report("b.csv", "import of b.csv"),
    )
    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=60)
    at.session_state["history_delete_open"] = True
    at.run()
    at.radio(key="delete_how").set_value("Every event of one report or file").run()
    at.button(key="delete_go").click().run()
    assert "Undo at the top of the box" in at.success[0].value
    keys = [b.key for b in at.button]
    assert keys.index("delete_undo") < keys.index("delete_go")
    # between them: a rule, the choice of what to delete and the file's name
    main = at.main
    order = [getattr(e, "key", None) or e.type for e in _walk(main)]
    undo, go = order.index("delete_undo"), order.index("delete_go")
    between = order[undo + 1 : go]
    assert "divider" in str(between) or "markdown" in between, between
    assert "delete_how" in between and "delete_report" in between


def _walk(node):
    for child in getattr(node, "children", {}).values():
        if getattr(child, "type", "") not in ("", "block"):
            yield child
        yield from _walk(child)
