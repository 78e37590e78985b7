"""A later report's revised toll applied to the event the store holds (newuser24: the duplicate
notice told him the wire's strike was stored, and there was no way to apply the new toll)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import BASE_EVENT, ROOT

TIMEOUT = 90

# Written for these tests: a first wire and its follow-up with a later toll.
FIRST = (
    "LVIV, 2025-04-04\nA missile struck Poltava on Thursday, killing five people and injuring 20, "
    "the regional governor said."
)
LATER = (
    "LVIV, 2025-04-05\nThe toll of Thursday's missile strike on Poltava rose to nine killed and "
    "27 injured, the regional governor said."
)


def test_a_revision_keeps_the_event_and_takes_the_new_figures_and_source():
    from geo.revisions import revised

    stored = {
        **BASE_EVENT,
        "event_id": "sm-aaaaaaaaaaaa",
        "place": "Poltava",
        "fatalities": 5,
        "injured": 20,
        "claimed_by": "governor",
        "source": "wire-1",
        "source_text": "killing five people and injuring 20",
        "notes": "an earlier note",
    }
    new = {
        **BASE_EVENT,
        "event_id": "sm-bbbbbbbbbbbb",
        "place": "Poltava",
        "event_date": "2025-01-02",
        "fatalities": 9,
        "injured": None,  # not told again: the stored figure stays
        "source": "wire-2",
        "source_text": "rose to nine killed",
        "span_start": 10,
        "span_end": 29,
    }
    out = revised(stored, new)
    assert out["event_id"] == "sm-aaaaaaaaaaaa" and out["event_date"] == stored["event_date"]
    assert (out["fatalities"], out["injured"]) == (9, 20)
    assert (out["source"], out["source_text"], out["span_start"]) == (
        "wire-2",
        new["source_text"],
        10,
    )
    assert out["claimed_by"] == "governor"  # nothing the new report does not say is lost
    assert "an earlier note" in out["notes"]
    assert "wire-1" in out["notes"] and "5 killed" in out["notes"]  # what it replaced


def _extract(at: AppTest, text: str, source: str) -> None:
    at.text_area(key="ingest_paste").set_value(text)
    at.text_input(key="ingest_source_name").set_value(source)
    next(b for b in at.button if b.label == "Extract events").click().run()
    assert not at.exception


def test_the_page_updates_the_stored_event_with_the_later_toll(scratch_store):
    from geo import store

    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    _extract(at, FIRST, "wire-1")
    next(b for b in at.button if b.label == "Save to the store").click().run()
    before = store.load()
    assert list(before["place"]) == ["Poltava"] and int(before["fatalities"].iloc[0]) == 5
    _extract(at, LATER, "wire-2")
    update = [b for b in at.button if b.label.startswith("Update the stored event")]
    assert len(update) == 1
    update[0].click().run()
    assert not at.exception
    after = store.load()
    assert list(after["event_id"]) == list(before["event_id"])  # the same event, no second one
    row = after.iloc[0]
    assert (int(row["fatalities"]), int(row["injured"]), row["source"]) == (9, 27, "wire-2")
    edits = store.history()
    assert (edits["event_id"] == before["event_id"].iloc[0]).sum() == 2  # added, then revised
    assert any("applied" in s.value for s in at.success)
    # the new report's own copy of the event is no longer ticked to be saved
    next(b for b in at.button if b.label == "Save to the store").click().run()
    assert len(store.load()) == 1


def test_once_applied_the_notice_says_so_instead_of_may_already_be_stored(scratch_store):
    """newuser27 (r5): after "Update the stored event" the yellow "may already be in the store"
    notice stayed up; the update's line shows once, then the notice says it was applied."""
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    _extract(at, FIRST, "wire-1")
    next(b for b in at.button if b.label == "Save to the store").click().run()
    _extract(at, LATER, "wire-2")
    assert any("may already be in the store" in w.value for w in at.warning)
    next(b for b in at.button if b.label.startswith("Update the stored event")).click().run()
    assert not any("may already be in the store" in w.value for w in at.warning)
    at.run()  # (the next rerun: the update's own line is gone)
    assert not any("may already be in the store" in w.value for w in at.warning)
    [applied] = [s.value for s in at.success]
    assert applied.startswith("Applied to the stored event Poltava ")
    assert "updated with this report's figures" in applied


