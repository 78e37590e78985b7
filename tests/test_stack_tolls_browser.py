"""A stack's popup lists each event's toll, killed and injured where given: it showed killed only,
so a strike with 3 injured read "2026-01-17 · strike" and no figure at all (newuser26)."""

from __future__ import annotations

from playwright.sync_api import expect

from conftest import BASE_EVENT, open_map_file
from geo.events import to_frame


def test_the_stack_list_gives_killed_and_injured(offline_page, tmp_path):
    frame = to_frame(
        [
            {**BASE_EVENT, "event_date": "2026-01-17", "injured": 3},
            {**BASE_EVENT, "event_date": "2025-07-10", "weapon": "Shahed", "fatalities": 2,
             "injured": 16},
            {**BASE_EVENT, "event_date": "2025-04-21", "fatalities": 0},
        ]
    )  # fmt: skip
    page = offline_page
    open_map_file(page, frame, tmp_path)
    page.locator('.leaflet-marker-icon[title="Kyiv"]').first.click()
    popup = page.locator(".sm-stack-popup")
    expect(popup.locator(".sm-list li")).to_have_text(
        [
            "2026-01-17 · strike · 3 injured",
            "2025-07-10 · strike · Shahed · 2 killed, 16 injured",
            "2025-04-21 · strike · 0 killed",
        ]
    )
    page.screenshot(path=str(tmp_path / "stack.png"))
    assert page.errors == []
