"""The density view in a real Chromium: its hexagons and its regions hold exactly the events, as
geo.density counts them, and follow the time control."""

from __future__ import annotations

import re
from datetime import date, timedelta

import numpy as np
import pytest
from playwright.sync_api import expect
from shapely.geometry import shape

from conftest import BASE_EVENT
from geo import assets, density
from geo.events import to_frame
from geo.standalone import standalone_html

pytestmark = pytest.mark.browser

RADIUS = 18  # density.js's hexagons


def _events(n: int, seed: int = 11):
    rng = np.random.default_rng(seed)
    lat, lon = rng.normal(48.5, 1.2, n), rng.normal(35.5, 2.5, n)  # heaviest near the front
    days = rng.integers(0, 20, n)
    records = [
        {
            **BASE_EVENT,
            "place": f"P{k}",
            "lat": float(lat[k]),
            "lon": float(lon[k]),
            "event_date": (date(2024, 11, 1) + timedelta(int(days[k]))).isoformat(),
        }
        for k in range(n)
    ]
    return to_frame(records)


def _open(page, frame, tmp_path):
    """The standalone map of ``frame`` in ``page``, once drawn; its container."""
    path = tmp_path / "map.html"
    path.write_text(standalone_html(frame), encoding="utf-8")
    page.goto(path.as_uri())
    box = page.locator("[data-sm-ready='1']")
    expect(box).to_have_count(1, timeout=60_000)
    return box


def test_density_hexagons_hold_the_events(offline_page, tmp_path):
    frame = _events(3_000)  # more than 2,000: the map is clustered
    page = offline_page
    box = _open(page, frame, tmp_path)
    page.locator(".sm-density-on").click()
    expect(box).to_have_attribute("data-sm-density-total", "3000")
    assert page.locator(".sm-event, .sm-cluster").count() == 0  # hexagons instead
    zoom = page.evaluate("() => window.sitrepMap.map.getZoom()")
    cells = page.evaluate("() => [...window.sitrepMap.density.cells.values()]")
    got = {(c["i"], c["j"]): c["count"] for c in cells}
    # the payload's points: 1e-5 degree
    lat = np.round(frame.geometry.y.to_numpy() * 1e5) / 1e5
    lon = np.round(frame.geometry.x.to_numpy() * 1e5) / 1e5
    want = density.hex_counts(lat, lon, zoom, RADIUS)
    assert got == {(int(r.i), int(r.j)): int(r.count) for r in want.itertuples()}
    assert int(box.get_attribute("data-sm-density-cells")) == len(want) > 50

    # The number under the pointer, in a tooltip: the densest hexagon's.
    top = max(cells, key=lambda c: c["count"])
    at = page.evaluate(
        """([i, j, r]) => {
          const m = window.sitrepMap.map, z = m.getZoom();
          const p = m.latLngToContainerPoint(m.unproject(
            L.point((i + (j & 1) / 2) * r * Math.sqrt(3), j * r * 1.5), z));
          const b = m.getContainer().getBoundingClientRect();
          return [b.left + p.x, b.top + p.y];
        }""",
        [top["i"], top["j"], RADIUS],
    )
    page.mouse.move(*at)
    expect(page.locator(".sm-density-tip")).to_have_text(f"{top['count']:,} events")

    # The time control's window: the hexagons hold that day's events only.
    page.locator(".sm-time-play").click()
    page.locator(".sm-time-play").click()  # one step, then pause
    window = box.get_attribute("data-sm-time-window")
    day = window.split("/")[0]
    on_day = int((frame["event_date"].astype(str) == day).sum())
    assert box.get_attribute("data-sm-density-total") == str(on_day)
    # Markers again: the clusters come back.
    page.locator(".sm-time-all").click()
    page.locator(".sm-density-off").click()
    expect(page.locator(".sm-cluster").first).to_be_visible()
    assert box.get_attribute("data-sm-density-cells") is None
    assert page.errors == []


def _region_counts(frame, day: str | None = None) -> dict[str, int]:
    """Events per region as geo.density counts them, at the payload's points (1e-5 degree)."""
    if day is not None:
        frame = frame[frame["event_date"].astype(str) == day]
    lat = np.round(frame.geometry.y.to_numpy() * 1e5) / 1e5
    lon = np.round(frame.geometry.x.to_numpy() * 1e5) / 1e5
    features = assets.load_geojson(assets.regions_path())["features"]
    want = density.region_counts(lat, lon, features)
    return {str(k): int(n) for k, n in zip(want["key"], want["count"], strict=True)}


