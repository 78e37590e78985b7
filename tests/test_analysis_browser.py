"""The analyst's views in a real Chromium: occupied areas under the events, nightly tallies."""

from __future__ import annotations

import re

import geopandas as gpd
import pytest
import shapely
from playwright.sync_api import expect

from conftest import MAP_FRAME, ROOT, open_filters, running_app
from geo import context

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def front_app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("front")
    store = folder / "store.gpkg"
    area = folder / "occupied.geojson"
    gpd.GeoDataFrame(geometry=[shapely.box(37.2, 47.0, 39.0, 48.1)], crs="EPSG:4326").to_file(
        area, driver="GeoJSON"
    )  # holds Kurakhove, not Pokrovsk
    context.add(area, "occupied", "2024-11-01", context.path_for(store))
    with running_app(store, folder / "streamlit.log") as server:
        yield server


def test_occupied_areas_drawn_and_the_side_filter(offline_page, front_app):
    page = offline_page
    page.goto(front_app["url"])
    frame = page.frame_locator(MAP_FRAME)
    markers = frame.locator(".sm-event")
    expect(markers).to_have_count(12, timeout=120_000)
    area = frame.locator("path.sm-context")
    expect(area).to_have_count(1)
    # under the events: its pane is below the markers' and the precision shapes'
    z = area.evaluate("p => Number(getComputedStyle(p.closest('.leaflet-pane')).zIndex)")
    assert z < 400
    open_filters(page)
    side = page.get_by_test_id("stMultiSelect").filter(has_text="Side of the line")
    assert side.get_by_text("occupied", exact=True).count() == 0  # nothing chosen yet
    for _ in range(3):  # a rerun of the page (the box just opened) may take the first typing
        side.click()
        page.keyboard.type("occupied")
        page.keyboard.press("Enter")
        try:
            expect(side.get_by_text("occupied", exact=True)).to_be_visible(timeout=10_000)
            break
        except AssertionError:
            page.keyboard.press("Escape")
    expect(markers).to_have_count(1, timeout=30_000)
    expect(page.get_by_text("1 of 12 events match the filters")).to_be_visible()
    # the sidebar writes the address after the map is sent: it may come a moment later
    expect(page).to_have_url(re.compile("side=occupied"), timeout=30_000)
    markers.first.click()
    popup = frame.locator(".sm-popup")
    expect(popup).to_contain_text("Kurakhove", timeout=30_000)
    expect(popup).to_contain_text("Side of the line")
    expect(popup).to_contain_text("occupied")
    assert page.errors == []


def test_tallies_page_draws_both_charts_and_the_target_regions(offline_page, front_app):
    page = offline_page
    page.goto(front_app["url"] + "/tallies")
    expect(page.get_by_text("213 launched, 154 destroyed")).to_be_visible(timeout=120_000)
    charts = page.get_by_test_id("stVegaLiteChart")
    page.screenshot(path=str(ROOT / "artifacts" / "tallies-page.png"), full_page=True)
    expect(charts).to_have_count(2, timeout=30_000)
    for k in range(2):  # vega-embed has drawn each chart
        expect(charts.nth(k).locator("canvas, svg.marks").first).to_be_visible(timeout=30_000)
    regions = page.frame_locator(MAP_FRAME).locator("path.sm-tally-region")
    expect(regions).to_have_count(7, timeout=30_000)
    page.screenshot(path=str(ROOT / "artifacts" / "tallies-page.png"), full_page=True)
    assert page.errors == []


def test_range_page_draws_a_geodesic_ring_per_weapon(offline_page, front_app):
    page = offline_page
    page.goto(front_app["url"] + "/ranges")
    rings = page.frame_locator(MAP_FRAME).locator("path.sm-range-ring")
    expect(rings).to_have_count(2, timeout=120_000)  # Iskander and Storm Shadow by default
    # each ring its own colour, and its weapon and range written on it, in that colour
    colours = rings.evaluate_all("els => els.map(e => e.getAttribute('stroke'))")
    assert len(set(colours)) == 2
    labels = page.frame_locator(MAP_FRAME).locator(".sm-range-label")
    expect(labels).to_have_text(["Iskander: 500 km", "Storm Shadow: 250 km"])
    label_colours = labels.evaluate_all("els => els.map(e => getComputedStyle(e).color)")
    assert len(set(label_colours)) == 2
    for label in labels.all():
        assert label.is_visible()
    page.screenshot(path=str(ROOT / "artifacts" / "ranges-page.png"), full_page=True)
    assert page.errors == []


def test_range_page_names_the_place_it_draws_from(offline_page, front_app):
    """The basemap names no town under 500,000 people at the rings' zoom: Belgorod's dot sat
    unnamed on the label of Kharkiv, 70 km south, and read as a ring around Kharkiv (newuser30).
    The place's name is written above its dot, clear of it and of the rings' labels."""
    page = offline_page
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(front_app["url"] + "/ranges")
    frame = page.frame_locator(MAP_FRAME)
    origin = frame.locator(".sm-range-origin")
    expect(origin).to_have_text("Belgorod, RU", timeout=120_000)
    expect(origin).to_be_visible()
    name, dot = origin.bounding_box(), frame.locator("path.leaflet-interactive").first
    expect(dot).to_be_visible()
    point = dot.bounding_box()  # the dot's circle (drawn before the rings)
    assert name["y"] + name["height"] <= point["y"], (name, point)  # above it, not on it
    assert abs(name["x"] + name["width"] / 2 - (point["x"] + point["width"] / 2)) < 2
    assert page.errors == []
