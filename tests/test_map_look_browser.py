"""What the map draws for a few events, in a real Chromium: "near" circles of each event's own
radius, never smaller on screen than their marker, and a legend only where there are events."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import expect

from conftest import BASE_EVENT
from geo import theatre
from geo.events import empty_frame, to_frame
from geo.layers import NEAR_MIN_PX, NEAR_RADIUS_M
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser

# Each drawn "near" circle: its centre, its true radius (metres, centre to the first corner)
# and its radius on screen (pixels) at the current zoom.
CIRCLES = """() => {
  const m = window.sitrepMap.map;
  return window.sitrepMap.groups.extents.getLayers().map(l => {
    const c = l._smCentre, first = l.getLatLngs()[0][0];
    return {lat: c.lat, metres: m.distance(c, first),
            px: m.latLngToLayerPoint(c).distanceTo(l._rings[0][0])};
  });
}"""


def _open(page, frame, tmp_path):
    path = tmp_path / "map.html"
    path.write_text(standalone_html(frame), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)


def test_near_circles_take_their_own_radius_and_stay_visible(offline_page, tmp_path):
    measured = {"precision_km": 3.2, "measured_from": "Kharkiv"}
    frame = to_frame(
        [
            {**BASE_EVENT, "place": "A", "lat": 49.0, "lon": 36.0, "geo_precision": 2,
             "extra": json.dumps(measured)},
            {**BASE_EVENT, "place": "B", "lat": 49.5, "lon": 37.0, "geo_precision": 2},
            {**BASE_EVENT, "place": "C", "lat": 50.0, "lon": 35.0, "geo_precision": 1},
        ]
    )  # fmt: skip
    page = offline_page
    _open(page, frame, tmp_path)
    circles = sorted(page.evaluate(CIRCLES), key=lambda c: c["lat"])
    assert len(circles) == 2  # the place itself (C) has none
    # spherical distance against the geodesic radius: well within 1 %
    assert circles[0]["metres"] == pytest.approx(3200, rel=0.01)
    assert circles[1]["metres"] == pytest.approx(NEAR_RADIUS_M, rel=0.01)
    # zoomed out, a 3.2 km circle would be a pixel or two: it keeps the minimum on screen
    page.evaluate("() => window.sitrepMap.map.setZoom(4, {animate: false})")
    far = sorted(page.evaluate(CIRCLES), key=lambda c: c["lat"])
    assert [c["px"] for c in far] == pytest.approx([NEAR_MIN_PX, NEAR_MIN_PX], abs=0.01)
    assert far[0]["metres"] == pytest.approx(3200, rel=0.01)  # the shape itself is unchanged
    # zoomed in, each is its true size, the measured one smaller than the default
    page.evaluate("() => window.sitrepMap.map.setZoom(12, {animate: false})")
    close = sorted(page.evaluate(CIRCLES), key=lambda c: c["lat"])
    metres_per_px = page.evaluate(
        """() => { const m = window.sitrepMap.map, c = m.getCenter();
          return m.distance(c, m.containerPointToLatLng(m.latLngToContainerPoint(c).add([100, 0]))) / 100; }"""
    )
    assert close[0]["px"] == pytest.approx(3200 / metres_per_px, rel=0.03)
    assert NEAR_MIN_PX < close[0]["px"] < close[1]["px"]
    # the legend tells of the circles, not of region outlines or types not there
    note = page.locator(".sm-legend .sm-note").text_content()
    assert "near the place" in note and "region" not in note
    assert page.locator(".sm-legend").text_content().count("fighting") == 0
    assert page.errors == []


def test_a_map_without_events_has_no_event_furniture(offline_page, tmp_path):
    page = offline_page
    _open(page, empty_frame(), tmp_path)
    assert page.locator(".sm-legend").count() == 0
    expect(page.locator(".sm-time")).to_be_hidden()
    expect(page.locator(".sm-density")).to_be_hidden()
    page.locator(".leaflet-control-layers").hover()
    layers = page.locator(".leaflet-control-layers").text_content()
    assert "Outlines only" in layers and "Type:" not in layers and "Weapon:" not in layers
    assert page.errors == []


# The topmost element at the middle of each map control, and whether it is part of a popup.
COVERED = """() => Array.from(document.querySelectorAll('.leaflet-control')).map(c => {
  const r = c.getBoundingClientRect();
  const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  return !!(top && top.closest('.leaflet-popup'));
})"""

# Move the open popup so that its middle lies on the middle of the control `name`, by panning.
ONTO = """(name) => {
  const m = window.sitrepMap.map, p = document.querySelector('.leaflet-popup-content-wrapper');
  const c = document.querySelector(name).getBoundingClientRect(), q = p.getBoundingClientRect();
  m.panBy([(q.x + q.width / 2) - (c.x + c.width / 2), (q.y + q.height / 2) - (c.y + c.height / 2)],
           {animate: false});
  return true;
}"""


@pytest.mark.parametrize("control", [".sm-density", ".leaflet-control-layers", ".sm-time"])
def test_a_popup_is_drawn_over_the_map_controls(offline_page, tmp_path, control):
    frame = to_frame(
        [
            {**BASE_EVENT, "place": f"P{k}", "lat": 48.0 + k / 3, "lon": 30.0 + k / 2}
            for k in range(6)
        ]
    )
    page = offline_page
    _open(page, frame, tmp_path)
    page.locator(".sm-event").first.click()
    expect(page.locator(".sm-popup")).to_be_visible()
    assert not any(page.evaluate(COVERED))  # nothing under a popup yet
    page.evaluate(ONTO, control)  # the popup follows the map onto the control
    covered = page.evaluate(COVERED)
    assert sum(covered) >= 1, covered  # the popup is on top, not under it
    expect(page.locator(".sm-popup")).to_be_visible()
    page.locator(".sm-popup").click()  # and it takes the click, not the control
    expect(page.locator(".sm-popup")).to_be_visible()
    assert page.errors == []


def _view(page) -> dict:
    return page.evaluate(
        """() => { const m = window.sitrepMap.map, c = m.getCenter(), b = m.getBounds();
          return {lat: c.lat, lon: c.lng, zoom: m.getZoom(),
                  south: b.getSouth(), north: b.getNorth(), west: b.getWest(), east: b.getEast()}; }"""
    )


def _inside(view: dict, lat: float, lon: float) -> bool:
    return view["south"] < lat < view["north"] and view["west"] < lon < view["east"]


KYIV = (50.45, 30.52)
KHARKIV = (49.99, 36.23)
LISBON = (38.72, -9.14)  # beyond the theatre's view even on this wide page
MADRID = (40.42, -3.70)


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([KYIV, KHARKIV], "events"),  # all inside the theatre: the events, closer
        ([KYIV, KHARKIV, LISBON], "theatre"),  # one far abroad: the theatre, not all of Europe
        ([LISBON, MADRID], "events"),  # none inside: the events where they are
    ],
)
def test_the_first_view_is_the_theatre_or_the_events_whichever_is_tighter(
    offline_page, tmp_path, points, expected
):
    frame = to_frame(
        [
            {**BASE_EVENT, "place": f"P{k}", "lat": la, "lon": lo}
            for k, (la, lo) in enumerate(points)
        ]
    )
    page = offline_page
    _open(page, frame, tmp_path)
    view = _view(page)
    first = theatre.current()
    if expected == "theatre":
        assert view["zoom"] == first.zoom
        assert (view["lat"], view["lon"]) == pytest.approx(first.centre, abs=0.01)
        assert _inside(view, *KYIV) and _inside(view, *KHARKIV)
    else:
        assert all(_inside(view, la, lo) for la, lo in points)
        assert view["zoom"] > first.zoom  # tighter than the theatre's view
    assert page.errors == []


@pytest.mark.parametrize(
    ("points", "most"),
    [
        ([(47.84, 35.14)], 7),  # one event left by a filter: its oblast and towns round it
        ([(47.84, 35.14), (47.85, 35.16)], 7),
        ([(49.99 + k / 100, 36.23 + k / 100) for k in range(12)], 9),  # a city's events: closer
    ],
)
def test_a_fit_to_a_few_markers_keeps_some_context(offline_page, tmp_path, points, most):
    frame = to_frame(
        [
            {**BASE_EVENT, "place": f"P{k}", "lat": la, "lon": lo}
            for k, (la, lo) in enumerate(points)
        ]
    )
    page = offline_page
    _open(page, frame, tmp_path)
    assert _view(page)["zoom"] == most
    assert page.errors == []


# After a move to [lat, lon] at `zoom`: the count badges and the town names written on the
# basemap that overlap (page pixels), and how many of each there are. (A town's name is written
# next to its point, where its events' marker is; a region's lies wherever its middle is.)
BADGES_ON_NAMES = """([lat, lon, zoom]) => {
  const s = window.sitrepMap; s.map.setView([lat, lon], zoom, {animate: false});
  const map = s.map.getContainer().getBoundingClientRect();
  const names = s.basemap.written.filter(w => w.kind === 'town').map(w => [w.text, map.x + w.x - w.half, map.y + w.y - 8,
                                            map.x + w.x + w.half, map.y + w.y + 8]);
  const badges = Array.from(document.querySelectorAll('.sm-badge')).map(b => b.getBoundingClientRect());
  const hits = [];
  badges.forEach(b => names.forEach(n => {
    if (b.left < n[3] && n[1] < b.right && b.top < n[4] && n[2] < b.bottom) { hits.push(n[0]); }
  }));
  return {hits: hits, badges: badges.length, names: names.length};
}"""

TOWNS = {"Kharkiv": (49.99, 36.23), "Sumy": (50.91, 34.80), "Poltava": (49.59, 34.55)}


def test_count_badges_leave_the_place_names_readable(offline_page, tmp_path):
    frame = to_frame(
        [
            {**BASE_EVENT, "place": town, "lat": lat, "lon": lon, "event_date": f"2025-01-0{k + 1}"}
            for town, (lat, lon) in TOWNS.items()
            for k in range(3)
        ]
    )
    page = offline_page
    _open(page, frame, tmp_path)
    expect(page.locator("[data-sm-names]")).to_have_count(1, timeout=30_000)
    for zoom in (6, 7, 8):
        seen = page.evaluate(BADGES_ON_NAMES, [50.2, 35.3, zoom])
        assert seen["badges"] == 3 and seen["names"] >= 3, (zoom, seen)
        assert seen["hits"] == [], (zoom, seen)
    page.screenshot(path=str(tmp_path / "badges.png"))
    assert page.errors == []


def test_a_stack_of_several_places_names_each_entrys_place(offline_page, tmp_path):
    """Villages placed at their hromada's centre share its point: one stack, whose list says which
    place each event is at; a stack of one place keeps it in the heading only; a stack placed only
    at a country says "somewhere in" it (its marker is a centre, not a place)."""
    spot = {"lat": 48.53, "lon": 37.70, "geo_precision": 2}
    country = {"place": "Ukraine", "lat": 49.0, "lon": 31.4, "geo_precision": 3, "country": "UA"}
    frame = to_frame(
        [
            {**BASE_EVENT, **spot, "place": "Bila Hora", "event_date": "2025-01-03"},
            {**BASE_EVENT, **spot, "place": "Kostiantynivka", "event_date": "2025-01-02"},
            {**BASE_EVENT, "place": "Sumy", "lat": 50.91, "lon": 34.80, "event_date": "2025-01-02"},
            {**BASE_EVENT, "place": "Sumy", "lat": 50.91, "lon": 34.80, "event_date": "2025-01-01"},
            *(  # a country-level stack (UCDP's "Ukraine" rows): its centre is not a place
                {**BASE_EVENT, **country, "event_date": day} for day in ("2025-01-05", "2025-01-04")
            ),
        ]
    )
    page = offline_page
    _open(page, frame, tmp_path)
    popup = page.locator(".sm-stack-popup")
    for place, heading, entries in (
        ("Bila Hora", "2 events · Bila Hora, Kostiantynivka",
         ["Bila Hora · 2025-01-03 · strike", "Kostiantynivka · 2025-01-02 · strike"]),
        ("Sumy", "2 events · Sumy", ["2025-01-02 · strike", "2025-01-01 · strike"]),
        ("Ukraine", "2 events · somewhere in Ukraine", ["2025-01-05 · strike", "2025-01-04 · strike"]),
    ):  # fmt: skip
        page.locator(f'.leaflet-marker-icon[title="{place}"]').first.click()
        expect(popup.locator("h4")).to_have_text(heading)
        expect(popup.locator(".sm-list li")).to_have_text(entries)
        page.screenshot(path=str(tmp_path / f"stack-{place}.png"))
        page.evaluate("() => window.sitrepMap.map.closePopup()")
        expect(popup).to_have_count(0)
    assert page.errors == []


# When the map says it is ready, how many tile images it has (none: the base layer comes after
# the first view is painted), in `window.tilesAtReady`.
AT_READY = """() => new MutationObserver((_, seen) => {
  if (!document.querySelector("[data-sm-ready='1']")) { return; }
  seen.disconnect();
  window.tilesAtReady = document.querySelectorAll('img.leaflet-tile').length;
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-sm-ready']})"""


def test_the_tiles_are_asked_for_once_the_first_view_is_painted(offline_page, tmp_path):
    """The events come first; the online tiles after the first paint, and offline (every tile
    fails) the map still falls back to the outlines alone, the layer control saying so."""
    page = offline_page
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url) if "tile.openstreetmap" in r.url else None)
    page.add_init_script(f"({AT_READY})()")
    _open(page, to_frame([{**BASE_EVENT, "lat": 50.0, "lon": 36.2}]), tmp_path)
    page.wait_for_function("() => window.tilesAtReady !== undefined")
    assert page.evaluate("window.tilesAtReady") == 0
    page.locator(".leaflet-control-layers").hover()
    expect(page.get_by_label("Outlines only (offline)")).to_be_checked(timeout=30_000)
    assert asked, "the tiles were asked for after the first view"
    assert page.errors == []