def test_region_choropleth_counts_the_events_of_each_region(offline_page, tmp_path):
    frame = _events(3_000)
    page = offline_page
    box = _open(page, frame, tmp_path)
    page.locator(".sm-density-regions").click()
    want = _region_counts(frame)
    expect(box).to_have_attribute("data-sm-region-total", str(sum(want.values())))
    assert page.locator(".sm-event, .sm-cluster").count() == 0  # regions instead
    got = page.evaluate("() => window.sitrepMap.density.regions.counts()")
    assert got == want and len(want) > 5
    assert box.get_attribute("data-sm-region-cells") == str(len(want))

    # The densest region's name and number in a tooltip, at a point inside it.
    features = assets.load_geojson(assets.regions_path())["features"]
    key = max(want, key=want.get)
    feature = next(
        f for f in features if f"{f['properties']['country']}|{f['properties']['admin1']}" == key
    )
    inner = shape(feature["geometry"]).representative_point()
    at = page.evaluate(
        """([lat, lon]) => {
          const m = window.sitrepMap.map, p = m.latLngToContainerPoint([lat, lon]);
          const b = m.getContainer().getBoundingClientRect();
          return [b.left + p.x, b.top + p.y];
        }""",
        [inner.y, inner.x],
    )
    page.mouse.move(*at)
    page.mouse.move(at[0] + 1, at[1])
    name = feature["properties"]["label"]
    expect(page.locator(".sm-density-tip")).to_have_text(f"{name}: {want[key]:,} events")

    # The time control's window: each region holds that day's events only.
    page.locator(".sm-time-play").click()
    page.locator(".sm-time-play").click()  # one step, then pause
    day = box.get_attribute("data-sm-time-window").split("/")[0]
    on_day = _region_counts(frame, day)
    expect(box).to_have_attribute("data-sm-region-total", str(sum(on_day.values())))
    assert page.evaluate("() => window.sitrepMap.density.regions.counts()") == on_day
    # Hexagons, then markers again: the regions go.
    page.locator(".sm-density-on").click()
    assert box.get_attribute("data-sm-region-cells") is None
    page.locator(".sm-time-all").click()
    page.locator(".sm-density-off").click()
    expect(page.locator(".sm-cluster").first).to_be_visible()
    assert page.errors == []


def test_cluster_counts_are_on_top_of_their_rings(offline_page, tmp_path):
    """Leaflet gives every svg in the map a z-index of 200: the count must still be the topmost
    thing at the centre of each cluster, or it is painted over by the cluster's own disc."""
    path = tmp_path / "map.html"
    path.write_text(standalone_html(_events(3_000)), encoding="utf-8")
    page = offline_page
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    clusters = page.locator(".sm-cluster")
    expect(clusters.first).to_be_visible()
    on_top = clusters.evaluate_all(
        """els => els.map(el => {
            const r = el.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return hit && hit.tagName === 'SPAN' && hit.parentElement === el;
        })"""
    )
    assert on_top and all(on_top), on_top
    assert page.errors == []


