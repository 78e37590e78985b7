"""A colleague corrects an event of a report someone else saved (newuser39).

On a team's store the one way to correct a stored event was to paste its report again on the
Ingest page; the colleague who had not the text (another analyst's note of a phone call, a
channel's post) could correct nothing. The Ingest page's folded box "Open a saved report" puts
a saved report back in the paste box with its name and publication day (its own day, not
today's, counts its "overnight" and "on Thursday"); extracted, the review shows its events as
stored, and a Save logs the colleague's edits under their name.
"""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT, run_cli
from geo import store
from geo.events import to_frame
from webui.reopen_box import CHOICE_KEY, OPEN_KEY
from webui.text import literal

TIMEOUT = 180
NOTE = (
    "Dnipro, 6 December 2026. Overnight a Shahed drone hit a warehouse in Dnipro, injuring "
    "two guards, the regional governor said."
)


def test_a_saved_report_opens_again_in_the_paste_box_and_reviews_as_stored(scratch_store, tmp_path):
    report = tmp_path / "dnipro-note.txt"
    report.write_text(NOTE, encoding="utf-8")
    env = {"SITREP_STORE": str(scratch_store), "SITREP_USER": "anna"}
    done = run_cli(
        "extract", str(report), "--published", "2026-12-06", "--save", "-o", "-", env=env
    )
    assert done.returncode == 0, done.stderr
    stored = set(store.load(scratch_store)["event_id"])
    assert stored

    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT)
    at.session_state[OPEN_KEY] = True
    at.run()
    box = at.selectbox(key=CHOICE_KEY)
    assert box.options[0].startswith("dnipro-note.txt · published 2026-12-06"), box.options

    opened = next(b for b in at.button if b.label == "Open it in the paste box")
    opened.click().run()
    assert at.text_area(key="ingest_paste").value == NOTE
    assert at.text_input(key="ingest_source_name").value == "dnipro-note.txt"
    assert _day_box(at).value is False  # its saved day, not today's
    assert str(at.date_input[0].value) == "2026-12-06"
    said = literal("Opened dnipro-note.txt: click Extract events")
    assert any(i.value.startswith(said) for i in at.info), [i.value for i in at.info]
    next(b for b in at.button if b.label == "Extract events").click().run()
    assert not at.exception
    reviewed = {r["event_id"] for r in at.session_state["ingest_records"]}
    assert reviewed == stored  # the same events, the review shows them as stored


CALL = "Call from the Kharkiv office, 7 December 2026: a drone hit a car park near our office."


def test_a_reopened_note_with_only_hand_added_events_does_not_say_none_were_found(scratch_store):
    from datetime import date

    from geo.hand_events import hand_event
    from geo.store import Report

    fields = {
        "event_type": "strike",
        "event_date": date(2026, 12, 7),
        "weapon": "Shahed",
        "verification": "unverified",
    }
    event = hand_event(fields, "kharkiv-office-call", point=(49.9935, 36.2304))
    store.save(
        to_frame([event]), scratch_store, report=Report("kharkiv-office-call", CALL, "2026-12-07")
    )

    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT)
    at.session_state[OPEN_KEY] = True
    at.run()
    next(b for b in at.button if b.label == "Open it in the paste box").click().run()
    next(b for b in at.button if b.label == "Extract events").click().run()
    assert not at.exception
    assert [r["event_id"] for r in at.session_state["ingest_records"]] == [event["event_id"]]
    said = " ".join(w.value for w in at.warning)
    assert "No events found" not in said, said  # the hand-added event is listed under it


def test_opening_a_report_reads_only_the_rows_of_its_hash(any_store, monkeypatch):
    """A store of many reports: opening one reads that report's rows, not every saved text
    (review39), on a GeoPackage and on PostGIS alike."""
    from geo.store import Report, report_hash
    from geo.store.gpkg import GeoPackageStore
    from geo.store.postgis import PostgisStore

    notes = [
        Report("kharkiv-call", CALL, "2026-12-07"),
        Report("dnipro-note", NOTE, "2026-12-06"),
        Report("sumy-line", "Sumy, 5 December 2026: a drone hit a bus stop.", "2026-12-05"),
    ]
    for note in notes:
        store.save(to_frame([]), any_store, report=note)
    read: list[int] = []
    for backend in (GeoPackageStore, PostgisStore):
        plain = backend.query

        def counted(self, *args, _plain=plain, **kwargs):
            rows = _plain(self, *args, **kwargs)
            read.append(len(rows))
            return rows

        monkeypatch.setattr(backend, "query", counted)

    opened = store.saved_report(report_hash(notes[1]), any_store)
    assert opened == notes[1]
    assert read == [1]  # the one report's row, not the three
    assert store.saved_report("0" * 64, any_store) is None


LATER = "Sumy, 9 December 2026. A drone hit a bus depot in Sumy overnight, the mayor said."


def test_a_report_pasted_after_one_reopened_takes_its_own_day(scratch_store):
    """After a saved report is opened, the next report pasted (or a file chosen) is read by its
    own first lines again, not by the opened one's day, and the "Opened" line goes (review39)."""
    from geo.store import Report

    store.save(to_frame([]), scratch_store, report=Report("dnipro-note.txt", NOTE, "2026-12-06"))
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT)
    at.session_state[OPEN_KEY] = True
    at.run()
    next(b for b in at.button if b.label == "Open it in the paste box").click().run()
    assert _day_box(at).value is False
    assert at.info

    at.text_area(key="ingest_paste").input(LATER).run()
    assert not at.exception
    assert _day_box(at).value is True
    assert str(at.date_input[0].value) == "2026-12-09"  # its own first line's day
    assert not [i.value for i in at.info if i.value.startswith(literal("Opened"))]


def _day_box(at: AppTest):
    """The "Publication date from the report's first lines" box (unkeyed: found by its label)."""
    return next(c for c in at.checkbox if c.label.startswith("Publication date from"))


class _State(dict):
    """A session state outside a running page: keys read and set as attributes too."""

    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__


def test_a_file_chosen_after_a_report_reopened_is_read_by_its_own_day(monkeypatch):
    from types import SimpleNamespace

    from webui import reopen_box

    state = _State(
        ingest_reopened_day="2026-12-06",
        ingest_reopened="dnipro-note.txt",
        ingest_upload=SimpleNamespace(name="sumy-9-december.txt"),
        **{reopen_box.TEXT_KEY: NOTE},
    )
    monkeypatch.setattr(reopen_box, "st", SimpleNamespace(session_state=state))
    reopen_box.file_chosen()
    assert state["ingest_source_name"] == "sumy-9-december.txt"
    assert state["ingest_reopened_day"] is None  # the box's default: the report's own lines
    assert not state["ingest_reopened"]
