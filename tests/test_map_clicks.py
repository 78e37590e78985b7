"""Events can be opened by clicks: events at one place or region are one marker whose popup lists
them (a page at a time), and a table row opens its event on the map."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import ROOT, running_app
from geo import store
from geo.events import load_reference, to_frame

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "artifacts"
STACK = 374  # events UCDP places at "Donetsk Oblast" and nowhere more precise
IFRAME = 'iframe[title="streamlit_folium.st_folium"]'


def _map(page):
    # the last: while the page reruns, Streamlit can show the old frame beside the new one
    return page.locator(IFRAME).last.content_frame


def _click_where(page, place: str) -> None:
    """Click the middle of the place's marker as a user would: whatever lies on top gets the
    click. If markers fan out, click the place's own among them."""
    frame = _map(page)
    marker = frame.locator(f'.leaflet-marker-pane .leaflet-marker-icon[title="{place}"]').first
    box = marker.bounding_box()  # page coordinates
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    fanned = frame.locator(f'.leaflet-sm-spider-pane .leaflet-marker-icon[title="{place}"]')
    popup = frame.locator(".sm-popup")
    expect(popup.or_(fanned).first).to_be_visible(timeout=30_000)
    if fanned.count():
        fanned.first.click()


def _zoom(page) -> float:
    return _map(page).locator(".leaflet-container").evaluate("() => window.sitrepMap.map.getZoom()")


@pytest.fixture(scope="module")
def stacked_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("stacked") / "store.gpkg"
    records = [
        {
            "event_id": f"stack-{k}",
            "event_date": f"2024-{1 + k % 12:02d}-{1 + k % 28:02d}",
            "time_precision": 1,
            "event_type": "fighting",
            "geo_precision": 3,
            "verification": "confirmed",
            "place": "Donetsk Oblast",
            "country": "UA",
            "admin1": "Donetsk",
            "lat": 48.14,
            "lon": 37.74,
            "fatalities": k % 5,
            "source": f"stack test {k}",
        }
        for k in range(STACK)
    ]
    store.save(to_frame(records), path)
    return path


def test_an_event_inside_a_374_event_region_stack_opens(offline_page, stacked_store):
    with running_app(stacked_store, stacked_store.parent / "streamlit.log") as server:
        page = offline_page
        page.goto(server["url"])
        frame = _map(page)
        expect(frame.locator("[data-sm-ready='1']")).to_have_count(1, timeout=240_000)
        stack = frame.locator(".leaflet-marker-pane .sm-stack")
        expect(stack).to_have_count(1)
        expect(stack).to_contain_text(str(STACK))
        # one outline for the region, not 374 stacked on each other
        assert frame.locator(".leaflet-overlay-pane path").count() < 12
        _click_where(page, "Donetsk Oblast")
        popup = frame.locator(".sm-popup")
        expect(popup).to_contain_text(f"{STACK} events · Donetsk Oblast")
        expect(popup).to_contain_text(f"1–10 of {STACK}")
        expect(popup.locator(".sm-list li").first).to_contain_text("2024-12-28")  # newest first
        popup.get_by_text("older ›").click()
        expect(popup).to_contain_text(f"11–20 of {STACK}")
        popup.locator(".sm-list button").nth(3).click()
        expect(popup).to_contain_text("somewhere in the region")
        expect(popup).to_contain_text("stack test")
        page.screenshot(path=str(ARTIFACTS / "map-stack-popup.png"))
        popup.get_by_text(f"‹ all {STACK} events here").click()
        expect(popup).to_contain_text(f"11–20 of {STACK}")
        assert page.errors == []


def test_choosing_a_table_row_centres_the_map_and_opens_its_popup(
    offline_page, app_server, gazetteer
):
    page = offline_page
    page.goto(app_server["url"])
    expect(_map(page).locator("[data-sm-ready='1']")).to_have_count(1, timeout=120_000)
    places = list(load_reference(gazetteer)["place"])
    grid = page.get_by_test_id("stDataFrame").first
    box = grid.bounding_box()
    row = 6  # Odesa: the rows are 35 px high under a 35 px header; the row marker is at the left
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 35 * row + 17)
    popup = _map(page).locator(".sm-popup")
    expect(popup).to_contain_text(places[row], timeout=60_000)
    assert _zoom(page) >= 9
    page.screenshot(path=str(ARTIFACTS / "map-row-chosen.png"))
    assert page.errors == []