def test_on_a_phone_the_popup_fits_and_the_time_control_is_compact(offline_page, tmp_path):
    """At 390 px wide the event popup ends inside the map, and the time control is smaller than
    on a wide map (it covers the map's south less)."""
    frame = to_frame(
        [
            {
                **BASE_EVENT,
                "place": f"P{k}",
                "lat": 48.0 + k / 3,
                "lon": 30.0 + k / 2,
                "event_date": f"2024-11-2{k}",
                "notes": "A long note about what happened there, " * 12,
            }
            for k in range(4)
        ]
    )
    page = offline_page
    page.set_viewport_size({"width": 1200, "height": 800})
    _open(page, frame, tmp_path)
    wide = page.locator(".sm-time").bounding_box()
    page.set_viewport_size({"width": 390, "height": 844})
    page.wait_for_function("() => document.querySelector('.sm-time-compact') !== null")
    narrow = page.locator(".sm-time").bounding_box()
    assert narrow["height"] * narrow["width"] < 0.8 * wide["height"] * wide["width"], (narrow, wide)
    page.locator(".sm-event").first.click()
    popup = page.locator(".leaflet-popup-content-wrapper")
    expect(popup).to_be_visible()
    box = popup.bounding_box()
    assert box["width"] <= 390 - 40, box
    page.wait_for_function(  # the map pans the popup in (animated), then it is wholly inside
        """() => { const r = document.querySelector('.leaflet-popup-content-wrapper')
                     .getBoundingClientRect();
                   return r.left >= 0 && r.right <= window.innerWidth; }""",
        timeout=10_000,
    )
    assert page.errors == []


