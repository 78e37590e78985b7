"""The Map page's date filter applies as a day is typed, without Enter and a click beside the
calendar (newuser24: "nothing applies until Enter+Esc/click away")."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from conftest import open_filters

pytestmark = pytest.mark.browser


def test_a_typed_day_applies_without_enter_or_a_click_elsewhere(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"])
    expect(page.get_by_text("12 of 12 events match the filters")).to_be_visible(timeout=120_000)
    open_filters(page)
    sidebar = page.get_by_test_id("stSidebar")
    end_day = sidebar.get_by_role("spinbutton", name="day, Dates end date")
    expect(end_day).to_be_visible(timeout=30_000)
    last = int(end_day.inner_text())  # the sample's last day, the 26th: the 25th narrows it
    assert last > 1
    end_day.click()
    typed = f"{last - 1:02d}"
    page.keyboard.type(typed)  # no Enter, no Escape, no click elsewhere
    expect(page).to_have_url(re.compile(r"until="), timeout=15_000)
    until = parse_qs(urlparse(page.url).query)["until"][0]
    assert until.endswith(f"-{typed}")
    expect(page.get_by_text("12 of 12 events match the filters")).to_be_hidden(timeout=30_000)
    assert page.errors == []
