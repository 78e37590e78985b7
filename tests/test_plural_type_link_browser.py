"""A link's event type in the plural keeps those events: "?type=strikes" was left out as "no
option is spelt so" and the page showed all 12 events, while "?weapon=drones" kept the drones
(newuser33 wrote the link as the type is said aloud, "show me the strikes")."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from conftest import MAP_FRAME

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("query", "kept"), [("type=strikes", 8), ("type=Meetings", 2)])
def test_a_plural_event_type_in_the_link_filters(offline_page, app_server, query, kept):
    page = offline_page
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(f"{app_server['url']}/?{query}")
    expect(page.frame_locator(MAP_FRAME).locator("[data-sm-ready='1']")).to_have_count(
        1, timeout=120_000
    )
    main = page.get_by_test_id("stMain")
    expect(main).to_contain_text(re.compile(rf"(?<!\d){kept} of 12 events match"), timeout=30_000)
    assert "left out" not in main.inner_text()
    assert page.errors == []
