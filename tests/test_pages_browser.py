"""What the pages show, in a real Chromium: user text as typed, furniture that does not overlap."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from webui.text import WORD_JOINER

pytestmark = pytest.mark.browser

# A report name with every kind of markup Streamlit would otherwise draw: a link, bare addresses
# it links by itself, an icon, a formula, code, bold and HTML.
HOSTILE = "x [link](http://e.com) www.e.com a@b.com :material/home: $y$ `c` **b** <i>i</i>"


def test_a_report_name_with_markup_shows_as_typed(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"] + "/ingest")
    area = page.get_by_label("Report text")
    expect(area).to_be_visible(timeout=120_000)
    area.fill("Kyiv, 2025-01-02\nDrones struck Kharkiv overnight.")
    area.press("Control+Enter")
    name = page.get_by_label("Source (report name)")
    name.fill(HOSTILE)
    name.press("Enter")
    page.get_by_role("button", name="Extract events").click()
    heading = page.get_by_test_id("stHeading").filter(has_text="found in")
    expect(heading).to_be_visible(timeout=120_000)
    assert heading.inner_text().replace(WORD_JOINER, "") == f"1 event found in {HOSTILE}"
    # no link (but the heading's own # anchor), icon, code, bold, italics or formula
    for markup in (
        "a:not([href^='#'])",
        "[role=img]",
        "code",
        "strong",
        "i",
        ".katex",
    ):
        assert heading.locator(markup).count() == 0, markup
    assert page.errors == []
