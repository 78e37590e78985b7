"""The Map page's table names a region-level event as its popup does ("Odesa region"), not by
GeoNames' name of the region, which reads as its capital city (newuser21: "Bryansk")."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import BASE_EVENT, ROOT
from geo import store
from geo.events import to_frame


def test_the_table_names_a_region_event_as_the_region(scratch_store):
    region = {
        **BASE_EVENT,
        "event_id": "odesa-region-1",
        "geo_precision": 3,
        "place": "Odessa",
        "country": "UA",
        "admin1": "Odessa",
        "lat": 46.48,
        "lon": 30.73,
    }
    city = {**region, "event_id": "odesa-city-1", "geo_precision": 1, "place": "Odesa"}
    store.save(to_frame([region, city]), scratch_store)
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=120)
    at.session_state["table_open"] = True
    at.run()
    assert not at.exception
    places = set(at.dataframe[0].value["place"])
    assert places == {"Odesa region", "Odesa"}, places
