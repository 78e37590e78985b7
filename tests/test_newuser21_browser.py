"""What newuser21 found still open, in a real Chromium: a region's event downloaded from the Map
page at the region's point and name, and the map's view given back when a popup that panned it
closes (markers had stayed under the time control)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from playwright.sync_api import expect
from test_fit_clear_browser import _UNDER  # markers under a control, counted

from conftest import BASE_EVENT, ROOT
from geo.events import to_frame
from geo.region_points import region_points
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "artifacts" / "ui22"

# where each marker is on the screen
_CENTRE = """() => [...document.querySelectorAll('.sm-event')]
  .map(e => e.getBoundingClientRect()).map(r => [Math.round(r.left), Math.round(r.top)])"""


def _near(a: list, b: list) -> bool:
    """Markers at the same places, give or take a pixel's rounding."""
    if len(a) != len(b):
        return False
    return all(
        abs(p - q) <= 1 for u, v in zip(a, b, strict=True) for p, q in zip(u, v, strict=True)
    )


def test_the_map_page_downloads_a_region_s_event_where_the_map_draws_it(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"])
    markers = page.frame_locator('iframe[title="Event map"]').locator(".sm-event")
    expect(markers.first).to_be_visible(timeout=120_000)
    lat, lon = region_points()["UA|Sumy"]
    page.get_by_text("Export", exact=True).click()  # folded when the page opens
    with page.expect_download() as download:
        page.get_by_role("button", name="Download GeoJSON").click(timeout=60_000)
    doc = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    (sumy,) = [f for f in doc["features"] if f["properties"]["admin1"] == "Sumy"]
    assert sumy["properties"]["place"] == "Sumy region"
    assert sumy["geometry"]["coordinates"] == pytest.approx([lon, lat], abs=1e-6)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "export-box.png"))
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click(timeout=60_000)
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    (row,) = [r for r in rows if r["admin1"] == "Sumy"]
    assert row["location"] == "Sumy region" and float(row["latitude"]) == pytest.approx(lat)
    assert page.errors == []


# a box of events as newuser21's: one high up (its popup pans the map down), some low down
PLACES = [(52.3, 34.9), (50.0, 36.2), (48.3, 37.2), (47.1, 35.4), (46.6, 32.6), (47.0, 31.9)]


@pytest.mark.parametrize("size", [(525, 617), (900, 620)])
def test_closing_a_popup_that_panned_the_map_gives_the_first_view_back(browser, tmp_path, size):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    records = [
        {
            **BASE_EVENT,
            "place": f"P{k}",
            "lat": lat,
            "lon": lon,
            "weapon_category": "drone",
            "source_text": "A long enough sentence about a drone strike. " * 6,
        }
        for k, (lat, lon) in enumerate(PLACES)
    ]
    path = tmp_path / "map.html"
    path.write_text(standalone_html(to_frame(records)), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    expect(page.locator(".sm-time")).to_be_visible()
    page.wait_for_timeout(400)  # the fit after the host page's own
    page.screenshot(path=str(ARTIFACTS / f"popup-before-{size[0]}.png"))
    first = page.evaluate(_CENTRE)
    assert page.evaluate(_UNDER) == 0
    page.locator('.sm-event[title="P0"]').click()
    popup = page.locator(".leaflet-popup")
    expect(popup).to_be_visible()
    page.wait_for_timeout(600)  # the pan's animation
    assert page.evaluate(_CENTRE) != first  # the popup did pan the map
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"popup-open-{size[0]}.png"))
    page.locator(".leaflet-popup-close-button").click()
    expect(popup).to_have_count(0)
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / f"popup-closed-{size[0]}.png"))
    assert _near(page.evaluate(_CENTRE), first)
    assert page.evaluate(_UNDER) == 0
    context.close()


def test_a_reader_s_own_move_after_the_popup_stands(browser, tmp_path):
    context = browser.new_context(viewport={"width": 525, "height": 617})
    page = context.new_page()
    records = [
        {**BASE_EVENT, "place": f"P{k}", "lat": lat, "lon": lon, "weapon_category": "drone"}
        for k, (lat, lon) in enumerate(PLACES)
    ]
    path = tmp_path / "map.html"
    path.write_text(standalone_html(to_frame(records)), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    page.wait_for_timeout(400)
    page.locator('.sm-event[title="P0"]').click()
    expect(page.locator(".leaflet-popup")).to_be_visible()
    page.wait_for_timeout(600)
    box = page.locator(".leaflet-container").bounding_box()
    page.mouse.move(box["x"] + 60, box["y"] + box["height"] - 200)
    page.mouse.down()
    page.mouse.move(box["x"] + 160, box["y"] + box["height"] - 150, steps=8)
    page.mouse.up()
    page.wait_for_timeout(600)
    moved = page.evaluate(_CENTRE)
    page.keyboard.press("Escape") if page.locator(".leaflet-popup").count() else None
    page.evaluate("() => document.querySelector('.leaflet-popup-close-button')?.click()")
    page.wait_for_timeout(300)
    assert _near(page.evaluate(_CENTRE), moved)
    context.close()
