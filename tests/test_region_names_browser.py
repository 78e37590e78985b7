"""A region's name written on the offline basemap covers no town's point and no event marker: it
is written at another point of the region (geo.label_points), or not at all when none is clear
("Kyiv region" lay over Kyiv's point and the events there)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser

PLACES = {
    "Kyiv": (50.45, 30.52),
    "Chernihiv": (51.49, 31.29),
    "Kharkiv": (49.99, 36.23),
    "Dnipro": (48.46, 35.04),
    "Odesa": (46.48, 30.72),
}

# After a move to [lat, lon] at `zoom`: each region name's box, and each written town's point and
# each event's point with the reach of what is drawn there (container pixels; a marker: 8 px).
WRITTEN = """([lat, lon, zoom, events]) => {
  const s = window.sitrepMap; s.map.setView([lat, lon], zoom, {animate: false});
  const w = s.basemap.written;
  return {
    regions: w.filter(n => n.kind === 'region').map(n => [n.text, n.x - n.half, n.y - 8, n.x + n.half, n.y + 8]),
    points: w.filter(n => n.kind === 'town').map(n => [n.x, n.pointY, 3])  // its 3 px square
      .concat(events.map(e => { const p = s.map.latLngToContainerPoint(e); return [p.x, p.y, 8]; })),
  };
}"""


def test_a_region_name_covers_no_town_point_and_no_event_marker(offline_page, tmp_path):
    frame = to_frame(
        [{**BASE_EVENT, "place": p, "lat": a, "lon": o} for p, (a, o) in PLACES.items()]
    )
    path = tmp_path / "map.html"
    path.write_text(standalone_html(frame), encoding="utf-8")
    page = offline_page
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    expect(page.locator("[data-sm-names]:not([data-sm-names='0'])")).to_have_count(1)
    named = set()
    for zoom in (5, 6, 7):
        seen = page.evaluate(WRITTEN, [49.3, 32.5, zoom, list(PLACES.values())])
        hits = [
            (name, point)
            for name, left, top, right, bottom in seen["regions"]
            for point in seen["points"]
            if left - point[2] < point[0] < right + point[2]
            and top - point[2] < point[1] < bottom + point[2]
        ]
        assert hits == [], (zoom, hits)
        named |= {r[0] for r in seen["regions"]}
    # moved, not dropped: the regions of these events are still named closer in
    assert {"Kyiv region", "Chernihiv", "Poltava"} <= named, named
    page.screenshot(path=str(tmp_path / "regions.png"))
    assert page.errors == []
