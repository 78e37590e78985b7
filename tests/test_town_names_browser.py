"""A town's name on the offline basemap stays readable beside another place's marker: written
below its point when above it lies under that marker (an analyst read the Istanbul marker as
sitting on "Bursa": the marker is at Istanbul's point, the basemap wrote Bursa's name 17 px
above Bursa's, which at zoom 5 is where Istanbul is)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser

ISTANBUL = (41.01384, 28.94966)  # GeoNames' point, as the extractor places a meeting there

# After a move to [lat, lon] at `zoom`: the town names written (box, container pixels) and the
# markers' boxes (container pixels).
SEEN = """([lat, lon, zoom]) => {
  const s = window.sitrepMap; s.map.setView([lat, lon], zoom, {animate: false});
  const map = s.map.getContainer().getBoundingClientRect();
  return {
    names: s.basemap.written.filter(w => w.kind === 'town')
      .map(w => [w.text, w.x - w.half, w.y - 8, w.x + w.half, w.y + 8, w.pointY]),
    markers: Array.from(document.querySelectorAll('.sm-event')).map(m => {
      const r = m.getBoundingClientRect();
      return [r.left - map.left, r.top - map.top, r.right - map.left, r.bottom - map.top];
    }),
  };
}"""


def test_a_towns_name_under_another_places_marker_is_written_below_its_point(
    offline_page, tmp_path
):
    lat, lon = ISTANBUL
    frame = to_frame([{**BASE_EVENT, "place": "Istanbul", "country": "TR", "lat": lat, "lon": lon}])
    path = tmp_path / "map.html"
    path.write_text(standalone_html(frame), encoding="utf-8")
    page = offline_page
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    expect(page.locator("[data-sm-names]:not([data-sm-names='0'])")).to_have_count(1)
    for zoom in (5, 6):  # (names of the other places: the covered ones)
        seen = page.evaluate(SEEN, [40.6, 29.0, zoom])
        names = {n[0]: n for n in seen["names"]}
        assert "Bursa" in names, (zoom, sorted(names))  # still named
        covered = [
            n[0]
            for n in seen["names"]
            for m in seen["markers"]
            if n[0] != "Istanbul"  # (its own name sits just above its own marker)
            if n[1] < m[2] and m[0] < n[3] and n[2] < m[3] and m[1] < n[4]
        ]
        assert covered == [], (zoom, covered)
        bursa = names["Bursa"]
        # below its point at zoom 5 (24 px from Istanbul), above it from zoom 6 (48 px) as usual
        assert (bursa[2] > bursa[5]) == (zoom == 5), (zoom, bursa)
    page.screenshot(path=str(tmp_path / "istanbul.png"))
    assert page.errors == []
