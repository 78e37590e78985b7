"""The popup says what the review table says of a weapon: a named system with its category, or a
category alone as such (the table's weapon cell is empty then, its category cell not)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "weapon, category, shown",
    [(None, "drone", "drone (no system named)"), ("Shahed", "drone", "Shahed (drone)")],
)
def test_the_popup_tells_a_category_without_a_system(
    offline_page, tmp_path, weapon, category, shown
):
    event = {**BASE_EVENT, "place": "Kurakhove", "lat": 47.98, "lon": 37.28}
    frame = to_frame([{**event, "weapon": weapon, "weapon_category": category}])
    path = tmp_path / "map.html"
    path.write_text(standalone_html(frame), encoding="utf-8")
    page = offline_page
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    page.locator(".sm-event").first.click()
    popup = page.locator(".sm-popup")
    expect(popup).to_be_visible(timeout=10_000)
    terms = popup.locator("dt").all_inner_texts()
    values = popup.locator("dd").all_inner_texts()
    assert dict(zip(terms, values, strict=True))["Weapon"] == shown
    if weapon is None:
        page.screenshot(path="artifacts/ui14/popup_category_after.png")
    assert page.errors == []