def test_region_spellings_are_drawn_as_their_one_outline(offline_page, tmp_path):
    """Outlines travel once each, with the outline each spelling names: "Donetsk oblast" and
    "DONETSK  Oblast" are drawn as Donetsk's outline (a polygon, not a circle), a name no
    outline has as a circle."""
    rows = [
        {**BASE_EVENT, "event_id": f"r{n}", "place": name, "country": "UA", "admin1": name,
         "geo_precision": 3, "lat": lat, "lon": 37.8}
        for n, (name, lat) in enumerate(
            [("Donetsk oblast", 48.0), ("DONETSK  Oblast", 48.3), ("Nowhere land", 47.5)]
        )
    ]  # fmt: skip
    page = offline_page
    _open(page, to_frame(rows), tmp_path)
    kinds = page.evaluate(
        """() => window.sitrepMap.groups.extents.getLayers().map(
             l => l.getLayers ? 'outline' : 'circle').sort()"""
    )
    assert kinds == ["circle", "outline", "outline"]
    assert page.errors == []


def test_a_word_longer_than_the_popup_wraps_inside_it(offline_page, tmp_path):
    """A place, source or claimant of one unbroken run (a pasted link, a name of 3,000 letters)
    ran out of the popup's box over the map: it wraps inside it, whatever its length."""
    link = "https://t.me/s/channel/" + "x" * 3000
    frame = to_frame([{**BASE_EVENT, "place": "K" * 3000, "source": link, "claimed_by": "Y" * 500}])
    page = offline_page
    _open(page, frame, tmp_path)
    page.locator(".sm-event").first.click()
    popup = page.locator(".sm-popup")
    expect(popup).to_be_visible()
    wider = page.evaluate(
        """() => Array.from(document.querySelectorAll('.sm-popup, .sm-popup *'))
             .filter(el => el.scrollWidth > el.clientWidth + 1).length"""
    )
    assert wider == 0
    wrapper = page.locator(".leaflet-popup-content-wrapper").bounding_box()
    content = page.locator(".sm-popup").bounding_box()
    assert content["x"] + content["width"] <= wrapper["x"] + wrapper["width"] + 1
    assert page.errors == []


