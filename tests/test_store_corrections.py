"""A person's correction survives saving again what it corrected: a re-extraction of the same
report (page, command line, import) brings nothing new, so the stored correction is kept; a
person's new edit still replaces it."""

from __future__ import annotations

import json

import pandas as pd

from conftest import BASE_EVENT
from geo import store
from geo.events import to_frame


def _event(**fields) -> dict:
    return {
        **BASE_EVENT,
        "event_id": "c-0001",
        "place": "Somewhere",
        "lat": 48.5,
        "lon": 35.5,
        "event_date": "2024-11-20",
        "source": "corrections test",
        **fields,
    }


def _stored(field: str):
    return store.load().iloc[0][field]


def test_saving_the_extraction_again_keeps_the_correction(any_store):
    store.save(to_frame([_event()]), user="machine")
    fixed = store.save(
        to_frame([_event(event_date="2024-11-19")]),
        user="analyst",
        edited={"c-0001": {"event_date"}},
    )
    assert (fixed.updated, fixed.kept) == (1, 0)
    again = store.save(to_frame([_event()]), user="machine")  # the same extraction, untouched
    assert (again.updated, again.unchanged, again.kept) == (0, 1, 1)
    assert _stored("event_date") == "2024-11-19"
    assert list(store.history()["action"]) == ["insert", "update"]  # nothing reverted


def test_new_information_still_replaces_other_fields(any_store):
    store.save(to_frame([_event()]))
    store.save(to_frame([_event(event_date="2024-11-19")]), edited={"c-0001": {"event_date"}})
    again = store.save(to_frame([_event(fatalities=4)]))  # text now gives a toll; date as before
    assert (again.updated, again.kept) == (1, 1)
    assert _stored("event_date") == "2024-11-19" and _stored("fatalities") == 4


def test_a_person_may_put_the_old_value_back(any_store):
    store.save(to_frame([_event()]))
    store.save(to_frame([_event(event_date="2024-11-19")]), edited={"c-0001": {"event_date"}})
    back = store.save(to_frame([_event()]), edited={"c-0001": {"event_date"}})
    assert (back.updated, back.kept) == (1, 0)
    assert _stored("event_date") == "2024-11-20"


def test_a_moved_place_is_kept_whole(any_store):
    store.save(to_frame([_event()]))
    moved = _event(place="Elsewhere", lat=48.1234567, lon=37.7654321)
    store.save(to_frame([moved]), edited={"c-0001": {"place", "lat", "lon"}})
    again = store.save(to_frame([_event()]))
    assert again.kept == 1
    row = store.load().iloc[0]
    assert row["place"] == "Elsewhere"
    assert (round(row.geometry.y, 6), round(row.geometry.x, 6)) == (48.123457, 37.765432)


def test_a_different_value_from_the_text_is_not_held_back(any_store):
    """Only the exact value the correction replaced is held back: another one is news."""
    store.save(to_frame([_event()]))
    store.save(to_frame([_event(event_date="2024-11-19")]))
    store.save(to_frame([_event(event_date="2024-11-18")]))
    assert _stored("event_date") == "2024-11-18"


def test_the_review_shows_what_a_save_would_keep(any_store):
    """Before saving, the review sees the re-extraction as the store will hold it: the corrected
    fields show the correction (and are named), the rest what the text says now; nothing is written."""
    assert store.with_corrections([_event()]) == ([_event()], {})  # an empty store: as extracted
    store.save(to_frame([_event()]))
    moved = _event(place="Elsewhere", lat=48.25, lon=37.75, event_date="2024-11-19")
    store.save(to_frame([moved]), edited={"c-0001": {"event_date", "place", "lat", "lon"}})
    history = len(store.history())
    shown, fields = store.with_corrections([_event(fatalities=4), _event(event_id="c-0002")])
    assert (shown[0]["event_date"], shown[0]["place"]) == ("2024-11-19", "Elsewhere")
    assert (shown[0]["lat"], shown[0]["lon"], shown[0]["fatalities"]) == (48.25, 37.75, 4)
    assert shown[1] == _event(event_id="c-0002")  # not stored: as extracted
    assert sorted(fields["c-0001"]) == ["event_date", "lat", "lon", "place"]
    assert "c-0002" not in fields
    assert len(store.history()) == history and pd.isna(_stored("fatalities"))  # nothing written
    saved = store.save(to_frame(shown[:1]))  # saving what the review showed changes only the toll
    assert (saved.updated, saved.kept) == (1, 0) and _stored("event_date") == "2024-11-19"


def test_a_correction_before_the_first_save_is_kept_too(any_store):
    """An analyst fixes the extraction in the review before the event was ever stored: the save
    logs the fix as the event's first correction, so saving the extraction again keeps it."""
    extracted = _event(fatalities=6, lat=48.5, lon=35.5)
    fixed = _event(fatalities=5, place="Elsewhere", lat=48.1234567, lon=37.7654321)
    edited = {"c-0001": {"fatalities": 6, "place": "Somewhere", "lat": 48.5, "lon": 35.5}}
    first = store.save(to_frame([fixed]), edited=edited)
    assert (first.added, first.updated) == (1, 0)
    log = store.history()
    assert list(log["action"]) == ["insert", "update"]
    assert json.loads(log["changes"].iloc[1])["fatalities"] == [6, 5]
    again = store.save(to_frame([extracted]))  # the same report extracted and saved again
    assert (again.updated, again.unchanged, again.kept) == (0, 1, 1)
    row = store.load().iloc[0]
    assert (row["fatalities"], row["place"], round(row.geometry.x, 6)) == (
        5,
        "Elsewhere",
        37.765432,
    )
    assert store.with_corrections([extracted])[1] == {
        "c-0001": ["place", "fatalities", "lat", "lon"]
    }


def test_a_history_entry_nested_too_deep_is_passed_over():
    """A store's history edited by hand (or by another tool) with JSON nested deeper than
    Python's parser follows: the save compared corrections through it and stopped with a
    RecursionError traceback; the entry is passed over like any unreadable one."""
    from geo.store.common import latest_changes

    deep = "[" * 100_000 + "]" * 100_000
    entries = [("c-0001", '{"place": ["Here", "There"]}'), ("c-0001", deep), ("c-0002", deep)]
    assert latest_changes(entries) == {"c-0001": {"place": ["Here", "There"]}}
