"""The Map page's "Show every column" table holds an interception's counts and the event's id.

A ministry's nightly table pasted as it comes ("| Bryansk region | 14 |", one row per region)
is stored as interceptions whose counts are the whole report, and "every column" showed date,
place, type, weapon, killed, injured, status... but no launched or destroyed: the figures were
only in each popup. The History page's Delete box asks for an event's id, and no table of the
Map page showed one (newuser34)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT
from geo import store
from geo.events import to_frame

TIMEOUT = 60


def _interception(event_id: str, place: str, destroyed: int, **fields) -> dict:
    return {
        "event_id": event_id,
        "event_date": "2026-12-02",
        "time_precision": 1,
        "event_type": "interception",
        "weapon_category": "drone",
        "geo_precision": 3,
        "verification": "claimed",
        "claimed_by": "Ministry of Defence of the Russian Federation",
        "place": place,
        "country": "RU",
        "lat": 53.0,
        "lon": 34.0,
        "destroyed": destroyed,
        **fields,
    }


def test_every_column_shows_the_counts_and_the_id(scratch_store):
    store.save(
        to_frame(
            [
                _interception("sm-bry", "Bryansk", 14, launched=20, notes="14 of 20"),
                _interception("sm-kur", "Kursk", 9, lat=51.7, lon=36.2),
            ]
        ),
        scratch_store,
    )
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.session_state["table_open"] = True
    at.run()
    assert "destroyed" not in at.dataframe[0].value.columns  # the brief table as it was
    at.toggle(key="table_all_columns").set_value(True).run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("event id")
    columns = list(table.columns)
    assert columns.index("launched") == columns.index("injured") + 1, columns
    assert columns.index("destroyed") == columns.index("launched") + 1, columns
    assert table.loc["sm-bry", "destroyed"] == 14
    assert table.loc["sm-bry", "launched"] == 20
    assert table.loc["sm-kur", "destroyed"] == 9
    assert table.loc["sm-bry", "notes"] == "14 of 20"
    assert set(table.index) == {"sm-bry", "sm-kur"}  # the ids the Delete box takes


def test_the_table_says_how_to_correct_or_delete_an_event(scratch_store):
    """The Map page offers no edit: a new analyst looked there for one, then on the History
    page, which deletes but does not edit (newuser34)."""
    store.save(to_frame([_interception("sm-bry", "Bryansk", 14)]), scratch_store)
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.session_state["table_open"] = True
    at.run()
    said = [c.value for c in at.caption]
    assert any(c.startswith("To correct an event, paste its report again") for c in said), said
    assert any("History, Delete events" in c for c in said), said
