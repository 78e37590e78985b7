"""An analyst with events of their own: exports carry their events and the sample (the reference
report's 12) only when the Map page shows it; the map's count on a day without events; the
History page's time column. Real Chromium where the page is the thing."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import (
    BASE_EVENT,
    MAP_FRAME,
    ROOT,
    history_rows,
    open_filters,
    run_cli,
    running_app,
)
from geo import store
from geo.events import load_reference, to_frame

# Written for these tests: three events of the analyst's own.
OWN = [
    {**BASE_EVENT, "event_id": f"mine-{k}", "place": place, "lat": lat, "lon": lon,
     "event_date": f"2026-10-0{k + 1}"}
    for k, (place, lat, lon) in enumerate(
        [("Sumy", 50.91, 34.80), ("Poltava", 49.59, 34.55), ("Chernihiv", 51.50, 31.29)]
    )
]  # fmt: skip


def _download_geojson(page) -> list[str]:
    with page.expect_download() as download:
        page.get_by_role("button", name="Download GeoJSON").click(timeout=60_000)
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    return sorted(f["properties"]["event_id"] for f in data["features"])


@pytest.mark.browser
def test_a_store_of_ones_own_exports_its_events_and_the_sample_only_when_shown(
    offline_page, tmp_path, gazetteer
):
    path = tmp_path / "store.gpkg"
    store.save(to_frame(OWN), path)
    sample = sorted(load_reference(gazetteer)["event_id"])
    with running_app(path, tmp_path / "streamlit.log") as server:
        page = offline_page
        page.goto(server["url"])
        count = page.frame_locator(MAP_FRAME).locator(".sm-count")
        expect(count).to_have_text("3 events on the map", timeout=120_000)
        expect(
            page.get_by_text(re.compile(r"the sample \(12 reference events\) is left out"))
        ).to_be_visible()
        page.get_by_text("Export", exact=True).click()
        assert _download_geojson(page) == ["mine-0", "mine-1", "mine-2"]  # it held the 12 too

        open_filters(page)
        page.get_by_text("Show the sample", exact=True).click()
        expect(count).to_have_text(
            "15 events on the map; 2 out of view: zoom out to see them", timeout=60_000
        )
        expect(page).to_have_url(re.compile("sample=show"), timeout=30_000)
        assert _download_geojson(page) == sorted(["mine-0", "mine-1", "mine-2", *sample])
        assert page.errors == []


@pytest.mark.browser
def test_a_fresh_store_shows_and_exports_the_sample(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"])
    expect(page.frame_locator(MAP_FRAME).locator(".sm-count")).to_have_text(
        "12 events on the map; 2 out of view: zoom out to see them", timeout=120_000
    )
    expect(page.get_by_text("left out", exact=False)).to_have_count(0)


def test_the_command_line_exports_the_sample_only_while_the_store_has_none_of_yours(tmp_path):
    env = {"SITREP_STORE": str(tmp_path / "store.gpkg")}

    def exported(*args: str) -> int:
        out = run_cli("export", *args, "-o", "-", env=env)
        assert out.returncode == 0, out.stderr
        return len(json.loads(out.stdout)["features"])

    assert exported() == 12
    store.save(to_frame(OWN), tmp_path / "store.gpkg")
    assert (exported(), exported("--sample"), exported("--no-sample")) == (3, 15, 3)
    # a filter no event of the analyst's own passes: still their data, not the sample's
    assert exported("--weapon", "ATACMS") == 0
    assert exported("--weapon", "ATACMS", "--sample") == 2


@pytest.mark.browser
def test_a_day_without_events_says_so_and_not_that_a_layer_is_off(
    offline_page, app_server, gazetteer
):
    days = set(load_reference(gazetteer)["event_date"])
    first = date.fromisoformat(min(days))
    empty = next(k for k in range(1, 30) if str(first + timedelta(days=k)) not in days)
    page = offline_page
    page.goto(app_server["url"])
    frame = page.frame_locator(MAP_FRAME)
    count = frame.locator(".sm-count")
    expect(count).to_have_text(
        "12 events on the map; 2 out of view: zoom out to see them", timeout=120_000
    )
    frame.locator(".sm-time-size").select_option("day")
    frame.locator(".sm-time-slider").fill(str(empty + 1))  # 0 is every date, 1 the first day
    expect(frame.locator(".sm-time-label")).to_contain_text("0 events")
    expect(count).to_have_text("0 of 12 events on the map: no event on this day")
    frame.locator(".sm-time-slider").fill("1")  # the first day, with events: the count as before
    expect(count).not_to_contain_text("no event")
    assert page.errors == []


def test_the_history_pages_time_column_holds_a_whole_time(scratch_store):
    from streamlit.testing.v1 import AppTest

    store.save(to_frame(OWN[:1]))
    at = AppTest.from_file(str(ROOT / "pages" / "history.py"), default_timeout=60).run()
    # a grid column of 75 px showed "4 Dec 2026" and cut the time; the table wraps it whole
    # (tests/test_history_rows_browser.py: no cell cut at 1366 and 768 px)
    (when,) = [r["When"] for r in history_rows(at)]
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2} UTC", when), when
