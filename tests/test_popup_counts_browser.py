"""An interception's popup says its counts (newuser21: launched and destroyed were stored and
exported, and the popup said "interception · drone" with no number)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "launched, destroyed, heading",
    [
        (30, 21, "interception · drone: 21 destroyed (of 30 launched)"),
        (None, 9, "interception · drone: 9 destroyed"),
        (12, None, "interception · drone: 12 launched"),
        (None, None, "interception · drone"),
    ],
)
def test_the_popup_heading_gives_the_counts(offline_page, tmp_path, launched, destroyed, heading):
    event = {
        **BASE_EVENT,
        "event_type": "interception",
        "weapon": None,
        "weapon_category": "drone",
        "launched": launched,
        "destroyed": destroyed,
        "place": "Kurakhove",
        "lat": 47.98,
        "lon": 37.28,
    }
    path = tmp_path / "map.html"
    path.write_text(standalone_html(to_frame([event])), encoding="utf-8")
    page = offline_page
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    page.locator(".sm-event").first.click()
    expect(page.locator(".sm-popup h4")).to_have_text(heading, timeout=10_000)
    assert page.errors == []