# Written for these tests: the follow-up names both weapons of the attack, so its one sentence
# gives a drone record and a missile record of the one strike the store holds (newuser26, r5).
DRONES = (
    "LVIV, 2025-04-04\nRussian drones struck Poltava on Thursday, killing five people and "
    "injuring 20, the regional governor said."
)
BOTH = (
    "LVIV, 2025-04-05\nThe toll of Thursday's drone and missile attack on Poltava rose to nine "
    "killed and 27 injured, the regional governor said."
)


def test_each_record_of_the_follow_ups_sentence_is_told_and_none_is_saved_again(scratch_store):
    from geo import store

    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    _extract(at, DRONES, "wire-1")
    next(b for b in at.button if b.label == "Save to the store").click().run()
    stored_id = store.load()["event_id"].iloc[0]
    _extract(at, BOTH, "wire-2")
    records = at.session_state["ingest_records"]
    assert sorted(r["weapon_category"] for r in records) == ["drone", "missile"]
    same = at.session_state["ingest_same"]
    assert {r["event_id"] for r in records} == set(same)  # the missile record is told too
    assert all(m[0].event_id == stored_id for m in same.values())
    # one stored event, one line of the notice (it named the stored Kyiv strike twice)
    notice = next(w.value for w in at.warning if "may already be in the store" in w.value)
    notice = notice.replace("\\", "").replace("\u2060", "")  # (markdown escapes, word joiners)
    assert notice.count("= Poltava 2025-04-03") == 1, notice
    assert "Poltava 2025-04-03 (2 records: drone, missile) =" in notice, notice
    next(b for b in at.button if b.label.startswith("Update the stored event")).click().run()
    next(b for b in at.button if b.label == "Save to the store").click().run()
    assert list(store.load()["event_id"]) == [stored_id]  # no second Poltava strike


def test_the_first_report_again_shows_the_later_toll_and_keeps_it(scratch_store):
    from geo import store

    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    _extract(at, FIRST, "wire-1")
    next(b for b in at.button if b.label == "Save to the store").click().run()
    _extract(at, LATER, "wire-2")
    next(b for b in at.button if b.label.startswith("Update the stored event")).click().run()
    _extract(at, FIRST, "wire-1")  # the first report pasted again
    record = at.session_state["ingest_records"][0]
    assert (record["fatalities"], record["injured"]) == (9, 27)
    told = next(i.value for i in at.info if "stored with other values" in i.value)
    assert "later toll of wire-2, 9 killed, 27 injured" in told.replace("\\", ""), told
    assert "5 killed, 20 injured)" in told.replace("\\", ""), told  # (this report)
    next(b for b in at.button if b.label == "Save to the store").click().run()
    row = store.load().iloc[0]
    assert (int(row["fatalities"]), int(row["injured"]), row["source"]) == (9, 27, "wire-2")


def test_the_first_report_under_another_name_offers_no_update_back(scratch_store):
    """Pasted again under another name, the first report's event is new: the page offered to
    'update' the stored event's later toll with its older one (newuser26's r3 after r5)."""
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    _extract(at, FIRST, "wire-1")
    next(b for b in at.button if b.label == "Save to the store").click().run()
    _extract(at, LATER, "wire-2")
    next(b for b in at.button if b.label.startswith("Update the stored event")).click().run()
    _extract(at, FIRST, "wire-1-again")
    assert not [b for b in at.button if b.label.startswith("Update the stored event")]
    told = " ".join(i.value for i in at.info).replace("\\", "").replace("\u2060", "")
    assert "holds the later toll of wire-2, 9 killed, 27 injured" in told, told
    assert "earlier 5 killed, 20 injured" in told, told


def test_the_historys_line_of_an_update_leaves_the_sentences_offsets_out():
    """newuser27: the History page said "sentence starts at: 58 (was 81)"; offsets are the
    store's, kept in the change, not words for a reader."""
    import json

    import pandas as pd

    from geo.changes import readable

    def line(changes: dict) -> str:
        history = pd.DataFrame(
            {
                "changed_at": ["2026-12-05T09:00:00+00:00"],
                "user": ["ana"],
                "action": ["update"],
                "event_id": ["sm-aaaaaaaaaaaa"],
                "source": ["r5.txt"],
                "changes": [json.dumps(changes)],
            }
        )
        return str(readable(history).iloc[0]["changes"])

    said = line({"fatalities": [1, 2], "span_start": [81, 58], "span_end": [200, 170]})
    assert said == "killed: 2 (was 1)"
    assert "sentence" in line({"span_start": [81, 58]})  # moved only: said in words
    assert "58" not in line({"span_start": [81, 58]})
