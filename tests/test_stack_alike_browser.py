"""A stack of alike events lists them as one line with their count: the UCDP import put 132
"2014-08-29 · fighting · 1 killed" on Novokaterynivka's point, 14 pages of the same line."""

from __future__ import annotations

from playwright.sync_api import expect

from conftest import BASE_EVENT, open_map_file
from geo.events import to_frame

MARKUP = '<img src=x onerror="document.title=1">'


def _frame():
    alike = [
        {**BASE_EVENT, "event_date": "2025-01-01", "event_type": "fighting", "fatalities": 1,
         "source": f"row {i}", "source_text": f"Clashes near the village, row {i}."}
        for i in range(12)
    ]  # fmt: skip
    return to_frame(
        [
            {**BASE_EVENT, "event_date": "2025-02-01", "weapon": MARKUP},
            *alike,
            {**BASE_EVENT, "event_date": "2025-01-01", "event_type": "fighting", "fatalities": 2},
            {**BASE_EVENT, "event_date": "2024-12-01"},
            {**BASE_EVENT, "event_date": "2024-12-01"},
        ]
    )


def test_alike_lines_are_one_line_with_their_count_and_every_distinct_line_stays(
    offline_page, tmp_path
):
    page = offline_page
    open_map_file(page, _frame(), tmp_path)
    page.locator('.leaflet-marker-icon[title="Kyiv"]').first.click()
    popup = page.locator(".sm-stack-popup")
    expect(popup.locator("h4")).to_have_text("16 events · Kyiv")
    expect(popup.locator(".sm-list li")).to_have_text(
        [
            f"2025-02-01 · strike · {MARKUP}",
            "2025-01-01 · fighting · 2 killed",  # (a day's later rows first, as before)
            "2025-01-01 · fighting · 1 killed ×12",
            "2024-12-01 · strike ×2",
        ]
    )
    expect(popup.locator(".sm-pager")).to_have_count(0)  # 4 lines: one page, not two
    assert popup.locator("img").count() == 0  # the weapon's markup is text, as before
    page.screenshot(path=str(tmp_path / "alike.png"))
    assert page.errors == []


def test_an_alike_line_opens_to_each_of_its_events_in_turn(offline_page, tmp_path):
    page = offline_page
    open_map_file(page, _frame(), tmp_path)
    page.locator('.leaflet-marker-icon[title="Kyiv"]').first.click()
    popup = page.locator(".sm-stack-popup")
    popup.locator(".sm-list li button").nth(2).click()
    expect(popup.locator(".sm-pager")).to_contain_text("1 of 12 alike")
    first = popup.locator(".sm-details").inner_text()
    popup.get_by_role("button", name="next ›").click()
    expect(popup.locator(".sm-pager")).to_contain_text("2 of 12 alike")
    assert popup.locator(".sm-details").inner_text() != first  # another row's source
    popup.get_by_role("button", name="‹ previous").click()
    expect(popup.locator(".sm-pager")).to_contain_text("1 of 12 alike")
    popup.get_by_role("button", name="‹ all 16 events here").click()
    expect(popup.locator(".sm-list li")).to_have_count(4)
    assert page.errors == []
