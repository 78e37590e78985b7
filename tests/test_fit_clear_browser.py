"""The map's first view keeps every marker clear of its controls (zoom, view switch, layers,
count, time control, legend, scale), on a wide map and on a short one, as a filter or a shared
link opens it."""

from __future__ import annotations

import numpy as np
import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser

# events at the four corners of their box, as the screenshot's (one under the view switch)
PLACES = [(51.0, 33.5), (50.6, 36.9), (50.1, 36.6), (50.0, 36.2), (47.6, 37.6), (47.4, 33.6)]

_UNDER = """() => {
  const controls = [...document.querySelectorAll('.leaflet-control')]
    .filter(c => c.offsetParent !== null).map(c => c.getBoundingClientRect());
  const hit = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  return [...document.querySelectorAll('.sm-event')].map(e => e.getBoundingClientRect())
    .filter(r => controls.some(c => hit(r, c))).length;
}"""


def _layouts() -> list[list[tuple[float, float]]]:
    """The screenshot's six places, and boxes of other shapes (wide, tall, small) at random."""
    rng = np.random.default_rng(3)
    out = [PLACES]
    for south, west, tall, wide in [
        (46, 30, 5, 9),
        (47, 35, 4, 1.5),
        (48, 36, 1, 4),
        (49, 34, 2, 2),
    ]:
        lat, lon = rng.uniform(0, 1, 8) * tall + south, rng.uniform(0, 1, 8) * wide + west
        out.append(list(zip(lat.round(3), lon.round(3), strict=True)))
    return out


@pytest.mark.parametrize("size", [(900, 620), (700, 430), (525, 617)])
def test_no_marker_sits_under_a_control_in_the_first_view(browser, tmp_path, size):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    under = []
    for n, places in enumerate(_layouts()):
        records = [
            {**BASE_EVENT, "place": f"P{k}", "lat": lat, "lon": lon, "weapon_category": "drone"}
            for k, (lat, lon) in enumerate(places)
        ]
        path = tmp_path / f"map{n}.html"
        path.write_text(standalone_html(to_frame(records)), encoding="utf-8")
        page.goto(path.as_uri())
        expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
        expect(page.locator(".sm-time")).to_be_visible()
        page.wait_for_timeout(300)  # the fit after the host page's own
        page.screenshot(path=f"artifacts/ui14/fit_{size[0]}x{size[1]}_{n}.png")
        under.append(page.evaluate(_UNDER))
    assert under == [0] * len(under)
    context.close()
