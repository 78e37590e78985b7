"""The History page shows an imported event's megabytes of text shortened, as the Map page's
popups and table do (geo.long_text): a 2 MB place and a 1 MB edited note were drawn whole, 2 MB
of text in the page's table and its first column as wide as the unbroken place (attack31)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_history_rows_browser import imported_and_noted

from conftest import running_app

pytestmark = pytest.mark.browser

PLACE = "P" * 2_000_000  # one unbroken word: a place cell as a script can write it
NOTE = "N" * 1_000_000


def test_history_shortens_megabyte_cells_and_stays_inside_the_window(offline_page, tmp_path):
    store = imported_and_noted(
        tmp_path,
        "date,type,location,latitude,longitude\n"
        f"2026-11-01,strike,{PLACE},49.5,36.0\n2026-11-02,strike,Izium,49.2,37.26\n",
        NOTE,  # an edit: its new value is a cell of the "Fields" column
    )
    page = offline_page
    with running_app(store, tmp_path / "streamlit.log") as server:
        for width in (1366, 390):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(server["url"] + "/history")
            table = page.locator(".sm-history")
            expect(table).to_be_visible(timeout=60_000)
            expect(page.get_by_text("Izium, 2026-11-02").first).to_be_visible()
            text = table.inner_text()
            # four changes (two new events, two edits), each cell at most some 560 characters
            assert len(text) < 20_000, len(text)
            assert "2,000,000 characters" in text and "1,000,000 characters" in text
            main = page.get_by_test_id("stMain")
            assert main.evaluate("m => m.scrollWidth <= m.clientWidth"), (
                f"the page scrolls sideways at {width} px"
            )
            page.screenshot(path=str(tmp_path / f"history-{width}.png"), full_page=True)
    assert page.errors == []
