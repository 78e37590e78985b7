"""newuser25's findings outside the extractor: the save-conflict refusal in the form's words,
an empty FeatureCollection told in one line, History without the import's inserts, blank tolls
in every export, and ``extract -o`` writing the format its extension names."""

from __future__ import annotations

import re

import pytest

from conftest import BASE_EVENT
from geo import store
from geo.events import to_frame


def _event(i: int, **fields) -> dict:
    return {
        **BASE_EVENT,
        "event_id": f"n25-{i:03d}",
        "event_date": "2025-06-24",
        "place": f"Town {i}",
        "lat": 48.4,
        "lon": 35.0 + i / 100,
        "source": "newuser25 test",
        **fields,
    }


def test_a_save_conflict_names_the_fields_as_the_form_does_and_dates_as_history(any_store):
    store.save(to_frame([_event(1, fatalities=17)]), user="setup")
    mine = store.versions(["n25-001"])
    store.save(to_frame([_event(1, fatalities=19)]), user="bob", base=store.versions(["n25-001"]))
    with pytest.raises(store.ConflictError) as info:
        store.save(to_frame([_event(1, fatalities=18)]), user="alice", base=mine)
    message = str(info.value)
    assert "killed: theirs 19, yours 18" in message
    assert "fatalities" not in message
    assert re.search(r"edited by bob at \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d UTC ", message)
    assert not re.search(r"\d{4}-\d\d-\d\dT", message)
