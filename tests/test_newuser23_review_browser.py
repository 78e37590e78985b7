"""What a new analyst (newuser23) found in the review, in a real Chromium: regions named in local
transliteration ("Moskovskaya region", "Orël region"), an excerpt cut inside a word ("…f the
Kharkiv"), and the candidate the event is at listed "0 km away", like a reason to keep it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from test_newuser20_browser import _reviewed

pytestmark = pytest.mark.browser

# (our own words) a ministry's night of drones; the event's sentence comes well after the start
REPORT = (
    "Moscow, 2025-06-04\n"
    "The press service of the defence ministry published its usual morning statement about the "
    "night, listing the regions over which the air defence forces on duty had been at work "
    "since midnight, and the numbers the duty officers reported to the command post.\n"
    "Air defence forces intercepted and destroyed 11 drones over the Oryol region and 3 over the "
    "Moscow region overnight, the ministry said.\n"
)


def test_the_review_names_regions_in_english_cuts_at_words_and_says_where_the_event_is(
    offline_page, app_server, tmp_path
):
    page = offline_page
    page.set_viewport_size({"width": 1366, "height": 1400})
    _reviewed(page, app_server["url"], REPORT)
    chooser = page.get_by_role("combobox", name="Review event")
    expect(chooser).to_have_value(re.compile(r"Oryol region"), timeout=60_000)
    table = page.get_by_test_id("stMain").inner_text()
    assert "Moskovskaya" not in table and "Orël" not in table
    # the excerpt starts at a word: "…night, listing", never "…ght, listing"
    excerpt = page.locator("div:has(> mark)").first
    expect(excerpt).to_be_visible()
    words = excerpt.inner_text().removeprefix("…").split()
    assert words[0] in REPORT.split(), words[:3]
    page.screenshot(path=str(tmp_path / "review.png"))
    places = page.get_by_role("combobox", name="Place (ranked candidates)")
    expect(places).to_have_value(re.compile(r"the event's place now"))
    places.click()
    options = page.get_by_role("option")
    expect(options.first).to_be_visible()
    assert not [o for o in options.all_inner_texts() if "0 km away" in o]
    page.screenshot(path=str(tmp_path / "candidates.png"))
    assert page.errors == []
