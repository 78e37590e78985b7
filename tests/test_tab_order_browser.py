"""Tab reaches the map's controls (zoom, layers) before its markers: it went through every marker
first (newuser21), a keyboard reader's way to the zoom being past every event."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser


def map_of_towns(page, tmp_path, towns: list[tuple[str, float, float]]) -> None:
    """A standalone map of one strike at each (place, lat, lon), opened in ``page``."""
    events = [
        {**BASE_EVENT, "event_id": f"t-{i}", "place": p, "lat": la, "lon": lo}
        for i, (p, la, lo) in enumerate(towns)
    ]
    path = tmp_path / "map.html"
    path.write_text(standalone_html(to_frame(events)), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)


def test_tab_reaches_the_zoom_before_any_marker(offline_page, tmp_path):
    page = offline_page
    map_of_towns(page, tmp_path, [("Izium", 49.21, 37.26), ("Kupiansk", 49.71, 37.62)])
    expect(page.locator(".sm-event")).to_have_count(2)
    where = (
        "() => document.activeElement.closest('.leaflet-control-container') ? 'control'"
        " : document.activeElement.closest('.leaflet-marker-pane') ? 'marker' : 'map'"
    )
    reached = []
    while len(reached) < 4 and (not reached or reached[-1] == "map"):  # (the map itself first)
        page.keyboard.press("Tab")
        reached.append(page.evaluate(where))
    assert reached[-1] == "control", reached
    assert page.errors == []
