"""On a phone the review's stacked fields show no category (it is in the table on a wider
screen): a drone strike with no system named showed an empty weapon box, read as "no weapon"
(newuser33's live blog: a drone over Kyiv, FPV drones on Nikopol). The empty box now says the
category in grey, as the wide table's "(drone)" does."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_pages_browser import _extract

pytestmark = pytest.mark.browser

# Written for this test: a drone strike with no system named, and one with its system.
REPORT = (
    "Kyiv, 2026-12-05\n"
    "A drone hit a bakery in Kharkiv before dawn, the mayor said.\n\n"
    "A Shahed struck a depot in Odesa in the evening, the governor said.\n"
)


def test_a_category_only_weapon_is_said_in_the_phones_weapon_box(offline_page, app_server):
    page = offline_page
    page.set_viewport_size({"width": 390, "height": 844})
    _extract(page, app_server["url"], REPORT, "phone-category.txt")
    expect(page.get_by_test_id("stHeading").filter(has_text="2 events found")).to_be_visible(
        timeout=120_000
    )
    narrow = page.locator(".st-key-ingest_narrow")
    weapon = narrow.get_by_label("weapon")
    weapon.scroll_into_view_if_needed()
    expect(narrow).to_contain_text("Kharkiv")
    assert weapon.input_value() == ""  # nothing typed: the box stays empty...
    assert weapon.get_attribute("placeholder") == "drone, no system named"  # ...and says so
    assert page.errors == []
