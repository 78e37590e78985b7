"""The Map page in a real Chromium, offline: markers, filter, download, screenshot, timing."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
from playwright.sync_api import expect

from conftest import FILTER_WIDGET_SCRIPTS, MAP_FRAME, ROOT, open_filters

ARTIFACTS = ROOT / "artifacts"
pytestmark = pytest.mark.browser


def _map(page):
    return page.frame_locator(MAP_FRAME)


def test_map_page_offline_filter_and_download(offline_page, app_server):
    page = offline_page
    ARTIFACTS.mkdir(exist_ok=True)
    started = time.perf_counter()
    page.goto(app_server["url"])
    markers = _map(page).locator(".sm-event")
    expect(markers).to_have_count(12, timeout=120_000)  # the first open warms the server up
    usable_s = time.perf_counter() - started
    expect(_map(page).locator(".leaflet-control-layers")).to_be_visible()
    # the furniture in Leaflet's small type, not the 16 px of folium's page
    scale = _map(page).locator(".leaflet-control-scale-line").first
    assert scale.evaluate("e => getComputedStyle(e).fontSize") == "12px"
    page.wait_for_timeout(800)  # let the outlines arrive before the picture
    page.screenshot(path=str(ARTIFACTS / "map-page.png"), full_page=True)

    # Choose ATACMS in the filters' box: the map changes, and the address keeps the filter.
    open_filters(page)
    weapon = page.get_by_test_id("stMultiSelect").first
    weapon.click()
    page.keyboard.type("ATACMS")
    page.keyboard.press("Enter")
    expect(markers).to_have_count(2, timeout=30_000)
    expect(page.get_by_text("2 of 12 events match the filters")).to_be_visible()
    # the sidebar writes the address after the map is sent: it may come a moment later
    expect(page).to_have_url(re.compile("weapon=ATACMS"), timeout=30_000)
    expect(page.get_by_text(re.compile(r"^Filters:\W*weapon ATACMS$"))).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "map-page-atacms.png"), full_page=True)

    page.get_by_text("Export", exact=True).click()  # folded when the page opens
    with page.expect_download() as download:
        page.get_by_role("button", name="Download GeoJSON").click(timeout=60_000)
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert [f["properties"]["weapon"] for f in data["features"]] == ["ATACMS", "ATACMS"]

    # A popup shows the event's facts (built as text, not HTML).
    _map(page).locator(".sm-event").first.click()
    popup = _map(page).locator(".sm-popup")
    expect(popup).to_contain_text("ATACMS")
    assert page.errors == []
    (ARTIFACTS / "browser-timing.json").write_text(
        json.dumps({"map_usable_after_open_s": round(usable_s, 2)}), encoding="utf-8"
    )


# Pan the map so that the event at `place` lies where the open legend sits (bottom left).
UNDER_LEGEND = """(box, place) => {
  const s = window.sitrepMap, ev = s.view.events, m = s.map, size = m.getSize();
  for (let i = 0; i < ev.n; i++) {
    if (ev.text('place', i) !== place) { continue; }
    const e = s.event(i), p = m.latLngToContainerPoint([e.lat, e.lon]);
    m.panBy([p.x - 70, p.y - (size.y - 110)], {animate: false});
    return true;
  }
  return false;
}"""


def test_the_legend_folds_away_from_the_events_under_it(offline_page, app_server):
    page = offline_page
    page.goto(app_server["url"])
    legend = _map(page).locator(".sm-legend")
    # folded at first on a map this size (about 570 px wide), opened and folded with a click
    expect(legend.get_by_text("Weapon category")).to_be_hidden(timeout=60_000)
    legend.locator("summary").click()
    expect(legend.get_by_text("Weapon category")).to_be_visible()
    legend.locator("summary").click()
    expect(legend.get_by_text("Weapon category")).to_be_hidden()
    # Fiuggi, the westernmost meeting, brought to where the open legend would cover it (the
    # first view, the theatre's, leaves it out)
    _map(page).locator(".leaflet-container").evaluate(UNDER_LEGEND, "Fiuggi")
    fiuggi = _map(page).locator('.leaflet-marker-icon[title="Fiuggi"]')
    fiuggi.click()
    expect(_map(page).locator(".sm-popup")).to_contain_text("Fiuggi")
    assert page.errors == []


def test_shared_link_opens_filtered_with_the_filters_folded(offline_page, app_server):
    """A link's filters apply at open, said in one line; the filter and export widgets (select
    and date inputs, download buttons: most of what the page would load before the map) load
    only once asked for, and then show the link's choice and write the next one into the
    address."""
    page = offline_page
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(app_server["url"] + "/?type=meeting")
    expect(_map(page).locator(".sm-event")).to_have_count(2, timeout=60_000)
    expect(page.get_by_text("2 of 12 events match the filters")).to_be_visible()
    # the line as literal() writes it: a word joiner after the colon (webui/text.py)
    expect(page.get_by_text(re.compile(r"^Filters:\W*type meeting$"))).to_be_visible()
    page.wait_for_timeout(1500)  # anything else the page would load
    for name in FILTER_WIDGET_SCRIPTS:
        assert not [u for u in asked if name in u], name
    assert page.get_by_test_id("stMultiSelect").count() == 0
    open_filters(page)
    types = page.get_by_test_id("stMultiSelect").nth(1)
    expect(types).to_contain_text("meeting")
    assert [u for u in asked if FILTER_WIDGET_SCRIPTS[0] in u]
    page.get_by_text("Export", exact=True).click()
    expect(page.get_by_test_id("stSelectbox")).to_be_visible(timeout=60_000)
    expect(page.get_by_role("button", name="Download GeoJSON")).to_be_visible()
    # opening the boxes kept the map (a new filter below builds a new one: counted before it)
    assert len([u for u in asked if "sitrep-map.js" in u]) == 1
    types.click()
    page.keyboard.type("strike")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect(page).to_have_url(re.compile(r"type=meeting&type=strike"), timeout=30_000)
    expect(page.get_by_text(re.compile(r"^Filters:\W*type meeting, strike$"))).to_be_visible()
    assert page.errors == []


def test_standalone_map_file_works_from_disk_offline(offline_page, tmp_path):
    """`python -m geo map` writes one file that draws every event from file:// with no network."""
    from conftest import run_cli

    out = run_cli("map", "-o", str(tmp_path / "map.html"))
    assert out.returncode == 0, out.stderr
    page = offline_page
    page.goto((tmp_path / "map.html").as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=30_000)
    expect(page.locator(".sm-event")).to_have_count(12)
    page.locator(".sm-event").first.click()
    expect(page.locator(".sm-popup")).to_be_visible()
    assert page.errors == []


