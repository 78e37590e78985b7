"""What a new analyst found in a real Chromium (newuser30): at 1366 px beside the sidebar the
review table cut its "claimed by" column at the view's edge ("Local authoriti…")."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_pages_browser import _extract

from conftest import ROOT, running_app
from webui.review_table import _WIDE

pytestmark = pytest.mark.browser

REPORT = (
    "Kyiv, 2025-04-09\nShelling of Izium damaged two houses overnight, local authorities said.\n"
)


def test_at_1366_px_the_review_shows_claimed_by_whole(offline_page, tmp_path):
    """The columns an analyst edits first (Save to claimed by: ``review_table._WIDE``) end inside
    the table's view, and claimed by holds newuser30's "Local authorities" in the grid's font."""
    with running_app(tmp_path / "store.gpkg", tmp_path / "streamlit.log") as server:
        page = offline_page
        page.set_viewport_size({"width": 1366, "height": 900})
        _extract(page, server["url"], REPORT, "newuser30.txt")
        expect(page.get_by_test_id("stHeading").filter(has_text="1 event found")).to_be_visible(
            timeout=120_000
        )
        grid = page.get_by_test_id("stDataFrame").filter(visible=True).first
        seen = grid.evaluate("g => g.querySelector('.dvn-scroller').clientWidth")
        assert sum(_WIDE.values()) <= seen, (sum(_WIDE.values()), seen)
        text = grid.evaluate(
            """g => { const c = document.createElement('canvas').getContext('2d');
                     c.font = '14px ' + getComputedStyle(g).fontFamily;
                     return c.measureText('Local authorities').width; }"""
        )
        assert _WIDE["claimed_by"] >= text + 2 * 8, (_WIDE["claimed_by"], text)  # (its padding)
        grid.scroll_into_view_if_needed()
        (ROOT / "artifacts").mkdir(exist_ok=True)
        grid.screenshot(path=str(ROOT / "artifacts" / "ingest-review-1366.png"))
        assert page.errors == []