@pytest.mark.parametrize(("days", "step"), [(20, "day"), (300, "week")])
def test_the_time_control_shows_the_step_that_fits_the_span(offline_page, tmp_path, days, step):
    """Spans over 120 days step by week (as geo.timeline), shown before any click."""
    frame = _events(60)
    frame["event_date"] = [
        (date(2023, 1, 2) + timedelta(days=k * days // 59)).isoformat() for k in range(60)
    ]
    path = tmp_path / "map.html"
    path.write_text(standalone_html(frame), encoding="utf-8")
    page = offline_page
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    expect(page.locator(".sm-time-size")).to_have_value(step)
    assert page.errors == []


def test_a_map_without_events_has_no_time_or_density_control(offline_page, tmp_path):
    """The range tool's map shows rings, not events: no play button, no density switch."""
    path = tmp_path / "map.html"
    path.write_text(standalone_html(_events(0)), encoding="utf-8")
    page = offline_page
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    expect(page.locator(".sm-time")).to_be_hidden()
    expect(page.locator(".sm-density")).to_be_hidden()
    assert page.errors == []


CLUSTERS = """() => [...document.querySelectorAll('.sm-cluster')]
  .map(e => [e.title, e.style.transform, e.textContent]).sort()"""


def test_a_pan_keeps_the_clusters_it_does_not_change(offline_page, tmp_path):
    """Clusters still the same after a pan are not made again (their icons are parsed SVG), and
    what is drawn is what a redraw from nothing draws."""
    page = offline_page
    _open(page, _events(3_000), tmp_path)
    expect(page.locator(".sm-cluster").first).to_be_visible()
    before = page.evaluate(
        "() => [...document.querySelectorAll('.sm-cluster')].map(e => (e.dataset.seen = '1'))"
    )
    page.evaluate("() => window.sitrepMap.map.panBy([40, 0], {animate: false})")
    kept = page.locator(".sm-cluster[data-seen='1']").count()
    assert len(before) > 5 and kept > len(before) // 2
    after = page.evaluate(CLUSTERS)
    page.evaluate("() => { const v = window.sitrepMap.view; v.clear(false); v.draw(); }")
    assert page.locator(".sm-cluster[data-seen='1']").count() == 0  # made again from nothing
    assert page.evaluate(CLUSTERS) == after
    assert page.errors == []


# What the map holds now: the window, the events switched on per type (the view's own mask),
# whether its per-stack counts equal a recount of that mask, and the events its markers and
# clusters show (badges and cluster counts) against those it says are in view.
_STATE = """() => {
  const v = window.sitrepMap.view, ev = v.events, C = v.config.categories.length, box = v.box;
  const perType = {}, count = new Int32Array(ev.stacks.count), cats = new Int32Array(ev.stacks.count * C);
  for (let i = 0; i < ev.n; i++) {
    if (!v.on[i]) { continue; }
    const t = ev.text('event_type', i), s = ev.cols.stack[i];
    perType[t] = (perType[t] || 0) + 1; count[s] += 1;
    if (v.cats[i] >= 0) { cats[s * C + v.cats[i]] += 1; }
  }
  const same = (a, b) => a.length === b.length && a.every((x, k) => x === b[k]);
  const drawn = [...box.querySelectorAll('.sm-event')].reduce((n, e) => {
    const badge = e.querySelector('.sm-badge'); return n + (badge ? Number(badge.textContent) : 1);
  }, 0) + [...box.querySelectorAll('.sm-cluster')].reduce((n, e) => n + Number(e.textContent), 0);
  return {window: box.dataset.smTimeWindow, shown: Number(box.dataset.smShown), perType,
    recount: same(count, v.shown.count) && same(cats, v.shown.cats),
    drawn, inView: Number(box.dataset.smInView)};
}"""
_DRAWN = """() => [...document.querySelectorAll('.sm-event, .sm-cluster')]
  .map(e => [e.className, e.title, e.style.transform, e.innerHTML]).sort()
  .concat([...document.querySelectorAll('.leaflet-overlay-pane path')]
    .map(p => ['path', p.getAttribute('stroke'), p.getAttribute('d')]).sort())"""
# Before a step: what each marker and cluster holds; after it: the clusters whose element was
# kept and written over with other contents (a ring and count changed in place, look.js).
_MARK = """() => document.querySelectorAll('.sm-event, .sm-cluster')
  .forEach(e => { e.dataset.was = e.innerHTML; })"""
_MADE_OVER = """() => [...document.querySelectorAll('.sm-cluster[data-was]')]
  .filter(e => e.dataset.was !== e.innerHTML).length"""
_TOGGLE = """([type, on]) => {
  const m = window.sitrepMap.map, groups = [];
  m.eachLayer(l => { if (l.smToggle && l.smToggle[1] === type) { groups.push(l); } });
  window.sitrepMap.view.toggles.types[type] = on;  // what the layer control does, then a refresh
  groups.forEach(g => on ? m.addLayer(g) : m.removeLayer(g));
}"""


def test_a_step_after_a_step_shows_exactly_the_new_windows_events(offline_page, tmp_path):
    """A step from one window to the next switches only the events that leave or enter it: after
    steps, a type switched off and on, the slider and the week, the map holds exactly the
    window's events per type, and draws what a redraw from nothing draws (clusters written over
    in place included: their rings and counts)."""
    frame = _events(3_000)
    rng = np.random.default_rng(5)
    frame["event_type"] = rng.choice(["strike", "fighting", "interception"], 3_000)
    # 400 places of several events each, on several days: stacks drawn before and after a step
    # with other counts
    place = rng.integers(0, 400, 3_000)
    frame["place"] = [f"P{k}" for k in place]
    frame = frame.set_geometry(frame.geometry.iloc[place].to_numpy())
    # a third of the places "near" (a precision circle, coloured as the stack's newest event's
    # weapon category): steps change circles' colours, which a redraw from nothing must match
    frame["geo_precision"] = np.where(place % 3 == 0, 2, 1)
    frame["weapon_category"] = rng.choice(["missile", "drone", "artillery"], 3_000)
    page = offline_page
    _open(page, frame, tmp_path)
    page.evaluate("() => window.sitrepMap.map.setView([48.5, 35.5], 8, {animate: false})")
    expect(page.locator(".sm-time-size")).to_have_value("day")
    days = frame["event_date"].astype(str)

    def expected(since: str, until: str, off: str = "") -> dict[str, int]:
        inside = frame[(days >= since) & (days <= until) & (frame["event_type"] != off)]
        return inside["event_type"].value_counts().to_dict()

    def check(off: str = "") -> dict:
        got = page.evaluate(_STATE)
        since, until = got["window"].split("/")
        want = expected(since, until, off)
        assert got["perType"] == want and got["shown"] == sum(want.values()) > 0, got
        assert got["recount"] and got["drawn"] == got["inView"] > 0, got
        return got

    step = "() => window.sitrepMap.time.step()"
    seen, made_over = set(), 0
    for _ in range(3):  # the first from every date (a refresh), then one window to the next
        page.evaluate(_MARK)
        page.evaluate(step)
        seen.add(check()["window"])
        made_over += page.evaluate(_MADE_OVER)
    assert len(seen) == 3 and made_over > 0  # clusters written over, compared below
    page.evaluate(_TOGGLE, ["fighting", False])
    check("fighting")
    page.evaluate(step)
    check("fighting")
    page.evaluate(_TOGGLE, ["fighting", True])
    page.evaluate(step)
    check()
    page.locator(".sm-time-slider").fill("13")  # a jump (position 0 is every date)
    assert check()["window"] == "2024-11-13/2024-11-13"
    page.locator(".sm-time-size").select_option("week")
    since, until = check()["window"].split("/")
    assert (date.fromisoformat(until) - date.fromisoformat(since)).days == 6
    page.evaluate(_MARK)
    page.evaluate(step)
    check()
    assert page.evaluate(_MADE_OVER) > 0
    drawn = page.evaluate(_DRAWN)
    assert sum(d[0] == "path" for d in drawn) > 5  # precision circles among them
    assert sum("sm-cluster" in d[0] and "<path" in d[3] for d in drawn) > 0  # rings of arcs
    redraw = "() => { const v = window.sitrepMap.view; v.clear(true); v.refresh(); }"
    page.evaluate(redraw)  # from nothing
    assert page.evaluate(_DRAWN) == drawn
    page.locator(".sm-time-all").click()  # every date again: a refresh that keeps what stays
    got, drawn = page.evaluate(_STATE), page.evaluate(_DRAWN)
    assert got["shown"] == 3_000 and got["recount"] and got["drawn"] == got["inView"] > 0, got
    page.evaluate(redraw)
    assert page.evaluate(_DRAWN) == drawn
    assert page.errors == []


# After a move: how often each canvas painted (the hexagons' with cells of the present zoom),
# and, at the centre of each hexagon, the colour its canvas holds and the shade of its count.
_PAINTED = """async ([move, r]) => {
  const s = window.sitrepMap, m = s.map, d = s.density, base = s.basemap, seen = {hex: 0, base: 0};
  const hexDraw = d.canvas._draw, baseDraw = base.renderer._draw;
  d.canvas._draw = function () { if (d.zoom === m.getZoom()) { seen.hex += 1; } hexDraw.call(this); };
  base.renderer._draw = function () { seen.base += 1; baseDraw.call(this); };
  if (move[0] === 'pan') { m.panBy(move[1], {animate: false}); } else { m.setView(move[1], move[2], {animate: false}); }
  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
  d.canvas._draw = hexDraw; base.renderer._draw = baseDraw;
  const canvas = d.canvas._container, at = canvas.getBoundingClientRect(), box = m.getContainer().getBoundingClientRect();
  const ctx = canvas.getContext('2d'), z = m.getZoom(), size = m.getSize(), cells = [...d.cells.values()];
  const most = Math.max(...cells.map(c => c.count)), hex = c => [parseInt(c.slice(1, 3), 16),
    parseInt(c.slice(3, 5), 16), parseInt(c.slice(5, 7), 16)];
  const got = cells.map(c => {
    const p = m.latLngToContainerPoint(m.unproject(L.point((c.i + (c.j & 1) / 2) * r * Math.sqrt(3), c.j * r * 1.5), z));
    if (p.x < 0 || p.y < 0 || p.x >= size.x || p.y >= size.y) { return null; }
    const px = ctx.getImageData(Math.round(box.left + p.x - at.left), Math.round(box.top + p.y - at.top), 1, 1).data;
    return [Array.from(px.slice(0, 4)), hex(SitrepMap.shade(c.count, most))];
  }).filter(x => x);
  return {seen, got, total: Number(m.getContainer().dataset.smDensityTotal)};
}"""


def test_hexagons_are_painted_once_per_move_where_they_lie(offline_page, tmp_path):
    """The canvases are painted once per move, a zoom included (Leaflet updates a renderer at
    'viewreset' and again at 'moveend'), and each hexagon's centre holds its count's shade."""
    page = offline_page
    box = _open(page, _events(3_000), tmp_path)
    page.locator(".sm-density-on").click()
    expect(box).to_have_attribute("data-sm-density-total", "3000")
    moves = [
        ("pan", [300, 0]),
        ("view", [48.5, 35.5], 7),
        ("pan", [0, -200]),
        ("view", [48.0, 36.0], 6),
    ]
    for move in moves:
        got = page.evaluate(_PAINTED, [list(move), RADIUS])
        assert got["seen"] == {"hex": 1, "base": 1}, (move, got["seen"])
        assert len(got["got"]) > 20 and got["total"] > 0, move
        for (red, green, blue, alpha), shade in got["got"]:
            # the shade at 0.72 opacity over nothing, its outline aside
            assert alpha == pytest.approx(0.72 * 255, abs=3) and [
                red,
                green,
                blue,
            ] == pytest.approx(shade, abs=3), (move, shade)
    assert page.errors == []


def test_events_placed_only_at_a_country_are_in_no_hexagon_or_region(offline_page, tmp_path):
    """A country-level event (UCDP's "Ukraine" rows) sits at the country's centre: counting it
    there would invent a hotspot in whatever region holds that centre. The density views leave it
    out and say how many and why; the marker map draws it without a shape, "somewhere in" it."""
    frame = _events(300)
    country = [
        {
            **BASE_EVENT,
            "place": "Ukraine",
            "country": "UA",
            "admin1": None,
            "geo_precision": 3,
            "lat": 49.0,
            "lon": 31.4,
            "event_date": f"2024-11-{d:02d}",
        }
        for d in range(1, 6)
    ]
    frame = to_frame(
        [
            *frame.drop(columns="geometry")
            .assign(lat=frame.geometry.y, lon=frame.geometry.x)
            .to_dict("records"),
            *country,
        ]
    )
    page = offline_page
    box = _open(page, frame, tmp_path)
    page.locator(".sm-density-on").click()
    expect(box).to_have_attribute("data-sm-density-total", "300")
    expect(box).to_have_attribute("data-sm-density-left-out", "5")
    expect(page.locator(".sm-density-note")).to_have_text(
        "5 events not counted: placed only at a country or an area across regions"
    )
    page.locator(".sm-density-regions").click()
    expect(box).to_have_attribute("data-sm-region-cells", re.compile(r"\d+"))
    counts = page.evaluate("() => window.sitrepMap.density.regions.counts()")
    points = frame[frame["place"] != "Ukraine"]
    features = assets.load_geojson(assets.regions_path())["features"]
    lat = np.round(points.geometry.y.to_numpy() * 1e5) / 1e5
    lon = np.round(points.geometry.x.to_numpy() * 1e5) / 1e5
    want = density.region_counts(lat, lon, features)
    assert counts == {r.key: int(r.count) for r in want.itertuples()}
    # Markers again: the note goes; the country's stack has no shape and says where it is.
    page.locator(".sm-density-off").click()
    expect(page.locator(".sm-density-note")).to_be_hidden()
    got = page.evaluate(
        """() => {
          const ev = window.sitrepMap.view.events, cfg = window.sitrepMap.view.config;
          const i = [...Array(ev.n).keys()].find(k => ev.text('place', k) === 'Ukraine');
          const e = ev.event(i);
          return [e.wide, SitrepMap.extentOf(cfg, e), SitrepMap.popup(cfg, [], e).textContent];
        }"""
    )
    assert got[:2] == [True, None]
    assert "Place issomewhere in Ukraine (no one region" in got[2]
    assert not page.errors
