"""The review's hand-add form: Enter in a text box does not send it (a new analyst's Enter after
the weapon added a half-typed event, newuser16), and sent half-filled it adds nothing, names the
boxes to fill and keeps what was typed."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT
from webui.text import literal

TIMEOUT = 120
# Written for this test: one strike the extractor reads.
REPORT = "Kyiv, 2026-11-30\nA drone struck a depot in Kharkiv overnight, officials said.\n"


def _review() -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT)
    at.run()
    at.text_area(key="ingest_paste").set_value(REPORT)
    at.button[0].click().run()
    assert at.subheader[0].value.startswith("1 event found")
    return at


def _forms(node) -> list:
    """The page's form blocks (their protos), depth first."""
    out = []
    for child in getattr(node, "children", {}).values():
        if getattr(child, "type", None) == "form":
            out.append(child.proto.form)
        out += _forms(child)
    return out


def test_enter_in_a_text_box_does_not_send_the_form(scratch_store):
    """Streamlit sends a form on Enter in a text box unless the form says not to (the browser
    reads the setting; the page is where it is given)."""
    at = _review()
    n = at.session_state.ingest_added_count  # the form is keyed afresh for each report
    (form,) = [f for f in _forms(at._tree) if f.form_id == f"ingest_add_{n}"]
    assert form.enter_to_submit is False


def test_a_half_filled_event_is_not_added_and_the_form_keeps_what_was_typed(scratch_store):
    at = _review()
    n = at.session_state.ingest_added_count  # the form is keyed afresh for each report
    at.text_input(key=f"add_weapon_{n}").input("KAB")
    at.selectbox(key=f"add_status_{n}").select("claimed")
    at.button(key=f"FormSubmitter:ingest_add_{n}-Add the event").click().run()
    assert not at.exception
    assert [e.value for e in at.error] == [
        literal(
            "Not added: fill in Place (a name, or lat, lon) and Claimed by (who says so, as the "
            "status is claimed), then add it again."
        )
    ]
    assert len(at.session_state.ingest_records) == 1
    assert at.text_input(key=f"add_weapon_{n}").value == "KAB"  # kept to be finished
    at.text_input(key=f"add_place_{n}").input("Izium")
    at.text_input(key=f"add_claimed_by_{n}").input("the regional governor")
    at.button(key=f"FormSubmitter:ingest_add_{n}-Add the event").click().run()
    assert not at.error and len(at.session_state.ingest_records) == 2
    added = at.session_state.ingest_records[-1]
    assert (added["weapon"], added["claimed_by"]) == ("KAB", "the regional governor")
