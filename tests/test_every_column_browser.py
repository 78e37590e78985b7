"""The Map page's "Show every column (status, figures, actor, source...)" shows them: at 1366 px
the table beside the map is about 330 px wide and drew date, place and 13 letters of the
sentence whichever way the switch was set, the status, figures and claimant off to the right
(newuser33 switched it on, saw no change, and could not check an event's status in the table)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def _headers(page) -> list[str]:
    """The column headers the grid draws (its accessible table holds the columns in view)."""
    grid = page.get_by_test_id("stDataFrame").first
    expect(grid).to_be_visible(timeout=60_000)
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(1500)
    return grid.locator("[role=columnheader]").all_inner_texts()


@pytest.mark.parametrize("width", [1366, 390])
def test_every_column_puts_the_fields_in_view(offline_page, app_server, width):
    page = offline_page
    page.set_viewport_size({"width": width, "height": 768})
    page.goto(app_server["url"])
    page.get_by_text("Table of the events shown").click()
    assert _headers(page)[:2] == ["date", "place"]  # the brief table as it was
    page.get_by_text("Show every column").click()
    expect(page.get_by_text("Every column: the table is under the map")).to_be_visible(
        timeout=60_000
    )
    shown = _headers(page)
    assert shown[:4] == ["date", "place", "type", "weapon"], shown  # the fields first
    if width > 1000:  # the page's width under the map: the figures, status and claimant too
        assert {"killed", "injured", "status", "claimed by"} <= set(shown), shown
    assert page.errors == []
