"""An interception added by hand in the review's form takes its counts, launched and destroyed,
as an imported one does (a new analyst found no box for them): whole numbers from 0, destroyed
no more than launched (one line says so otherwise, and what was typed stays), stored and exported
as they were typed."""

from __future__ import annotations

from datetime import date

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from geo import store
from geo.export import export_bytes
from geo.hand_events import hand_event
from geo.records import EventError

TIMEOUT = 120
# Written for this test: one strike the extractor reads.
REPORT = "Kyiv, 2026-11-30\nA drone struck a depot in Kharkiv overnight, officials said.\n"


def _typed(**counts) -> dict:
    return {
        "event_type": "interception",
        "event_date": date(2026, 11, 29),
        "verification": "claimed",
        "claimed_by": "the air force",
        **counts,
    }


def _poltava(gazetteer):
    return next(p for p, _ in gazetteer.lookup("Poltava") if p.feature == "city")


def test_a_hand_added_interception_keeps_its_counts(gazetteer):
    place = _poltava(gazetteer)
    event = hand_event(_typed(launched=40, destroyed=37), "notes.txt", place=place)
    assert (event["launched"], event["destroyed"]) == (40, 37)
    alone = hand_event(_typed(destroyed=5), "notes.txt", place=place)  # launched not said
    assert (alone["launched"], alone["destroyed"]) == (None, 5)


@pytest.mark.parametrize("counts", [{"launched": 3, "destroyed": 4}, {"launched": -1}])
def test_counts_an_interception_cannot_have_are_refused_in_one_line(gazetteer, counts):
    place = _poltava(gazetteer)
    with pytest.raises(EventError) as refused:
        hand_event(_typed(**counts), "notes.txt", place=place)
    assert "\n" not in str(refused.value)
    if "destroyed" in counts:
        assert str(refused.value) == "destroyed (4) should be no more than launched (3)"


def _review() -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT)
    at.run()
    at.text_area(key="ingest_paste").set_value(REPORT)
    at.button[0].click().run()
    return at


def _send(at: AppTest, n: int) -> None:
    at.button(key=f"FormSubmitter:ingest_add_{n}-Add the event").click().run()


def test_the_form_adds_an_interceptions_counts_which_are_saved_and_exported(scratch_store):
    at = _review()
    n = at.session_state.ingest_added_count
    at.selectbox(key=f"add_type_{n}").select("interception")
    at.text_input(key=f"add_place_{n}").input("Poltava")
    at.number_input(key=f"add_launched_{n}").set_value(12)
    at.number_input(key=f"add_destroyed_{n}").set_value(14)
    _send(at, n)
    assert [e.value for e in at.error] == [
        "Not added: destroyed \\(14\\) should be no more than launched \\(12\\)"
    ]
    assert len(at.session_state.ingest_records) == 1
    assert at.number_input(key=f"add_destroyed_{n}").value == 14  # kept to be mended
    at.number_input(key=f"add_destroyed_{n}").set_value(9)
    _send(at, n)
    assert not at.error and not at.exception
    added = at.session_state.ingest_records[-1]
    assert (added["event_type"], added["launched"], added["destroyed"]) == ("interception", 12, 9)
    [save] = [b for b in at.button if b.label == "Save to the store"]
    save.click().run()
    assert not at.error
    saved = store.load(scratch_store)
    row = saved[saved["event_type"] == "interception"].iloc[0]
    assert (int(row["launched"]), int(row["destroyed"])) == (12, 9)
    csv = export_bytes(saved, "csv", {}).decode("utf-8")
    header, *rows = csv.splitlines()
    columns = header.split(",")
    (line,) = [r.split(",") for r in rows if "interception" in r]
    assert (line[columns.index("launched")], line[columns.index("destroyed")]) == ("12", "9")


def test_the_move_button_names_a_region_as_the_map_does(scratch_store):
    """A region typed in the review's "Another place" box: the button said "Move event 1 to
    Orjol", GeoNames' name, where the candidates above it say "Oryol region"."""
    at = _review()
    run = at.session_state.ingest_run
    at.text_input(key=f"ingest_typed_{run}_0").input("Oryol region").run()
    at.selectbox(key=f"ingest_typed_pick_{run}_0").select_index(0).run()
    labels = [b.label for b in at.button if b.label.startswith("Move event")]
    assert labels == ["Move event 1 to Oryol region"], labels
