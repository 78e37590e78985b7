"""The Import page forgets the last file's result when another file is chosen (newuser18: its
summary, map and "Store these N events again" stayed under the new file's name until "Read the
file" was pressed)."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

# Written for these tests: two small files of one strike each.
FIRST = b"event_date,event_type,place,latitude,longitude\n2026-11-02,strike,Izium,49.21,37.26\n"
SECOND = (
    b"event_date,event_type,place,latitude,longitude\n2026-11-03,strike,Balakliia,49.46,36.86\n"
)


def test_choosing_another_file_clears_the_last_files_result(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"] + "/imports")
    chooser = page.locator("input[type=file]")
    chooser.set_input_files({"name": "first.csv", "mimeType": "text/csv", "buffer": FIRST})
    read = page.get_by_role("button", name="Read the file")
    expect(read).to_be_enabled(timeout=60_000)
    read.click()
    store = page.get_by_role("button", name=re.compile("^Store these"))
    expect(page.get_by_role("heading", name="first.csv: CSV")).to_be_visible(timeout=60_000)
    expect(store).to_be_visible(timeout=60_000)
    chooser.set_input_files({"name": "second.csv", "mimeType": "text/csv", "buffer": SECOND})
    expect(page.get_by_text("second.csv")).to_be_visible(timeout=60_000)
    # nothing of the first file's result is left, and nothing is offered to store
    expect(page.get_by_role("heading", name="first.csv: CSV")).to_have_count(0, timeout=60_000)
    expect(store).to_have_count(0)
    read.click()
    expect(page.get_by_role("heading", name="second.csv: CSV")).to_be_visible(timeout=60_000)
    expect(store).to_be_visible()
    assert page.errors == []
