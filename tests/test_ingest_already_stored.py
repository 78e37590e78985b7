"""A report pasted again after it was saved: the review says how many of its events the store
holds already. newuser32 pasted a governor's evening post a second time (to add the village the
first copy lacked) and got six ticked rows and no word of which were stored, until "0 new" after
Save."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT
from geo.stored_differences import already_stored

TIMEOUT = 180
POST = (
    "Sumy Regional Military Administration, 4 December 2026\n"
    "- Khotin: a KAB guided bomb attack, 1 person injured;\n"
    "- Yunakivka: FPV drone strike on a car, the driver was killed;\n"
)
UPDATED = POST + "- Krasnopillia: mortar and artillery shelling, 3 houses damaged;\n"


def _extract(text: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value(text)
    at.text_input(key="ingest_source_name").set_value("sumy-evening.txt")
    return at.button[0].click().run()


def _lines(at: AppTest) -> list[str]:
    """The line as read: the page writes the report name as data (its backslashes and the word
    joiner after a colon are markup, not text)."""
    return [
        c.value.replace("\\", "").replace("\u2060", "")
        for c in at.caption
        if "in the store already" in c.value
    ]


def test_the_review_of_a_saved_report_says_which_events_are_stored(scratch_store):
    first = _extract(POST)
    assert not first.exception
    assert _lines(first) == []  # nothing stored yet: no line
    next(b for b in first.button if b.label == "Save to the store").click().run()
    assert first.success[0].value.startswith("Saved 2 new events")
    again = _extract(POST)
    assert _lines(again) == [
        "Both events are in the store already, saved from sumy-evening.txt before."
    ]
    updated = _extract(UPDATED)
    assert _lines(updated) == [
        "2 of these 3 events are in the store already, saved from sumy-evening.txt before; "
        "new: Krasnopillia."
    ]


def test_the_line_counts_and_names_the_stored_ones():
    records = [{"event_id": str(i), "place": p, "source": "r.txt"} for i, p in enumerate("ABC")]
    assert already_stored(records, set()) == ""
    assert (
        already_stored(records[:1], {"0"})
        == "The event is in the store already, saved from r.txt before."
    )
    assert already_stored(records, {"0", "1", "2"}) == (
        "All 3 events are in the store already, saved from r.txt before."
    )
    assert already_stored(records, {"2"}) == (
        "1 of these 3 events is in the store already, saved from r.txt before; new: A, B."
    )
