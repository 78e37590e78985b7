"""The map's time control reaches every day of the range: by the slider's keys and by play, the
first day included (its slider position was once the one of "every date")."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser

DAYS = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"]
# how many events on each day: the first day's alone is what was never shown
PER_DAY = {"2026-11-30": 1, "2026-12-01": 2, "2026-12-02": 1, "2026-12-03": 3}

_RECORD = """() => {
  const box = document.querySelector('[data-sm-ready="1"]'); window.seenWindows = [];
  new MutationObserver(() => window.seenWindows.push(box.dataset.smTimeWindow))
    .observe(box, {attributes: true, attributeFilter: ['data-sm-time-window']});
}"""


def _open(page, tmp_path):
    records = [
        {
            **BASE_EVENT,
            "place": f"P{day}{k}",
            "lat": 48.0 + k * 0.1,
            "lon": 35.0 + i,
            "event_date": day,
        }
        for i, day in enumerate(DAYS)
        for k in range(PER_DAY[day])
    ]
    path = tmp_path / "map.html"
    path.write_text(standalone_html(to_frame(records)), encoding="utf-8")
    page.goto(path.as_uri())
    box = page.locator("[data-sm-ready='1']")
    expect(box).to_have_count(1, timeout=60_000)
    return box


def test_the_slider_keys_reach_every_day_the_first_included(offline_page, tmp_path):
    page = offline_page
    box = _open(page, tmp_path)
    slider, label = page.locator(".sm-time-slider"), page.locator(".sm-time-label")
    expect(label).to_have_text("All dates")
    slider.focus()
    for day in DAYS:
        page.keyboard.press("ArrowRight")
        expect(box).to_have_attribute("data-sm-time-window", f"{day}/{day}")
        n = PER_DAY[day]
        expect(label).to_have_text(f"{day} · {n} event" + ("" if n == 1 else "s"))
        assert box.get_attribute("data-sm-shown") == str(n)
    for day in reversed(DAYS[:-1]):
        page.keyboard.press("ArrowLeft")
        expect(box).to_have_attribute("data-sm-time-window", f"{day}/{day}")
    page.keyboard.press("ArrowLeft")  # the far left: every date again
    expect(box).to_have_attribute("data-sm-time-window", "")
    expect(label).to_have_text("All dates")
    assert box.get_attribute("data-sm-shown") == str(sum(PER_DAY.values()))
    page.screenshot(path="artifacts/ui14/time_keys_after.png")
    assert page.errors == []


def test_play_shows_every_day_once_from_the_first(offline_page, tmp_path):
    page = offline_page
    _open(page, tmp_path)
    page.evaluate(_RECORD)
    play = page.locator(".sm-time-play")
    play.click()
    expect(play).to_have_text("▶", timeout=15_000)  # stopped by itself at the last day
    seen = page.evaluate("() => window.seenWindows")
    assert seen == [f"{d}/{d}" for d in DAYS]
    # the slider's thumb stands apart from "every date" on the first day
    page.locator(".sm-time-all").click()
    assert page.locator(".sm-time-slider").input_value() == "0"
    page.evaluate("() => window.sitrepMap.time.show(0)")
    assert page.locator(".sm-time-slider").input_value() == "1"
    assert page.errors == []