def test_the_table_and_chart_load_only_when_opened(offline_page, app_server):
    """The page opens with the map and without the table's and the chart's scripts (most of the
    page's weight); opening a box draws its content, and opening it does not reload the map."""
    page = offline_page
    asked: list[str] = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(app_server["url"])
    expect(_map(page).locator(".sm-event")).to_have_count(12, timeout=120_000)
    page.wait_for_timeout(1500)  # anything else the page would load
    for name in ("DataFrame.", "embed.", "arrowFormatUtils."):
        assert not [u for u in asked if f"/static/js/{name}" in u], name
    assert page.get_by_test_id("stDataFrame").count() == 0
    page.get_by_text("Table of the events shown").click()
    expect(page.get_by_test_id("stDataFrame")).to_be_visible(timeout=60_000)
    page.get_by_text("Events over time", exact=True).click()
    expect(page.get_by_test_id("stVegaLiteChart").locator("svg.marks")).to_be_visible(
        timeout=60_000
    )
    assert [u for u in asked if "/static/js/DataFrame." in u]
    assert len([u for u in asked if "sitrep-map.js" in u]) == 1  # the map was not reloaded
    assert page.errors == []


def test_table_toolbar_offers_no_raw_csv_download(offline_page, app_server):
    """Streamlit's toolbar download writes formula cells live: hidden on the page, in a browser."""
    page = offline_page
    page.goto(app_server["url"])
    page.get_by_text("Table of the events shown").click()
    table = page.get_by_test_id("stDataFrame").first
    expect(table).to_be_visible(timeout=60_000)
    table.hover()
    toolbar = page.get_by_test_id("stElementToolbar").first
    buttons = toolbar.get_by_test_id("stElementToolbarButton")
    expect(buttons.first).to_be_visible(timeout=10_000)  # the toolbar is there on hover...
    labels = [b.get_attribute("aria-label") for b in toolbar.locator("button").all()]
    assert any(label and label.startswith("Download as CSV") for label in labels), labels
    download = toolbar.locator("button[aria-label^='Download as CSV']")
    expect(download).to_be_hidden()  # ...but without its download


# The names the basemap wrote after a move to [lat, lon] at `zoom`, and how many dark (text)
# pixels its canvas holds around the first one.
NAMES_AT = """([lat, lon, zoom]) => {
  const s = window.sitrepMap; s.map.setView([lat, lon], zoom, {animate: false});
  const base = s.basemap, canvas = base.renderer._container, box = canvas.getBoundingClientRect();
  const map = s.map.getContainer().getBoundingClientRect(), w = base.written[0];
  const px = canvas.getContext('2d').getImageData(
    w.x + map.x - box.x - 20, w.y + map.y - box.y - 6, 40, 12).data;
  let dark = 0;
  for (let k = 0; k < px.length; k += 4) { if (px[k + 3] > 200 && px[k] < 120) { dark += 1; } }
  return {names: base.written.map(n => n.kind + ':' + n.text), dark: dark};
}"""


