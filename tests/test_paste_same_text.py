"""The same text pasted twice without a name: its events are stored once. Event ids are made from
the report's name, and a paste without one was named by the time of the paste: the second
analyst of a team pasting the morning statement the first had saved got "Saved 6 new events",
each event twice in the store, with only a warning that they "may already be in the store from
another source" (newuser36). A text the store holds is named as it was then."""

from __future__ import annotations

from datetime import datetime

from streamlit.testing.v1 import AppTest

from conftest import ROOT, one_event
from geo import store
from geo.paste_names import paste_name
from geo.store import Report
from geo.store.common import report_hash

TIMEOUT = 180
STATEMENT = (
    "Sumy Regional Military Administration, 4 December 2026\n"
    "- Khotin: a KAB guided bomb attack, 1 person injured;\n"
    "- Yunakivka: FPV drone strike on a car, the driver was killed;\n"
)


def _paste_and_save(text: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value(text)  # no name typed
    at.button[0].click().run()
    next(b for b in at.button if b.label == "Save to the store").click().run()
    assert not at.exception
    return at


def test_a_text_pasted_again_is_not_saved_twice(scratch_store):
    first = _paste_and_save(STATEMENT)
    assert first.success[0].value.startswith("Saved 2 new events"), first.success[0].value
    # another analyst's session, the same statement copied with other outer blanks (a copy that
    # lost its final newline or gained a blank line was a new text: review36)
    again = _paste_and_save("\n  " + STATEMENT.rstrip("\n") + "  \n\n")
    said = again.success[0].value
    assert said.startswith("Saved 0 new events"), said
    stored = store.load(scratch_store)
    assert len(stored[stored["source"].str.startswith("pasted-")]) == 2
    assert any("in the store already" in c.value for c in again.caption)


def test_a_stored_text_keeps_its_name_and_a_new_one_takes_the_time(any_store):
    moment = datetime(2026, 12, 7, 10, 13, 27)
    # nothing stored yet: the time and the text's fingerprint (attack37: two texts pasted in
    # the same second were one name)
    named = paste_name(STATEMENT, moment)
    assert named == "pasted-20261207-101327-" + report_hash(Report("", STATEMENT))[:8]
    event = one_event(event_id="p1", source="sumy-morning.txt")
    store.save(event, report=Report("sumy-morning.txt", STATEMENT))
    assert paste_name(STATEMENT, moment) == "sumy-morning.txt"
    other = paste_name(STATEMENT + " ", moment)  # another text
    assert other.startswith("pasted-20261207-101327-") and other != named
