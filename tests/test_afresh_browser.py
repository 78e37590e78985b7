"""What starts afresh for a new report or file, in a real Chromium: a second report's review shows
its own event in the review boxes and its own day in the hand-add form (a new analyst saw the last
report's event above the new report's table, and the form's Day on an old report's date); a new
file on the Import page is guessed afresh (the last file's format stayed in the box)."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import expect
from test_pages_browser import _click_until, _extract

from conftest import ROOT

ARTIFACTS = ROOT / "artifacts" / "ui16"

pytestmark = pytest.mark.browser

# Written for this test: two short reports of different days and places.
FIRST = "Kyiv, 2025-03-14\nA drone hit a warehouse in Kharkiv before dawn, the mayor said.\n"
SECOND = "Kyiv, 2025-05-02\nA missile struck a depot in Odesa overnight, the governor said.\n"


def test_a_second_reports_review_shows_its_own_event_and_day(offline_page, app_server):
    page = offline_page
    page.set_viewport_size({"width": 1366, "height": 900})
    _extract(page, app_server["url"], FIRST, "first-report")
    chosen = page.get_by_role("combobox", name="Review event")
    expect(chosen).to_have_value(re.compile("Kharkiv"), timeout=120_000)
    _extract_again(page, SECOND, "second-report")
    expect(page.get_by_text("1 event found in second-report")).to_be_visible(timeout=120_000)
    expect(chosen).to_have_value(re.compile(r"1\. strike · Odesa · 2025-05-02"), timeout=60_000)
    expect(page.get_by_role("combobox", name="Place (ranked candidates)")).to_have_value(
        re.compile("^Odesa"), timeout=60_000
    )
    # (its year, month and day are spinbuttons; the last report's form may show until the run ends)
    day = page.get_by_test_id("stForm").get_by_test_id("stDateInput")
    _click_until(page.get_by_text("Add an event the extractor missed"), day.first)
    expect(day).to_have_count(1, timeout=60_000)
    expect(day).to_contain_text(re.compile(r"2025\D+05\D+02"), timeout=60_000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "after_second_report_review.png"), full_page=True)
    # moved to typed coordinates (in Russia by the outlines): the box names the event as moved
    typed = page.get_by_role("textbox", name="Another place: type its name, or lat, lon")
    typed.fill("51.16, 35.18")
    typed.press("Enter")
    page.get_by_role("button", name=re.compile(r"^Move event 1 to 51\.16")).click()
    expect(chosen).to_have_value(re.compile(r"^1\. strike · 51\.1600, 35\.1800 \("), timeout=60_000)
    page.wait_for_timeout(1000)
    expect(chosen).to_have_value(re.compile(r"51\.1600, 35\.1800"))  # not moved back
    page.screenshot(path=str(ARTIFACTS / "after_moved_review.png"))
    assert page.errors == []


def _extract_again(page, text: str, name: str) -> None:
    """Replace the report text and its name, and extract again (the page is already open)."""
    area = page.get_by_label("Report text")
    area.fill(text)
    area.press("Control+Enter")
    box = page.get_by_label("Source (report name)")
    box.fill(name)
    box.press("Enter")
    page.get_by_role("button", name="Extract events").click()


def test_a_new_file_to_import_is_guessed_afresh(offline_page, app_server, tmp_path):
    table = tmp_path / "mine.csv"
    table.write_text(
        "event_date,event_type,location,country,latitude,longitude\n"
        "2025-02-01,strike,Sumy,Ukraine,50.91,34.80\n",
        encoding="utf-8",
    )
    points = tmp_path / "mine.geojson"
    feature = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [34.8, 50.91]},
        "properties": {"date": "2025-02-01", "type": "strike", "name": "Sumy"},
    }
    points.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    page = offline_page
    page.goto(app_server["url"] + "/imports")
    chooser = page.locator("input[type=file]")
    chooser.set_input_files(str(table))
    box = page.get_by_role("combobox", name="Format")
    expect(box).to_have_value("guess from the columns", timeout=120_000)
    box.click()
    page.get_by_role("option", name="CSV (ACLED columns)").click()
    expect(box).to_have_value("CSV (ACLED columns)", timeout=30_000)
    page.get_by_role("button", name="Read the file").click()
    # read, or refused for its columns: either way the page has answered for this file
    said = page.get_by_text(re.compile(r"^mine\.csv(: CSV| is not)"))
    expect(said).to_be_visible(timeout=120_000)
    chooser.set_input_files(str(points))
    expect(box).to_have_value("guess from the columns", timeout=60_000)
    page.get_by_role("button", name="Read the file").click()
    expect(page.get_by_text("mine.geojson: GEOJSON")).to_be_visible(timeout=120_000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "after_geojson_guessed.png"))
    assert page.errors == []
