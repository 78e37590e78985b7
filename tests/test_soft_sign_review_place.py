"""A town whose GeoNames name has a soft sign is the event's place in the review.

The place is stored without GeoNames' soft signs ("Ryazan" for "Ryazan’"), and the review
compared the stored name with GeoNames': "long-range Ukrainian drones struck the refinery at
Ryazan" showed "Place (ranked candidates)" empty, reading "Now at Ryazan: choose one to move
the event there", as after a move to typed coordinates, and its own town was offered as a place
to move it to (newuser34)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT
from geo.gazetteer import Place
from geo.region_candidates import is_event_place, namesake_city

TIMEOUT = 60

# Written for this test: a strike at a town GeoNames spells with a soft sign.
REPORT = (
    "Published 5 December 2026\n\n"
    "On 12 November long-range Ukrainian drones struck the refinery at Ryazan, starting a fire."
)


def _place(name: str, feature: str = "city") -> Place:
    return Place(0, name, 54.62696, 39.70415, "RU", "Ryazan", "", feature, 500_000)


def test_a_stored_name_without_the_soft_sign_is_the_towns():
    record = {"place": "Ryazan", "geo_precision": 1, "lat": 54.62696, "lon": 39.70415}
    assert is_event_place(record, _place("Ryazan’"))
    assert is_event_place(record, _place("Ryazan"))
    assert not is_event_place(record, _place("Ryazhsk"))
    region = {**record, "geo_precision": 3}
    assert namesake_city(region, _place("Ryazan’"))  # beside the region: its namesake


def test_the_review_chooses_the_town_the_event_is_at(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    at.text_area(key="ingest_paste").set_value(REPORT)
    at.button[0].click().run()
    assert not at.exception
    record = at.session_state["ingest_records"][0]
    assert record["place"] == "Ryazan"  # stored without the soft sign
    box = next(s for s in at.selectbox if s.label == "Place (ranked candidates)")
    assert box.value is not None, box.placeholder  # read "Now at Ryazan: choose one to move..."
    assert box.format_func(box.value).startswith("Ryazan, RU · city")
    assert "the event's place now" in box.format_func(box.value)
    assert not [b for b in at.button if b.label.startswith("Move event 1")]
