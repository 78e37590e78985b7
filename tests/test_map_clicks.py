"""Events can be opened by clicks: events at one place or region are one marker whose popup lists
them (a page at a time), and a table row opens its event on the map."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT, MAP_FRAME, ROOT, SHARED, run_cli, running_app
from geo import store
from geo.event_names import shown_places
from geo.events import load_reference, to_frame

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "artifacts"
STACK = 374  # events UCDP places at "Donetsk Oblast" and nowhere more precise


def _map(page):
    # the last: while the page reruns, Streamlit can show the old frame beside the new one
    return page.locator(MAP_FRAME).last.content_frame


def _open(page, url: str):
    """Open the app's Map page; its map frame once the events are drawn."""
    page.goto(url)
    frame = _map(page)
    expect(frame.locator("[data-sm-ready='1']")).to_have_count(1, timeout=240_000)
    return frame


def _click_marker(page, marker, fanned) -> None:
    """Click the middle of ``marker`` as a user would: whatever lies on top gets the click. If
    markers fan out, click its copy among them (``fanned``)."""
    box = marker.bounding_box()  # page coordinates
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    popup = _map(page).locator(".sm-popup")
    expect(popup.or_(fanned).first).to_be_visible(timeout=30_000)
    if fanned.count():
        fanned.first.click()


def _click_where(page, place: str) -> None:
    frame = _map(page)
    marker = frame.locator(f'.leaflet-marker-pane .leaflet-marker-icon[title="{place}"]').first
    fanned = frame.locator(f'.leaflet-sm-spider-pane .leaflet-marker-icon[title="{place}"]')
    _click_marker(page, marker, fanned)


def _zoom(page) -> float:
    return _map(page).locator(".leaflet-container").evaluate("() => window.sitrepMap.map.getZoom()")


@pytest.fixture(scope="module")
def stacked_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("stacked") / "store.gpkg"
    records = [
        {
            "event_id": f"stack-{k}",
            "event_date": f"2024-{1 + k % 12:02d}-{1 + k % 28:02d}",
            "time_precision": 1,
            "event_type": "fighting",
            "geo_precision": 3,
            "verification": "confirmed",
            "place": "Donetsk Oblast",
            "country": "UA",
            "admin1": "Donetsk",
            "lat": 48.14,
            "lon": 37.74,
            "fatalities": k % 5,
            "source": f"stack test {k}",
        }
        for k in range(STACK)
    ]
    store.save(to_frame(records), path)
    return path


def test_an_event_inside_a_374_event_region_stack_opens(offline_page, stacked_store):
    with running_app(stacked_store, stacked_store.parent / "streamlit.log") as server:
        page = offline_page
        frame = _open(page, server["url"])
        stack = frame.locator(".leaflet-marker-pane .sm-stack")
        expect(stack).to_have_count(1)
        expect(stack).to_contain_text(str(STACK))
        # one outline for the region, not 374 stacked on each other
        assert frame.locator(".leaflet-overlay-pane path").count() < 12
        _click_where(page, "Donetsk Oblast")
        popup = frame.locator(".sm-popup")
        expect(popup).to_contain_text(f"{STACK} events · somewhere in Donetsk Oblast")
        expect(popup).to_contain_text(f"1–10 of {STACK}")
        expect(popup.locator(".sm-list li").first).to_contain_text("2024-12-28")  # newest first
        popup.get_by_text("older ›").click()
        expect(popup).to_contain_text(f"11–20 of {STACK}", timeout=30_000)
        popup.locator(".sm-list button").nth(3).click()
        expect(popup).to_contain_text("somewhere in the region")
        expect(popup).to_contain_text("stack test")
        page.screenshot(path=str(ARTIFACTS / "map-stack-popup.png"))
        popup.get_by_text(f"‹ all {STACK} events here").click()
        expect(popup).to_contain_text(f"11–20 of {STACK}", timeout=30_000)
        assert page.errors == []


def test_choosing_a_table_row_centres_the_map_and_opens_its_popup(
    offline_page, app_server, gazetteer
):
    page = offline_page
    page.goto(app_server["url"])
    expect(_map(page).locator("[data-sm-ready='1']")).to_have_count(1, timeout=120_000)
    reference = load_reference(gazetteer)
    places = list(reference.sort_values("event_date", ascending=False, kind="stable")["place"])
    page.get_by_text("Table of the events shown").click()
    grid = page.get_by_test_id("stDataFrame").first
    expect(grid).to_be_visible(timeout=60_000)
    box = grid.bounding_box()
    row = 6  # the rows are 35 px high under a 35 px header; the row marker is at the left
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 35 * row + 17)
    popup = _map(page).locator(".sm-popup")
    expect(popup).to_contain_text(places[row], timeout=60_000)
    assert _zoom(page) >= 9
    page.screenshot(path=str(ARTIFACTS / "map-row-chosen.png"))
    assert page.errors == []


def _first_view(page) -> list:
    return (
        _map(page)
        .locator(".leaflet-container")
        .evaluate(
            "() => { const m = window.sitrepMap.map, c = m.getCenter(); return [c.lat, c.lng, m.getZoom()]; }"
        )
    )


# Back to the first view with nothing open, as a fresh page shows it; an event the first view
# leaves out (a meeting abroad: the map opens on the theatre) is panned to at the same zoom.
RESET = """(box, [lat, lon, zoom, elat, elon]) => {
  const s = window.sitrepMap; s.map.closePopup(); s.view.spider.fold();
  s.map.setView([lat, lon], zoom, {animate: false});
  if (!s.map.getBounds().pad(-0.1).contains([elat, elon])) {
    s.map.setView([elat, elon], zoom, {animate: false});
  }
  return true;
}"""