def test_the_offline_basemap_names_regions_then_towns(offline_page, app_server):
    """Place names come from the project's own file (no request leaves the machine for them):
    region names and the largest towns at zoom 6, smaller towns closer in."""
    page = offline_page
    asked = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(app_server["url"])
    frame = page.locator(MAP_FRAME).last.content_frame
    expect(frame.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    # the names file arrives after the first draw (which sets data-sm-names="0"): wait for it
    expect(frame.locator("[data-sm-names]:not([data-sm-names='0'])")).to_have_count(
        1, timeout=30_000
    )
    container = frame.locator(".leaflet-container")
    wide = container.evaluate(f"(box, a) => ({NAMES_AT})(a)", [49.0, 36.0, 6])
    assert {"town:Kharkiv", "town:Dnipro", "region:Poltava", "region:Luhansk"} <= set(wide["names"])
    # an oblast named as its capital is not named again beside the capital's name
    assert "region:Kharkiv" not in wide["names"] and "region:Dnipro" not in wide["names"]
    # regions as the gazetteer spells their towns, never GeoNames' field in capitals
    regions = [n.split(":", 1)[1] for n in wide["names"] if n.startswith("region:")]
    assert regions and not any(r.isupper() for r in regions)
    assert "town:Chuhuyiv" not in wide["names"]  # 30,000 inhabitants: closer in
    assert wide["dark"] > 20  # the first name is written on the canvas, not only counted
    frame.locator(".leaflet-container").screenshot(path=str(ARTIFACTS / "map-place-names.png"))
    close = container.evaluate(f"(box, a) => ({NAMES_AT})(a)", [49.9, 36.5, 10])
    assert "town:Chuhuyiv" in close["names"]
    assert not any(n.startswith("region:") for n in close["names"])
    places = [u for u in asked if "places.json" in u]
    assert places and all(u.startswith(app_server["url"]) for u in places)
    assert page.errors == []


def test_the_region_density_fetches_the_outlines_from_the_app(offline_page, app_server):
    """In the app the regions are not inlined: Regions fetches them from the app itself, once,
    and fills those that hold reference events (the meetings abroad lie in none)."""
    page = offline_page
    asked = []
    page.on("request", lambda r: asked.append(r.url))
    page.goto(app_server["url"])
    expect(_map(page).locator(".sm-event")).to_have_count(12, timeout=120_000)
    assert not [u for u in asked if "regions.geojson" in u]  # not before it is chosen
    _map(page).locator(".sm-density-regions").click()
    box = _map(page).locator("[data-sm-region-cells]")
    expect(box).to_have_count(1, timeout=30_000)
    total = int(box.get_attribute("data-sm-region-total"))
    assert 0 < total < 12 and int(box.get_attribute("data-sm-region-cells")) >= 3
    fetched = [u for u in asked if "regions.geojson" in u]
    assert len(fetched) == 1 and fetched[0].startswith(app_server["url"])
    assert page.errors == []


def test_a_day_typed_into_the_date_box_applies_when_the_calendar_closes(
    offline_page, app_server, gazetteer
):
    from geo.events import load_reference

    later = int((load_reference(gazetteer)["event_date"] >= "2024-11-21").sum())
    page = offline_page
    page.goto(app_server["url"])
    expect(_map(page).locator(".sm-event")).to_have_count(12, timeout=120_000)
    open_filters(page)
    page.get_by_role("spinbutton", name="day, Dates start date").click()
    page.keyboard.type("21")
    page.keyboard.press("Escape")  # closing the calendar applies what was typed
    expect(page).to_have_url(re.compile(r"since=2024-11-21"), timeout=30_000)
    expect(page.get_by_text(f"{later} of 12 events match the filters")).to_be_visible()
    assert 0 < later < 12


def test_the_wheel_scrolls_the_page_until_the_map_is_clicked(offline_page, app_server):
    """Scrolling the page over the map does not zoom it; once clicked, the wheel zooms the map,
    and leaving the map gives the wheel back to the page."""
    page = offline_page
    page.goto(app_server["url"])
    frame = page.locator(MAP_FRAME).last.content_frame
    expect(frame.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
    box = page.locator(MAP_FRAME).last.bounding_box()
    zoom = "() => window.sitrepMap.map.getZoom()"
    first = frame.locator("body").evaluate(zoom)
    page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.6)
    page.mouse.wheel(0, -400)
    expect(frame.locator(".sm-wheel-hint.sm-shown")).to_have_count(1)
    page.wait_for_timeout(400)
    assert frame.locator("body").evaluate(zoom) == first
    assert frame.locator("[data-sm-wheel='off']").count() == 1
    page.mouse.click(box["x"] + 8, box["y"] + box["height"] - 40)  # an empty corner
    expect(frame.locator("[data-sm-wheel='on']")).to_have_count(1)
    page.mouse.move(box["x"] + box["width"] * 0.5, box["y"] + box["height"] * 0.6)
    page.mouse.wheel(0, -400)
    page.wait_for_function(
        "([f, z]) => f.contentWindow.sitrepMap.map.getZoom() > z",
        arg=[page.locator(MAP_FRAME).last.element_handle(), first],
        timeout=10_000,
    )
    page.mouse.move(box["x"] + box["width"] + 40, box["y"] + 10)  # off the map
    expect(frame.locator("[data-sm-wheel='off']")).to_have_count(1)
    assert page.errors == []
