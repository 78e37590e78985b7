"""The map's first view fits the events shown (newuser19): 25 events in eastern Ukraine opened at
zoom 4, Berlin to Tehran, and a phone's map cut one off. The view is the events' points with
padding (a region-level event counted by its point, not its region's whole outline), on a page's
map and at a phone's 390 px; a link's own view is kept."""

from __future__ import annotations

import numpy as np
import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser

_VIEW = """() => {
  const m = window.sitrepMap.map, b = m.getBounds();
  const box = m.getContainer().getBoundingClientRect();
  const out = [...document.querySelectorAll('.sm-event')].map(e => e.getBoundingClientRect())
    .filter(r => r.right < box.left || r.left > box.right || r.bottom < box.top || r.top > box.bottom);
  return {zoom: m.getZoom(), west: b.getWest(), east: b.getEast(), off: out.length};
}"""


def _events() -> list[dict]:
    """Twenty towns' points in eastern Ukraine, and four region-level events whose outlines reach
    far beyond them (Bryansk's to the north, Crimea's to the south)."""
    rng = np.random.default_rng(19)
    lat, lon = rng.uniform(46.6, 50.2, 20), rng.uniform(34.8, 38.4, 20)
    out = [
        {**BASE_EVENT, "event_id": f"p{k}", "place": f"P{k}", "lat": a, "lon": o}
        for k, (a, o) in enumerate(zip(lat.round(3), lon.round(3), strict=True))
    ]
    regions = [
        ("Bryansk", "RU", 53.24, 34.37),
        ("Kursk", "RU", 51.66, 35.97),
        ("Belgorod", "RU", 50.71, 37.58),
        ("Crimea", "UA", 45.69, 33.93),
    ]
    for k, (name, country, a, o) in enumerate(regions):
        region = {"place": name, "admin1": name, "country": country, "lat": a, "lon": o}
        out.append({**BASE_EVENT, "event_id": f"r{k}", **region, "geo_precision": 3})
    return out


@pytest.mark.parametrize("size", [(525, 617), (390, 700)])
def test_the_first_view_fits_the_events(browser, tmp_path, size):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    path = tmp_path / "map.html"
    path.write_text(standalone_html(to_frame(_events())), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    page.wait_for_timeout(300)  # the fit after the host page's own
    view = page.evaluate(_VIEW)
    context.close()
    assert view["off"] == 0, view  # every marker in sight
    assert view["zoom"] >= 5 and view["east"] - view["west"] < 25, view  # not a continent
