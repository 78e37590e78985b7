"""newuser27's findings on the Map page. A date range typed after a weapon link is written into
the page address with the weapon, and the address opened in a fresh tab gives the same filters
(their script read ``page.url`` while sleeping, when Playwright had not yet heard of the new
address: it was written some seconds after the typing). The date box shows the whole range at
1366 and 768 px ("2026-12-0" was cut)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from conftest import open_filters

pytestmark = pytest.mark.browser


def _type_day(page, which: str, day: str) -> None:
    year, month, dd = day.split("-")
    for part, value in (("year", year), ("month", month), ("day", dd)):
        page.get_by_role("spinbutton", name=f"{part}, Dates {which} date").click()
        page.keyboard.type(value)


def _whole_range_shown(page) -> None:
    """The date box's fields fit its width: at 1366 px the end day was cut ("2026-12-0")."""
    scroller = page.get_by_test_id("stSidebar").get_by_test_id("stDateInputFieldsScroller")
    widths = scroller.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert widths[0] <= widths[1], widths


def test_a_typed_range_after_a_weapon_link_is_kept_in_the_address(browser, app_server):
    context = browser.new_context(viewport={"width": 1366, "height": 768})
    page = context.new_page()
    page.goto(app_server["url"] + "/?weapon=drone")
    expect(page.get_by_text(re.compile(r"of 12 events match the filters"))).to_be_visible(
        timeout=120_000
    )
    open_filters(page)
    _type_day(page, "start", "2024-11-20")
    _type_day(page, "end", "2023-10-25")  # (an end before the start while it is typed)
    _type_day(page, "end", "2024-11-25")
    page.keyboard.press("Tab")
    expect(page).to_have_url(re.compile(r"until=2024-11-25"), timeout=30_000)
    expect(page).to_have_url(re.compile(r"since=2024-11-20"), timeout=30_000)
    query = parse_qs(urlparse(page.url).query)
    assert query["weapon"] == ["drone"]
    side = page.get_by_test_id("stSidebar")
    expect(side.get_by_text(re.compile("2024-11-20 to 2024-11-25"))).to_be_visible()
    _whole_range_shown(page)
    page.set_viewport_size({"width": 768, "height": 1024})
    _whole_range_shown(page)
    fresh = context.new_page()
    fresh.goto(page.url)
    fresh_side = fresh.get_by_test_id("stSidebar")
    expect(fresh_side.get_by_text(re.compile("drone · 2024-11-20 to 2024-11-25"))).to_be_visible(
        timeout=120_000
    )
    context.close()
