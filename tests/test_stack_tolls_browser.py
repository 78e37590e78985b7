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


def test_the_stack_list_says_a_day_that_stands_for_its_week_or_month(offline_page, tmp_path):
    """A weekly bulletin's row read "2026-11-26 · strike" in the list, a day's event, while its
    own popup said "2026-11-26 (week)" (newuser32)."""
    frame = to_frame(
        [
            {**BASE_EVENT, "event_date": "2026-11-27", "injured": 3},
            {**BASE_EVENT, "event_date": "2026-11-26", "time_precision": 2, "fatalities": 4},
            {**BASE_EVENT, "event_date": "2026-11-15", "time_precision": 3},
        ]
    )
    page = offline_page
    open_map_file(page, frame, tmp_path)
    page.locator('.leaflet-marker-icon[title="Kyiv"]').first.click()
    popup = page.locator(".sm-stack-popup")
    expect(popup.locator(".sm-list li")).to_have_text(
        [
            "2026-11-27 · strike · 3 injured",
            "2026-11-26 (week) · strike · 4 killed",
            "2026-11-15 (month) · strike",
        ]
    )
    popup.locator(".sm-list li button").nth(1).click()
    expect(popup).to_contain_text("2026-11-26 (week)")
    assert page.errors == []


def test_the_stack_list_gives_an_interception_s_counts(offline_page, tmp_path):
    """An air force's "shot down 64 of the 81 Shahed drones" read "2026-12-05 · interception ·
    Shahed" in Odesa region's list, the counts only in its own popup, while a strike beside it
    gave its toll (newuser32)."""
    frame = to_frame(
        [
            {**BASE_EVENT, "event_date": "2026-12-05", "event_type": "interception",
             "weapon": "Shahed", "launched": 81, "destroyed": 64},
            {**BASE_EVENT, "event_date": "2026-12-04", "event_type": "interception",
             "launched": 12},
            {**BASE_EVENT, "event_date": "2026-12-03", "injured": 2},
        ]
    )  # fmt: skip
    page = offline_page
    open_map_file(page, frame, tmp_path)
    page.locator('.leaflet-marker-icon[title="Kyiv"]').first.click()
    popup = page.locator(".sm-stack-popup")
    expect(popup.locator(".sm-list li")).to_have_text(
        [
            "2026-12-05 · interception · Shahed · 64 destroyed (of 81 launched)",
            "2026-12-04 · interception · 12 launched",
            "2026-12-03 · strike · 2 injured",
        ]
    )
    assert page.errors == []
