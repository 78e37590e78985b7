"""The Map page's time chart in a real Chromium: it follows the filters, and a brush sets the dates."""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT, MAP_FRAME, open_filters, running_app
from geo import store
from geo.events import to_frame
from geo.weapons import CATEGORIES

pytestmark = pytest.mark.browser

_BAR = re.compile(r"events: (\d+);.*from: (\d{4}-\d{2}-\d{2})")


def _bars(chart) -> list[tuple[str, int]]:
    """(first day, events) of every bar drawn, read from the SVG marks' aria labels."""
    labels = chart.locator("svg.marks [aria-label]").evaluate_all(
        "els => els.map(e => e.getAttribute('aria-label'))"
    )
    return [(m[2], int(m[1])) for m in map(_BAR.search, labels) if m]


def _shown(page) -> int:
    caption = page.get_by_text(re.compile(r"^[\d,]+ of [\d,]+ events match the filters"))
    return int(caption.inner_text().split(" of ")[0].replace(",", ""))


def test_the_time_chart_follows_the_filters_and_a_brush_sets_the_dates(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"])
    page.get_by_text("Events over time", exact=True).click()
    chart = page.get_by_test_id("stVegaLiteChart")
    expect(chart.locator("svg.marks")).to_be_visible(timeout=120_000)
    expect(page.get_by_text("12 of 12 events match the filters")).to_be_visible()
    assert sum(n for _, n in _bars(chart)) == 12

    # The chart follows a filter: only the strikes.
    open_filters(page)
    page.get_by_test_id("stMultiSelect").nth(1).click()
    page.keyboard.type("strike")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(r"type=strike"), timeout=30_000)
    expect(page.get_by_text("12 of 12 events match the filters")).to_be_hidden(timeout=30_000)
    strikes = _shown(page)
    page.wait_for_function(
        "n => [...document.querySelectorAll('[data-testid=stVegaLiteChart] svg.marks [aria-label]')]"
        ".map(e => (/events: (\\d+);/.exec(e.getAttribute('aria-label')) || [0, 0])[1])"
        ".reduce((a, b) => a + Number(b), 0) === n",
        arg=strikes,
        timeout=30_000,
    )
    assert 0 < strikes < 12
    bars = _bars(chart)
    assert sum(n for _, n in bars) == strikes

    # Brush the middle third: the dates go to the sidebar and the address, whole days.
    chart.scroll_into_view_if_needed()
    box = chart.locator("svg.marks").bounding_box()
    y = box["y"] + box["height"] * 0.4
    page.mouse.move(box["x"] + box["width"] * 0.3, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.6, y, steps=8)
    page.mouse.up()
    expect(page).to_have_url(re.compile(r"since=.*until="), timeout=30_000)
    query = parse_qs(urlparse(page.url).query)
    since, until = query["since"][0], query["until"][0]
    assert since < until and query["type"] == ["strike"]
    inside = sum(n for day, n in bars if since <= day <= until)
    expect(page.get_by_text(f"{inside} of 12 events match the filters")).to_be_visible(
        timeout=30_000
    )
    assert page.errors == []


_MARKERS_SHOWN = """els => els.reduce((sum, e) => {
  const badge = e.querySelector('.sm-badge');
  return sum + (badge ? Number(badge.textContent) : 1);
}, 0)"""


def test_the_play_button_steps_the_map_through_the_days(offline_page, app_server, gazetteer):
    from geo import events as ev

    per_day = ev.load_reference(gazetteer)["event_date"].astype(str).value_counts().to_dict()
    page = offline_page
    page.goto(app_server["url"])
    frame = page.frame_locator(MAP_FRAME)
    markers = frame.locator(".sm-event")
    expect(markers).to_have_count(12, timeout=120_000)
    box = frame.locator("[data-sm-ready='1']")
    play = frame.locator(".sm-time-play")
    play.click()  # the first day, then one day a step
    expect(box).not_to_have_attribute("data-sm-time-window", "", timeout=10_000)
    first = box.get_attribute("data-sm-time-window")
    expect(box).not_to_have_attribute("data-sm-time-window", first, timeout=10_000)
    play.click()  # pause
    window = box.get_attribute("data-sm-time-window")
    since, until = window.split("/")
    assert since == until and since > first.split("/")[0]  # steps of one day, forward
    assert first.split("/")[0] == min(per_day)  # it started on the first day
    expected = per_day.get(since, 0)
    expect(frame.locator(".sm-time-label")).to_contain_text(f"{since} · {expected} event")
    assert box.get_attribute("data-sm-shown") == str(expected)
    assert markers.evaluate_all(_MARKERS_SHOWN) == expected

    # The slider picks any day; weeks step Monday to Sunday; "All" brings every event back.
    frame.locator(".sm-time-size").select_option("week")
    window = box.get_attribute("data-sm-time-window")
    monday, sunday = (date.fromisoformat(d) for d in window.split("/"))
    assert monday.weekday() == 0 and (sunday - monday).days == 6
    in_week = sum(n for d, n in per_day.items() if monday <= date.fromisoformat(d) <= sunday)
    assert markers.evaluate_all(_MARKERS_SHOWN) == in_week
    frame.locator(".sm-time-all").click()
    expect(markers).to_have_count(12)
    assert box.get_attribute("data-sm-time-window") == ""
    assert page.errors == []


# Each legend label of the chart: its text, and whether the chart's box shows all of it.
_LEGEND = """chart => {
  const box = chart.getBoundingClientRect();
  return Array.from(chart.querySelectorAll('.role-legend-label text')).map(t => {
    const r = t.getBoundingClientRect();
    return [t.textContent, r.width > 0 && r.left >= box.left - 1 && r.right <= box.right + 1 &&
            r.top >= box.top - 1 && r.bottom <= box.bottom + 1];
  });
}"""


# a phone too (house39: at 390 px the legend's three columns ran past the chart's right edge,
# "artille", "glide", "rocke" cut off)
@pytest.mark.parametrize("width", [1440, 390])
def test_the_time_chart_legend_shows_every_weapon_category(offline_page, tmp_path, width):
    records = [
        {**BASE_EVENT, "event_id": f"c{k}", "place": f"P{k}", "weapon_category": category,
         "event_date": f"2025-01-{k + 1:02d}", "lat": 48.0 + k / 5}
        for k, category in enumerate(CATEGORIES)
    ] + [{**BASE_EVENT, "event_id": "none", "event_date": "2025-01-20"}]  # fmt: skip
    path = tmp_path / "store.gpkg"
    store.save(to_frame(records), path)
    with running_app(path, tmp_path / "streamlit.log") as server:
        page = offline_page
        page.set_viewport_size({"width": width, "height": 844})
        page.goto(server["url"])
        page.get_by_text("Events over time", exact=True).click()
        chart = page.get_by_test_id("stVegaLiteChart")
        expect(chart.locator("svg.marks")).to_be_visible(timeout=120_000)
        chart.scroll_into_view_if_needed()
        labels = chart.evaluate(_LEGEND)
        assert sorted(t for t, _ in labels) == sorted([*CATEGORIES, "none"])
        assert [t for t, seen in labels if not seen] == []
        # the time axis spans the column the chart and its caption fill: with the legend beside
        # the bars it stopped at two thirds of it (611 of 946 px)
        axis = chart.locator('[aria-label^="X-axis"]').first.bounding_box()
        assert axis["width"] >= 0.85 * chart.bounding_box()["width"]
        chart.screenshot(path=str(tmp_path / "chart.png"))
        assert page.errors == []
