"""The Map page's time chart in a real Chromium: it follows the filters, and a brush sets the dates."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

_BAR = re.compile(r"events: (\d+);.*from: (\d{4}-\d{2}-\d{2})")


def _bars(chart) -> list[tuple[str, int]]:
    """(first day, events) of every bar drawn, read from the SVG marks' aria labels."""
    labels = chart.locator("svg.marks [aria-label]").evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))"
    )
    return [(m[2], int(m[1])) for m in map(_BAR.search, labels) if m]


def _shown(page) -> int:
    caption = page.get_by_text(re.compile(r"^[\d,]+ of [\d,]+ events shown"))
    return int(caption.inner_text().split(" of ")[0].replace(",", ""))


def test_the_time_chart_follows_the_filters_and_a_brush_sets_the_dates(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"])
    chart = page.get_by_test_id("stVegaLiteChart")
    expect(chart.locator("svg.marks")).to_be_visible(timeout=60_000)
    expect(page.get_by_text("12 of 12 events shown")).to_be_visible()
    assert sum(n for _, n in _bars(chart)) == 12

    # The chart follows a filter: only the strikes.
    page.get_by_test_id("stMultiSelect").nth(1).click()
    page.keyboard.type("strike")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(r"type=strike"), timeout=30_000)
    expect(page.get_by_text("12 of 12 events shown")).to_be_hidden(timeout=30_000)
    strikes = _shown(page)
    page.wait_for_function(
        "n => [...document.querySelectorAll('[data-testid=stVegaLiteChart] svg.marks [aria-label]')]"
        ".map(e => (/events: (\\d+);/.exec(e.getAttribute('aria-label')) || [0, 0])[1])"
        ".reduce((a, b) => a + Number(b), 0) === n",
        arg=strikes,
        timeout=30_000,
    )
    assert 0 < strikes < 12
    bars = _bars(chart)
    assert sum(n for _, n in bars) == strikes

    # Brush the middle third: the dates go to the sidebar and the address, whole days.
    chart.scroll_into_view_if_needed()
    box = chart.locator("svg.marks").bounding_box()
    y = box["y"] + box["height"] * 0.4
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"since=.*until="), timeout=30_000)
    query = parse_qs(urlparse(page.url).query)
    since, until = query["since"][0], query["until"][0]
    assert since < until and query["type"] == ["strike"]
    inside = sum(n for day, n in bars if since <= day <= until)
    expect(page.get_by_text(f"{inside} of 12 events shown")).to_be_visible(timeout=30_000)
    assert page.errors == []