def test_every_reference_event_opens_by_a_click_at_the_first_view(
    offline_page, app_server, gazetteer
):
    page = offline_page
    frame = _open(page, app_server["url"])
    page.wait_for_timeout(1000)  # the page sizes the map's frame, the map fits itself again
    first = _first_view(page)
    reference = load_reference(gazetteer)
    opened = []
    points = zip(reference.geometry.y, reference.geometry.x, strict=True)
    # (a region-level event's marker and popup name it as the region: "Bryansk region")
    for place, country, date, (lat, lon) in zip(
        shown_places(reference), reference["country"], reference["event_date"], points, strict=True
    ):
        frame.locator(".leaflet-container").evaluate(RESET, [*first, lat, lon])
        assert _zoom(page) == first[2]
        # a closed popup fades out for 200 ms: the next one must not be taken for it
        expect(frame.locator(".sm-popup")).to_have_count(0)
        _click_where(page, place)
        popup = frame.locator(".sm-popup")
        expect(popup.locator("dd").nth(1)).to_have_text(f"{place}, {country}")
        expect(popup.locator("dd").first).to_contain_text(str(date))
        opened.append(place)
    assert len(opened) == len(reference) == 12
    assert page.errors == []


UCDP = SHARED / "data" / "ucdp-ged-ukraine.csv"
# where the map draws UCDP's 374 "Donetsk oblast" events: the region's own point, not the
# capital's point UCDP gives them (48.14, 37.74), which made them look like the city's
DONETSK = (48.067, 38.528)

# The on-screen distance of each cluster marker from a point, nearest first.
CLUSTERS_NEAR = """(box, [lat, lon]) => {
  const m = window.sitrepMap.map, p = m.latLngToContainerPoint([lat, lon]);
  return Array.from(box.querySelectorAll('.sm-cluster')).map((el, k) => {
    const r = el.getBoundingClientRect(), q = box.getBoundingClientRect();
    return [Math.hypot(r.x + r.width / 2 - q.x - p.x, r.y + r.height / 2 - q.y - p.y), k];
  }).sort((a, b) => a[0] - b[0]).map(d => d[1]);
}"""


@pytest.fixture(scope="module")
def ucdp_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("ucdp") / "store.gpkg"
    out = run_cli("import", str(UCDP), env={"SITREP_STORE": str(path)})
    assert out.returncode == 0, out.stderr
    return path


def test_an_event_of_the_ucdp_donetsk_stack_opens_by_clicks(offline_page, ucdp_store):
    """UCDP's 3,883 events are clustered; clicking the cluster over Donetsk until the region's
    stack shows, then the stack, lists its events, and one of them opens."""
    with running_app(ucdp_store, ucdp_store.parent / "streamlit.log") as server:
        page = offline_page
        frame = _open(page, server["url"])
        container = frame.locator(".leaflet-container")
        stack = frame.locator(".leaflet-marker-pane .sm-stack").filter(has_text="415")
        for _ in range(12):
            if stack.count():
                break
            nearest = container.evaluate(CLUSTERS_NEAR, list(DONETSK))
            frame.locator(".sm-cluster").nth(nearest[0]).click()
            page.wait_for_timeout(300)
        expect(stack).to_have_count(1)
        fanned = frame.locator(".leaflet-sm-spider-pane .sm-stack").filter(has_text="415")
        _click_marker(page, stack, fanned)
        popup = frame.locator(".sm-popup")
        expect(popup.locator("h4")).to_contain_text("415 events")
        # two pairs of its events read alike: each pair is one line with its count
        expect(popup).to_contain_text("1–10 of 413 lines")
        popup.get_by_text("older ›").click()
        expect(popup).to_contain_text("11–20 of 413 lines")
        popup.locator(".sm-list button").nth(3).click()
        expect(popup).to_contain_text("somewhere in the region")
        expect(popup.locator("dd").nth(1)).to_contain_text("UA")
        page.screenshot(path=str(ARTIFACTS / "map-ucdp-stack-popup.png"))
        assert page.errors == []


def test_the_first_click_on_a_marker_opens_it_in_a_frame_taller_than_the_window(browser, tmp_path):
    """In the app the map is a frame, taller than a 1366x768 window (or a phone's). Leaflet
    focuses the map on mousedown, and focusing scrolled the page to show the frame: the marker
    moved between press and release, the click was lost and only a second one opened it."""
    from geo.standalone import standalone_html

    (tmp_path / "map.html").write_text(
        standalone_html(to_frame([{**BASE_EVENT, "place": "Kharkiv", "lat": 49.99, "lon": 36.23}])),
        encoding="utf-8",
    )
    (tmp_path / "page.html").write_text(
        '<body style="margin:0"><div style="height:230px">header</div>'
        '<iframe src="map.html" style="width:100%;height:760px;border:0"></iframe>'
        '<div style="height:600px">below</div></body>',
        encoding="utf-8",
    )
    for size in ({"width": 1366, "height": 768}, {"width": 390, "height": 844}):
        page = browser.new_page(viewport=size)
        page.goto((tmp_path / "page.html").as_uri())
        frame = page.frame_locator("iframe")
        expect(frame.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
        page.wait_for_timeout(500)
        marker = frame.locator(".leaflet-marker-pane .leaflet-marker-icon").first
        box = marker.bounding_box()
        assert box["y"] + box["height"] < size["height"]  # in sight, the frame's bottom not
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        expect(frame.locator(".sm-popup")).to_have_count(1, timeout=5_000)
        assert page.evaluate("() => window.scrollY") == 0
        page.close()
