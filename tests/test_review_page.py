"""The Ingest page's review shows each event as it will be saved (newuser18): the table's weapon
category is the one a weapon typed in the table gives, an unticked event is off the map, and an
event moved to typed coordinates is offered neither its old place nor the move it has had."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from conftest import ROOT
from payload import decode_events
from webui.text import literal

TIMEOUT = 60

# Written for these tests: two strikes, each with a kind of weapon and no system named.
REPORT = (
    "Kyiv, 2025-01-02\nDrones struck Kharkiv overnight, killing two people.\n"
    "A missile hit Sumy at dawn."
)


def _reviewed(edited_rows: dict | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value(REPORT)
    at.button[0].click().run()
    assert [r["place"] for r in at.session_state["ingest_records"]] == ["Kharkiv", "Sumy"]
    if edited_rows is not None:
        at.session_state["ingest_table"] = {
            "edited_rows": edited_rows,
            "added_rows": [],
            "deleted_rows": [],
        }
        at.run()
    assert not at.exception
    return at


def _on_map(at: AppTest) -> list:
    page = at.get("iframe")[0].proto.srcdoc
    return decode_events(re.search(r'var DATA = "([A-Za-z0-9+/=]*)";', page).group(1))["place"]


def test_the_table_shows_the_category_a_typed_weapon_gives_and_saves_it(scratch_store):
    from geo import store

    at = _reviewed({0: {"weapon": "kab"}})
    table = at.dataframe[0].value
    assert list(table["weapon_category"]) == ["glide bomb", "missile"]
    next(b for b in at.button if b.label == "Save to the store").click().run()
    saved = store.load().set_index("place")
    assert (saved.loc["Kharkiv", "weapon"], saved.loc["Kharkiv", "weapon_category"]) == (
        "KAB",
        "glide bomb",
    )
    # a category the analyst chose beside the weapon stands
    at = _reviewed({1: {"weapon": "KAB", "weapon_category": "aircraft"}})
    assert list(at.dataframe[0].value["weapon_category"])[1] == "aircraft"


def test_an_unticked_event_is_not_on_the_review_map(scratch_store):
    at = _reviewed()
    assert sorted(_on_map(at)) == ["Kharkiv", "Sumy"]
    at = _reviewed({0: {"keep": False}})
    assert _on_map(at) == ["Sumy"]
    at.session_state["ingest_table"] = {
        "edited_rows": {0: {"keep": True}},
        "added_rows": [],
        "deleted_rows": [],
    }
    assert sorted(_on_map(at.run())) == ["Kharkiv", "Sumy"]


def test_after_a_move_to_coordinates_neither_the_old_place_nor_the_move_is_offered(scratch_store):
    at = _reviewed()
    key = "ingest_typed_1_0"
    at.text_input(key=key).set_value("50.10, 36.40").run()
    move = [b for b in at.button if b.label.startswith("Move event 1 to 50.1, 36.4")]
    assert len(move) == 1
    move[0].click().run()
    record = at.session_state["ingest_records"][0]
    assert (record["lat"], record["lon"]) == (50.1, 36.4)
    # the ranked candidates' box chooses none of them and says where the event is now
    box = next(s for s in at.selectbox if s.label == "Place (ranked candidates)")
    assert box.value is None and box.placeholder.startswith(f"Now at {record['place']}")
    assert not [b for b in at.button if b.label.startswith("Move event 1 to")]
    assert literal("Event 1 is at 50.1, 36.4.") in [c.value for c in at.caption]
