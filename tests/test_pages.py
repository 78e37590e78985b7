"""AppTest smoke tests: every page runs, and the Map page's filters drive the data it shows."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT

TIMEOUT = 60


def test_app_entry_runs_the_map_page():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.title[0].value == "Sitrep Map"


def test_about_page_credits_the_sources():
    at = AppTest.from_file(str(ROOT / "pages" / "about.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    text = " ".join(m.value for m in at.markdown)
    for source in ("GeoNames", "Natural Earth", "OpenStreetMap", "CC BY 4.0"):
        assert source in text


def test_map_page_filters_and_url(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT).run()
    assert not at.exception
    assert at.caption[0].value.startswith("12 of 12 events")
    at.multiselect(key="f_weapon").select("ATACMS").run()
    assert at.caption[0].value.startswith("2 of 12 events")
    assert at.query_params["weapon"] in ("ATACMS", ["ATACMS"])
    frame = at.dataframe[0].value
    assert set(frame["weapon"]) == {"ATACMS"}


def test_map_page_reads_filters_from_the_url(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.query_params["type"] = ["meeting"]
    at.query_params["weapon"] = ["not-a-weapon"]
    at.run()
    assert not at.exception
    assert at.caption[0].value.startswith("2 of 12 events")
    assert at.multiselect(key="f_weapon").value == []
