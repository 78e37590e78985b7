"""In a tablet's window (820 px, the sidebar open) the Map page's map takes the page's width, the
table's box under it: the map column was 277 px and markers were cut at its right edge
(newuser21). A laptop's window keeps the two columns side by side."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import MAP_FRAME, ROOT

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("width", "least", "most"), [(820, 450, 820), (1366, 450, 700)])
def test_the_map_takes_the_width_of_a_narrow_window(offline_page, app_server, width, least, most):
    page = offline_page
    page.set_viewport_size({"width": width, "height": 1100})
    page.goto(app_server["url"])
    frame = page.locator(MAP_FRAME)
    expect(frame).to_be_visible(timeout=120_000)
    expect(page.frame_locator(MAP_FRAME).locator("[data-sm-ready='1']")).to_have_count(
        1, timeout=120_000
    )
    box = frame.bounding_box()
    assert box is not None and least <= box["width"] <= most, box
    assert page.errors == []


# Written for this test: a two-town report whose review map is measured.
REPORT = "Kyiv, 2026-11-02\nDrones struck Kharkiv overnight. Shelling hit Kupiansk in the morning."


@pytest.mark.parametrize(("width", "least", "most"), [(768, 450, 768), (1366, 450, 700)])
def test_the_review_map_takes_the_width_of_a_tablet(offline_page, app_server, width, least, most):
    """At 768 px the Ingest page's review map was 277 px wide, its table squeezed beside it."""
    page = offline_page
    page.set_viewport_size({"width": width, "height": 1024})
    page.goto(app_server["url"] + "/ingest")
    area = page.get_by_label("Report text")
    expect(area).to_be_visible(timeout=120_000)
    area.fill(REPORT)
    area.press("Control+Enter")
    page.get_by_role("button", name="Extract events").click()
    frame = page.locator(MAP_FRAME)
    expect(frame).to_be_visible(timeout=120_000)
    expect(page.frame_locator(MAP_FRAME).locator("[data-sm-ready='1']")).to_have_count(
        1, timeout=120_000
    )
    page.screenshot(path=str(ROOT / "artifacts" / f"ingest-review-{width}.png"), full_page=True)
    box = frame.bounding_box()
    assert box is not None and least <= box["width"] <= most, box
    assert page.errors == []
