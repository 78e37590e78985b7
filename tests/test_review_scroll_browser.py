"""Choosing an event in the review keeps the analyst where they were on the page (newuser17 saw
the page at the review's top after a choice: the pass's own script had scrolled it there; no
rerun of the choice moves it, here with the box at the top of the view, where a page that grew
shorter after the choice would pull it up)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from test_pages_browser import _extract

pytestmark = pytest.mark.browser

REPORT = (
    "Kyiv, 2025-03-04\n"
    "A drone struck a warehouse in Kharkiv overnight. Shelling damaged houses in Nikopol. "
    "Air defence downed missiles over Odesa. A glide bomb hit a school in Sumy.\n"
)
# the page's scroll position: whichever element scrolls (Streamlit's main section, or the page)
SCROLLED = """() => {
  const all = [document.scrollingElement, ...document.querySelectorAll('main, section')];
  return Math.max(...all.map(e => e.scrollTop));
}"""


def test_choosing_an_event_keeps_the_page_where_it_was(offline_page, app_server):
    page = offline_page
    page.set_viewport_size({"width": 1366, "height": 700})
    _extract(page, app_server["url"], REPORT, "scroll-report")
    chosen = page.get_by_role("combobox", name="Review event")
    expect(chosen).to_have_value(re.compile("^1\\."), timeout=120_000)
    box = page.get_by_test_id("stSelectbox").filter(has_text="Review event")
    box.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.wait_for_timeout(1000)
    before = page.evaluate(SCROLLED)
    assert before > 200
    box.locator("button[aria-label='Open']").click()
    page.get_by_role("option", name=re.compile("^3\\.")).click()
    expect(chosen).to_have_value(re.compile("^3\\."), timeout=60_000)
    expect(page.get_by_role("combobox", name="Place (ranked candidates)")).to_have_value(
        re.compile("^Odesa"), timeout=60_000
    )  # the fresh review of the chosen event
    seen = []
    for _ in range(12):
        page.wait_for_timeout(250)
        seen.append(page.evaluate(SCROLLED))
    assert min(seen) >= before - 40, (before, seen)
    assert page.errors == []
