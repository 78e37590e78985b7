"""The pictures in the README and on the About page, taken from the running app in Chromium so
that they show what the app draws today: the Map page, its time chart, the density views, and
the Ingest page with a report's events. The suite writes them to a temporary folder (the tree
stays clean after ``make test``); ``make docs-img`` writes them to docs/img, to commit when they
change."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import MAP_FRAME, ROOT, open_filters

pytestmark = pytest.mark.browser

FOLDER_VARIABLE = "SITREP_DOCS_IMG"  # set by `make docs-img` to docs/img
PNG = b"\x89PNG\r\n\x1a\n"
IN_VIEW = """() => {
  const s = window.sitrepMap, b = s.map.getBounds();
  let n = 0;
  for (let i = 0; i < s.view.events.n; i++) { const e = s.event(i); if (b.contains([e.lat, e.lon])) { n += 1; } }
  return n;
}"""


def pictures_folder(temporary: Path) -> Path:
    """Where the pictures go: ``$SITREP_DOCS_IMG`` when set (``make docs-img``), else
    ``temporary``."""
    chosen = os.environ.get(FOLDER_VARIABLE)
    return Path(chosen) if chosen else temporary


@pytest.fixture(scope="module")
def images(tmp_path_factory) -> Path:
    folder = pictures_folder(tmp_path_factory.mktemp("pictures"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _saved(images: Path, name: str) -> bytes:
    data = (images / name).read_bytes()
    assert data.startswith(PNG) and len(data) > 5_000, name  # a picture, not a blank
    return data


def test_pictures_of_the_map_the_time_chart_and_the_density_view(offline_page, app_server, images):
    page = offline_page
    page.goto(app_server["url"])
    frame = page.frame_locator(MAP_FRAME)
    expect(frame.locator(".sm-event")).to_have_count(12, timeout=120_000)
    page.get_by_text("Table of the events shown").click()  # folded when the page opens
    expect(page.get_by_test_id("stDataFrame")).to_be_visible(timeout=60_000)
    open_filters(page)  # folded too: the picture shows what they offer
    page.wait_for_timeout(1000)  # the outlines arrive, the map fits its frame
    page.screenshot(path=str(images / "map-page.png"))
    page.get_by_text("Events over time", exact=True).click()
    chart = page.get_by_test_id("stVegaLiteChart")
    expect(chart.locator("svg.marks")).to_be_visible(timeout=60_000)
    chart.scroll_into_view_if_needed()
    chart.screenshot(path=str(images / "time-chart.png"))
    box = frame.locator("[data-sm-ready='1']")
    frame.locator(".sm-density-on").click()
    # the hexagons hold the events in view (the first view is the theatre's: not the two
    # meetings abroad)
    in_view = frame.locator(".leaflet-container").evaluate(IN_VIEW)
    assert 0 < in_view <= 12
    expect(box).to_have_attribute("data-sm-density-total", str(in_view))
    page.locator(MAP_FRAME).screenshot(path=str(images / "density.png"))
    frame.locator(".sm-density-regions").click()
    expect(box).to_have_attribute("data-sm-region-cells", re.compile(r"^[1-9]"))
    page.locator(MAP_FRAME).screenshot(path=str(images / "regions.png"))
    names = ("map-page.png", "time-chart.png", "density.png", "regions.png")
    pictures = [_saved(images, n) for n in names]
    assert len(set(pictures)) == 4
    assert page.errors == []


def test_picture_of_a_report_becoming_events(offline_page, app_server, images):
    page = offline_page
    page.goto(app_server["url"] + "/ingest")
    report = (ROOT / "data" / "reports" / "r1_odesa_port.txt").read_text(encoding="utf-8")
    area = page.get_by_label("Report text")
    expect(area).to_be_visible(timeout=120_000)
    area.fill(report)
    area.press("Control+Enter")
    name = page.get_by_label("Source (report name)")
    name.fill("r1_odesa_port.txt")  # a fixed name: the picture changes only when the page does
    name.press("Enter")
    page.get_by_role("button", name="Extract events").click()
    found = page.get_by_text(re.compile(r"^\d+ events? found in"))
    expect(found).to_be_visible(timeout=120_000)
    expect(page.frame_locator(MAP_FRAME).locator(".sm-event").first).to_be_visible(timeout=60_000)
    # the page scrolls inside Streamlit's main block: bring the events to the top of the window
    found.evaluate("h => h.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(1000)
    page.screenshot(path=str(images / "ingest.png"))
    _saved(images, "ingest.png")
    assert page.errors == []
