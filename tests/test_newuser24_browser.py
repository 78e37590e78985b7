"""What a new analyst found in a real Chromium (newuser24): some 120 px of blank above every
page's title (Streamlit's 6rem top padding), and the Ingest page's review table scrolling
sideways at 768 px, past killed, injured and status."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_pages_browser import _extract

from conftest import ROOT, running_app

ARTIFACTS = ROOT / "artifacts"

pytestmark = pytest.mark.browser

# Written for these tests: two events the extractor reads, in Sumy and Izium.
REPORT = (
    "Kyiv, 2025-04-09\n"
    "A guided bomb hit a school in Sumy at noon, wounding a teacher, the regional head said.\n"
    "Shelling of Izium damaged two houses overnight, local officials said.\n"
)
SCROLLS = (
    "g => { const s = g.querySelector('.dvn-scroller'); return s.scrollWidth - s.clientWidth }"
)


def _settled_top(page, title, tries: int = 40) -> float:
    """The title's top once the page has settled: the least of a few readings half a second apart
    (a stale element of the page before is gone within a rerun)."""
    top = title.bounding_box()["y"]
    for _ in range(tries):
        if top <= 64:
            break
        page.wait_for_timeout(500)
        top = title.bounding_box()["y"]
    return top


@pytest.mark.parametrize("width", [1366, 768])
def test_a_page_title_starts_right_under_the_header(offline_page, tmp_path, width):
    """(A server of its own: in the shared one, other tests' saves leave notices above a title.)"""
    page = offline_page
    page.set_viewport_size({"width": width, "height": 900})
    with running_app(tmp_path / "store.gpkg", tmp_path / "streamlit.log") as server:
        for path in ("", "/ingest", "/about"):
            page.goto(server["url"] + path)
            title = page.get_by_test_id("stHeading").first
            expect(title).to_be_visible(timeout=120_000)
            header = page.get_by_test_id("stHeader").bounding_box()
            # (the first open's "Starting" line stands above the title until the page has run)
            expect(page.get_by_text("Starting: the first page")).to_have_count(0, timeout=120_000)
            # (while a page reruns, the last page's elements may stand above its title a moment)
            top = _settled_top(page, title)
            assert header["y"] + header["height"] <= top <= 64, (path, top)  # (96 before)
        if width == 768:  # the sidebar's button, in the header's band, is not under the title
            expect(page.get_by_test_id("stExpandSidebarButton")).to_be_visible()


def test_at_768_px_the_review_table_fits_and_an_edit_in_it_is_saved(offline_page, tmp_path):
    """The first columns only, no sideways scroll; a figure typed there is the event's. (A server
    of its own: the saved events must not reach the other tests' shared store.)"""
    from geo import store

    with running_app(tmp_path / "store.gpkg", tmp_path / "streamlit.log") as server:
        page = offline_page
        page.set_viewport_size({"width": 768, "height": 900})
        _extract(page, server["url"], REPORT, "newuser24.txt")
        heading = page.get_by_test_id("stHeading").filter(has_text="2 events found")
        expect(heading).to_be_visible(timeout=120_000)
        tables = page.get_by_test_id("stDataFrame").filter(visible=True)
        expect(tables).to_have_count(1)
        grid = tables.first
        grid.scroll_into_view_if_needed()
        assert grid.evaluate(SCROLLS) <= 1  # (650 px past the edge before)
        assert page.get_by_test_id("stMain").evaluate("m => m.scrollWidth <= m.clientWidth")
        # the first event's killed: its place cell, then right past type, date and weapon
        box = grid.bounding_box()
        assert box["y"] + 70 < 900  # (in view: a click past the window's edge is lost)
        page.wait_for_timeout(1500)  # (the grid takes keys once it has drawn)
        page.mouse.click(box["x"] + 100, box["y"] + 35 + 17)
        page.wait_for_timeout(300)
        for _ in range(4):
            page.keyboard.press("ArrowRight")
        page.keyboard.type("3")
        page.wait_for_timeout(300)
        page.keyboard.press("Enter")
        # the edit taken, the table is drawn afresh from the events (keyed by edits taken)
        expect(page.locator(".st-key-ingest_compact_1")).to_have_count(1, timeout=60_000)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "ingest-review-768.png"), full_page=True)
        page.get_by_role("button", name="Save to the store").click()
        expect(page.get_by_text("Saved 2 new events")).to_be_visible(timeout=60_000)
        saved = store.load(server["store"]).set_index("place")
        assert saved.loc["Sumy", "fatalities"] == 3
        # wider again: the wide table, as at 1366 px
        page.set_viewport_size({"width": 1366, "height": 900})
        expect(page.get_by_test_id("stDataFrame").filter(visible=True)).to_have_count(1)
        assert page.get_by_test_id("stDataFrame").filter(visible=True).first.evaluate(SCROLLS) > 0
        assert page.errors == []
