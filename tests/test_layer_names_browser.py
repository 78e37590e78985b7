"""The layer control names the toggle of events with no weapon as a reader says it ("No weapon
named"), not by the payload's code ("Weapon: none", newuser21)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser


def test_the_toggle_of_events_without_a_weapon_reads_plainly(offline_page, tmp_path):
    plain = {**BASE_EVENT, "weapon": None, "weapon_category": None, "lat": 47.98, "lon": 37.28}
    drone = {**plain, "event_id": "drone-1", "weapon_category": "drone", "place": "Izium"}
    path = tmp_path / "map.html"
    path.write_text(standalone_html(to_frame([plain, drone])), encoding="utf-8")
    page = offline_page
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    names = page.locator(".leaflet-control-layers-overlays label")
    expect(names.filter(has_text="No weapon named")).to_have_count(1)
    expect(names.filter(has_text="Weapon: none")).to_have_count(0)
    expect(names.filter(has_text="Weapon: drone")).to_have_count(1)
    assert page.errors == []
