"""A report's records of one place and day are one event on the map: "a missile and drone
attack" on a town is stored as one record per weapon category (the benchmark's gold wants it),
but one marker with no count and one popup entry listing each record say it is one attack."""

from __future__ import annotations

import re

import numpy as np
import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.map_payload import report_codes, stack_codes
from geo.standalone import standalone_html

TOWN = {"place": "Kryvyi Rih", "lat": 47.91, "lon": 33.39, "event_date": "2025-06-03"}
SENT = {**BASE_EVENT, **TOWN, "source": "night-report.txt", "claimed_by": "the governor"}
ATTACK = [  # one sentence: "a missile and drone attack ... killing two and injuring seven"
    {**SENT, "weapon_category": "missile", "fatalities": 2, "injured": 7},
    {**SENT, "weapon_category": "drone"},
]
ELSEWHERE_ON_THE_DAY = {
    **BASE_EVENT,
    **TOWN,
    "source": "other-wire.txt",
    "weapon_category": "drone",
}

# each record: weapon, figures, claim; beside another event, the report is one entry of the list
RECORD_LINES = [
    "missile · 2 killed, 7 injured · claimed by the governor",
    "drone · claimed by the governor",
]
LIST_LINES = [
    "2025-06-03 · strike · drone",
    "2025-06-03 · strike · missile and drone · 2 killed, 7 injured (one report, 2 records)",
]


def _frame(records):
    return to_frame(records)


def _codes(frame):
    lat = np.round(frame.geometry.y.to_numpy() * 100_000).astype(np.int32)
    lon = np.round(frame.geometry.x.to_numpy() * 100_000).astype(np.int32)
    return report_codes(frame, stack_codes(frame, lat, lon))


def test_records_of_one_report_place_and_day_share_a_code_and_others_stand_alone():
    later = {**SENT, "event_date": "2025-06-04", "weapon_category": "drone"}
    codes = _codes(_frame([*ATTACK, ELSEWHERE_ON_THE_DAY, later, {**BASE_EVENT, **TOWN}]))
    assert codes[0] == codes[1] >= 0
    assert list(codes[2:]) == [-1, -1, -1]  # another source, another day, no source


def _open_map(page, tmp_path, frame):
    """The standalone map of ``frame`` open in ``page``; the Kryvyi Rih marker."""
    path = tmp_path / "map.html"
    path.write_text(standalone_html(frame), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    return page.locator('.leaflet-marker-icon[title="Kryvyi Rih"]')


@pytest.mark.browser
def test_a_missile_and_drone_attack_is_one_marker_listing_each_record(offline_page, tmp_path):
    page = offline_page
    marker = _open_map(page, tmp_path, _frame(ATTACK))
    expect(marker).to_have_count(1)
    expect(marker).not_to_have_class(re.compile(r"\bsm-stack\b"))  # no count: one attack, not two
    marker.click()
    popup = page.locator(".sm-stack-popup")
    expect(popup.locator("h4")).to_have_text("1 event, 2 records · Kryvyi Rih")
    expect(popup.locator(".sm-records li")).to_have_text(RECORD_LINES)
    page.screenshot(path=str(tmp_path / "one-report.png"))
    popup.locator(".sm-records li button").first.click()
    expect(popup.locator(".sm-details")).to_contain_text("missile (no system named)")
    popup.get_by_role("button", name="‹ the report's 2 records").click()
    expect(popup.locator(".sm-records li")).to_have_count(2)
    assert page.errors == []


@pytest.mark.browser
def test_beside_another_event_the_report_is_one_entry_of_the_list(offline_page, tmp_path):
    page = offline_page
    marker = _open_map(page, tmp_path, _frame([*ATTACK, ELSEWHERE_ON_THE_DAY]))
    expect(marker).to_have_class(re.compile(r"\bsm-stack\b"))
    marker.click()
    popup = page.locator(".sm-stack-popup")
    expect(popup.locator("h4")).to_have_text("2 events · Kryvyi Rih (3 records)")
    expect(popup.locator(".sm-list li")).to_have_text(LIST_LINES)
    popup.locator(".sm-list li button").nth(1).click()
    expect(popup.locator(".sm-records li")).to_have_count(2)
    assert page.errors == []
