"""Enter or Space on a marker that other markers cover fans them out and opens the focused one's
popup: the keyboard only fanned them out (newuser21), the popup out of reach. Each fanned-out
marker takes Enter as the others do."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_tab_order_browser import map_of_towns

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("key", ["Enter", " "])
def test_a_key_on_covered_markers_fans_them_out_and_opens_the_popup(offline_page, tmp_path, key):
    # two villages a few hundred metres apart: two markers, one over the other at every zoom
    # the map opens at
    near = [("Bilozerske", 48.5000, 37.0500), ("Dobropillia", 48.5030, 37.0530)]
    page = offline_page
    map_of_towns(page, tmp_path, near)
    markers = page.locator(".leaflet-marker-pane .sm-event")
    expect(markers).to_have_count(2)
    markers.first.focus()
    title = markers.first.get_attribute("title") or ""
    page.keyboard.press(key)
    fanned = page.locator(".leaflet-sm-spider-pane .sm-event")
    expect(fanned).to_have_count(2, timeout=10_000)
    popup = page.locator(".sm-popup")
    expect(popup).to_be_visible(timeout=10_000)
    place = popup.locator("dd").nth(1).inner_text()
    assert place.split(",")[0] in title, (place, title)
    # a fanned-out marker opens by Enter too: the other one's popup
    other = next(p for p, _, _ in near if p not in title)
    fanned.filter(has=page.locator(f"xpath=self::*[contains(@title, '{other}')]")).focus()
    page.keyboard.press("Enter")
    expect(page.locator(".sm-popup", has_text=other)).to_be_visible(timeout=10_000)
    assert page.errors == []