def test_on_a_phone_the_count_covers_no_map_button(offline_page, tmp_path):
    """At 390 px the map's count ("2 of 4 events on the map: the layers or the time control hide
    2", two lines) lay over the Markers / Hexagons / Regions buttons (newuser30): it keeps clear
    of every button of the map's left corner."""
    frame = to_frame(
        [
            {**BASE_EVENT, "place": f"P{k}", "lat": 48.0 + k / 3, "lon": 30.0 + k / 2,
             "event_date": f"2024-11-2{k // 2}"}
            for k in range(4)
        ]
    )  # fmt: skip
    page = offline_page
    page.set_viewport_size({"width": 390, "height": 844})
    _open(page, frame, tmp_path)
    page.locator(".sm-time-play").click()
    page.locator(".sm-time-play").click()  # one step, then pause
    count = page.locator(".sm-count")
    expect(count).to_contain_text("of 4 events on the map: the layers or the time control hide")
    box = count.bounding_box()
    for control in page.locator(
        ".leaflet-top.leaflet-left > .leaflet-control:not(.sm-count)"
    ).all():
        other = control.bounding_box()
        apart = (
            box["x"] >= other["x"] + other["width"]
            or other["x"] >= box["x"] + box["width"]
            or box["y"] >= other["y"] + other["height"]
            or other["y"] >= box["y"] + box["height"]
        )
        assert apart, (box, other)
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    assert page.errors == []
