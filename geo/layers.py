"""Folium map of events: offline basemap, toggleable layers, honest precision, escaped popups.

One :class:`EventLayers` element carries the events as data and draws them in the browser:

- a toggle (LayerControl entry) per event type and per weapon category; an event shows when both
  its type and its category are switched on;
- an icon coloured by weapon category, shaped by event type, and a legend;
- "near X" (geo_precision 2) as a dashed circle, a region (geo_precision 3) as the region's
  approximate outline (or a wide circle), a place itself as a marker only;
- popups built with ``textContent``: report text never becomes HTML.

Leaflet comes from ``static/vendor`` (served by Streamlit, or inlined for a standalone file),
never from a CDN; country outlines are drawn beneath the OSM tiles so the map reads offline.
"""

from __future__ import annotations

import base64
import functools
import gzip
import json
import re
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from branca.element import Element, MacroElement
from jinja2 import Template

from geo import assets, theatre
from geo.events import EVENT_TYPES, LOW_CARDINALITY, text_codes
from geo.weapons import CATEGORIES

SERVED_BASE = "/app/static/vendor"

# Colour per weapon category (and for events without a weapon).
CATEGORY_COLOURS = {
    "ballistic missile": "#d62728",
    "cruise missile": "#ff7f0e",
    "missile": "#e377c2",
    "drone": "#9467bd",
    "naval drone": "#17becf",
    "glide bomb": "#8c564b",
    "artillery": "#7f7f7f",
    "rocket artillery": "#bcbd22",
    "air defence missile": "#1f77b4",
    "aircraft": "#2ca02c",
    "none": "#444444",
}
# Shape per event type (an SVG path in a 24x24 box).
TYPE_SHAPES = {
    "strike": "circle",
    "fighting": "diamond",
    "interception": "triangle",
    "meeting": "square",
    "other": "circle",
}
NEAR_RADIUS_M = 15_000
REGION_RADIUS_M = 60_000
ATTRIBUTION = "Places: GeoNames (CC BY 4.0) · Outlines: Natural Earth"
OSM_ATTRIBUTION = "&copy; OpenStreetMap contributors"


# Columns the browser gets, dictionary-encoded (distinct values once, then one code per event):
# the few-valued ones, which are also the store's categories.
PAYLOAD_TEXT = LOW_CARDINALITY
# Text that is different for nearly every event: sent while it fits TEXT_BUDGET_BYTES, else the
# popups say it is in the table and the exports (100,000 sentences would be 10 MB of page).
PAYLOAD_LONG_TEXT = ("place_mention", "source_text", "notes")
PAYLOAD_NUMBERS = ("time_precision", "geo_precision", "fatalities", "injured")
TEXT_BUDGET_BYTES = 1_500_000
# Up to this many events each gets its own marker; above it they are clustered in the browser
# (a screen grid, see the map script), and only the markers in view are drawn.
CLUSTER_ABOVE = 2_000
COORD_SCALE = 100_000  # coordinates travel as integers of 1e-5 degree (about 1 m)


def _smallest_int(values: np.ndarray) -> np.ndarray:
    for dtype in (np.int8, np.int16, np.int32):
        info = np.iinfo(dtype)
        if not len(values) or (values.min() >= info.min and values.max() <= info.max):
            return values.astype(dtype)
    raise ValueError("a column of the map payload does not fit in 32 bits")


def encode_events(frame: gpd.GeoDataFrame, text_budget: int = TEXT_BUDGET_BYTES) -> str:
    """The events as the map's payload: typed arrays and string tables, gzip, base64.

    Layout (little-endian): a uint32 header length, the header as UTF-8 JSON (the distinct
    values of each text column and where each column's array lies), then the arrays, each
    aligned to 4 bytes. Text columns are factorised (vectorised, no loop per event) into their
    distinct values and one code per event (-1 for empty); numbers are integers (-1 for "not
    reported"); coordinates are int32 of 1e-5 degree. The browser inflates it with fflate
    and reads the arrays in place. Report text stays data: it is only
    ever set as ``textContent``.
    """
    n = len(frame)
    arrays: list[tuple[str, np.ndarray]] = [
        # x is longitude: shapely's order, not Leaflet's
        ("lon", np.round(frame.geometry.x.to_numpy() * COORD_SCALE).astype(np.int32)),
        ("lat", np.round(frame.geometry.y.to_numpy() * COORD_SCALE).astype(np.int32)),
    ]
    header: dict = {"n": n, "values": {}, "arrays": {}, "omitted": []}
    budget = text_budget
    for name in (*PAYLOAD_TEXT, *PAYLOAD_LONG_TEXT):
        column = frame[name] if name in frame else pd.Series([None] * n, dtype=object)
        codes, values = text_codes(column)
        if name in PAYLOAD_LONG_TEXT:
            size = sum(len(v) for v in values)
            if size > budget:
                header["omitted"].append(name)
                continue
            budget -= size
        header["values"][name] = values
        arrays.append((name, _smallest_int(codes)))
    for name in PAYLOAD_NUMBERS:
        column = pd.array(frame[name] if name in frame else [None] * n, dtype="Int64")
        arrays.append((name, _smallest_int(np.asarray(column.fillna(-1), dtype=np.int64))))
    blobs, offset = [], 0
    for name, values in arrays:
        data = values.astype(values.dtype.newbyteorder("<")).tobytes()
        header["arrays"][name] = [values.dtype.name, offset, len(values)]
        blobs.append(data + bytes(-len(data) % 4))
        offset += len(data) + (-len(data) % 4)
    head = json.dumps(header, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    head += b" " * (-len(head) % 4)
    raw = b"".join([len(head).to_bytes(4, "little"), head, *blobs])
    return base64.b64encode(gzip.compress(raw, compresslevel=1, mtime=0)).decode("ascii")


def decode_events(payload: str) -> dict[str, list]:
    """The columns :func:`encode_events` packed, as lists (None for empty): what the browser sees."""
    raw = gzip.decompress(base64.b64decode(payload))
    size = int.from_bytes(raw[:4], "little")
    header = json.loads(raw[4 : 4 + size])
    start = 4 + size
    out: dict[str, list] = {}
    for name, (dtype, offset, length) in header["arrays"].items():
        values = np.frombuffer(
            raw, dtype=np.dtype(dtype).newbyteorder("<"), count=length, offset=start + offset
        ).tolist()
        if name in header["values"]:
            table = header["values"][name]
            out[name] = [None if c < 0 else table[c] for c in values]
        elif name in ("lat", "lon"):
            out[name] = [v / COORD_SCALE for v in values]
        else:
            out[name] = [None if v < 0 else v for v in values]
    out["omitted"] = header["omitted"]
    return out


def region_shapes(frame: gpd.GeoDataFrame) -> dict[str, dict]:
    """Approximate outlines of the regions that region-level events name, keyed country|admin1."""
    if not len(frame):
        return {}
    regional = frame.loc[np.asarray(frame["geo_precision"] == 3), ["country", "admin1"]]
    regional = regional.dropna().astype(str).drop_duplicates()
    wanted = set(regional["country"] + "|" + regional["admin1"])
    path = assets.regions_path()
    if not wanted or not path.is_file():
        return {}
    shapes = _region_geometries(str(path), path.stat().st_mtime_ns)
    return {key: shapes[key] for key in wanted if key in shapes}


@functools.lru_cache(maxsize=2)
def _region_geometries(path: str, mtime_ns: int) -> dict[str, dict]:
    """Every approximate region's geometry by country|admin1, read once per version of the file
    (every map build, so every filter change, needs it)."""
    data = assets.load_geojson(Path(path))
    return {
        f"{feat['properties']['country']}|{feat['properties']['admin1']}": feat["geometry"]
        for feat in data["features"]
    }


class _Verbatim(Element):
    """Text placed in the page as it is. branca wraps a rendered script in ``Element(text)``,
    which parses it as a Jinja template once more: slow for megabytes of data, and report text in
    it (``{{ 7*7 }}``) would be evaluated on the server. This element is never parsed again."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._text = text

    def render(self, **kwargs) -> str:
        return self._text


class EventLayers(MacroElement):
    """Events, toggles, legend, basemap and tiles, drawn by Leaflet from embedded data."""

    _template = Template(
        """
{% macro header(this, kwargs) %}
<style>
.leaflet-container { background: #cfe0ea; }
.sm-event { background: none; border: none; }
.sm-popup { font: 13px/1.35 system-ui, sans-serif; max-width: 320px; }
.sm-popup h4 { margin: 0 0 4px; font-size: 14px; }
.sm-popup dl { margin: 0; display: grid; grid-template-columns: auto 1fr; gap: 1px 8px; }
.sm-popup dt { color: #555; } .sm-popup dd { margin: 0; }
.sm-popup blockquote { margin: 6px 0 0; padding-left: 6px; border-left: 3px solid #bbb; color: #333; }
.sm-legend { background: rgba(255,255,255,.92); padding: 5px 7px; font: 11px system-ui, sans-serif;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,.3); max-width: 210px; }
.sm-legend svg { vertical-align: middle; margin-right: 4px; }
.sm-legend summary { cursor: pointer; font-weight: 600; }
.sm-legend:not([open]) { padding: 3px 7px; }
.sm-legend .sm-note, .sm-popup .sm-note { color: #555; margin-top: 4px; }
.sm-cluster div { border-radius: 50%; background: rgba(40,40,60,.78); color: #fff; text-align: center;
  font: 600 12px system-ui, sans-serif; box-shadow: 0 0 0 4px rgba(40,40,60,.25); }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function (map) {
  var DATA = "{{ this.data }}";
  var REGIONS = {{ this.regions|tojson }};
  var COLOURS = {{ this.colours|tojson }};
  var SHAPES = {{ this.shapes|tojson }};
  var OPTS = {{ this.options|tojson }};
  var box = map.getContainer(), started = performance.now();
  box.dataset.smReady = '0';

  map.createPane('sm-basemap');
  map.getPane('sm-basemap').style.zIndex = 150;
  var outlines = L.geoJSON(null, {pane: 'sm-basemap', interactive: false,
    style: {color: '#8a8a8a', weight: 0.8, fillColor: '#f4f1ea', fillOpacity: 1}});
  outlines.addTo(map);
  if (OPTS.outlines_data) { outlines.addData(OPTS.outlines_data); }
  else if (OPTS.outlines_url) {
    fetch(OPTS.outlines_url).then(function (r) { return r.json(); })
      .then(function (d) { outlines.addData(d); }).catch(function () {});
  }
  var osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png',
    {maxZoom: 19, attribution: OPTS.osm_attribution});
  var bare = L.layerGroup();
  (OPTS.tiles ? osm : bare).addTo(map);
  map.attributionControl.addAttribution(OPTS.attribution);

  var regionsLayer = L.geoJSON(null, {interactive: false,
    style: {color: '#555', weight: 1, dashArray: '3 3', fill: false}});
  var regionsLoaded = false;
  map.on('overlayadd', function (ev) {  // fetched only when someone asks for the layer
    if (ev.layer !== regionsLayer || regionsLoaded || !OPTS.regions_url) { return; }
    regionsLoaded = true;
    fetch(OPTS.regions_url).then(function (r) { return r.json(); })
      .then(function (d) { regionsLayer.addData(d); }).catch(function () {});
  });

  // ---- the events: columnar, gzip, base64 (see geo.layers.encode_events) ----
  var TYPED = {int8: Int8Array, int16: Int16Array, int32: Int32Array};
  function inflate(b64) {
    // Synchronous (fflate): an awaited DecompressionStream waits behind the host page's work.
    var packed = Uint8Array.fromBase64 ? Uint8Array.fromBase64(b64)
      : Uint8Array.from(atob(b64), function (ch) { return ch.charCodeAt(0); });
    var raw = fflate.gunzipSync(packed);
    if (raw.byteOffset !== 0) { raw = raw.slice(); }  // the arrays below need aligned offsets
    var buf = raw.buffer;
    var headLength = new DataView(buf).getUint32(0, true);
    var head = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, headLength)));
    var start = 4 + headLength, cols = {};
    Object.keys(head.arrays).forEach(function (name) {
      var a = head.arrays[name];
      cols[name] = new TYPED[a[0]](buf, start + a[1], a[2]);
    });
    return {n: head.n, values: head.values, cols: cols, omitted: head.omitted, lat: cols.lat, lon: cols.lon};
  }
  var D = null;
  function text(name, i) {
    var values = D.values[name]; if (!values) { return null; }
    var c = D.cols[name][i]; return c < 0 ? null : values[c];
  }
  function num(name, i) { var v = D.cols[name][i]; return v < 0 ? null : v; }
  function event(i) {
    var e = {i: i, lat: D.lat[i] / OPTS.scale, lon: D.lon[i] / OPTS.scale};
    OPTS.text_columns.forEach(function (c) { e[c] = text(c, i); });
    OPTS.number_columns.forEach(function (c) { e[c] = num(c, i); });
    return e;
  }

  function colourOf(e) { return COLOURS[e.weapon_category || 'none'] || COLOURS.none; }
  function icon(e) {
    var colour = colourOf(e);
    var shape = SHAPES[e.event_type] || 'circle';
    var body = shape === 'diamond' ? '<path d="M12 2 L22 12 L12 22 L2 12 Z"/>'
      : shape === 'triangle' ? '<path d="M12 3 L22 21 L2 21 Z"/>'
      : shape === 'square' ? '<rect x="4" y="4" width="16" height="16" rx="2"/>'
      : '<circle cx="12" cy="12" r="9"/>';
    // colour and shape come from our own tables above, never from event text
    return L.divIcon({className: 'sm-event sm-type-' + shape, iconSize: [22, 22], iconAnchor: [11, 11],
      popupAnchor: [0, -10], html: '<svg width="22" height="22" viewBox="0 0 24 24" fill="' + colour +
      '" stroke="#fff" stroke-width="2">' + body + '</svg>'});
  }
  function add(dl, term, value) {
    if (value === null || value === undefined || value === '') { return; }
    var dt = document.createElement('dt'); dt.textContent = term;
    var dd = document.createElement('dd'); dd.textContent = String(value);
    dl.appendChild(dt); dl.appendChild(dd);
  }
  var PRECISION_T = {1: '', 2: ' (week)', 3: ' (month)'};
  var PRECISION_G = {1: 'the place itself', 2: 'near it', 3: 'somewhere in the region'};
  function popup(e) {
    var box = document.createElement('div'); box.className = 'sm-popup';
    var h = document.createElement('h4');
    h.textContent = e.event_type + (e.weapon || e.weapon_category ? ' · ' + (e.weapon || e.weapon_category) : '');
    box.appendChild(h);
    var dl = document.createElement('dl');
    add(dl, 'Date', e.event_date + (PRECISION_T[e.time_precision] || ''));
    add(dl, 'Place', e.place + (e.country ? ', ' + e.country : ''));
    add(dl, 'Precision', PRECISION_G[e.geo_precision]);
    add(dl, 'In the report', e.place_mention);
    add(dl, 'Weapon', e.weapon ? e.weapon + ' (' + (e.weapon_category || '?') + ')' : e.weapon_category);
    add(dl, 'Actor', e.actor);
    add(dl, 'Killed', e.fatalities);
    add(dl, 'Injured', e.injured);
    add(dl, 'Status', e.verification + (e.claimed_by ? ', by ' + e.claimed_by : ''));
    add(dl, 'Source', e.source);
    box.appendChild(dl);
    if (e.source_text) {
      var q = document.createElement('blockquote'); q.textContent = e.source_text; box.appendChild(q);
    } else if (D.omitted.indexOf('source_text') >= 0) {
      var o = document.createElement('p'); o.className = 'sm-note';
      o.textContent = 'The sentence is in the table and the exports (too many events to embed it).';
      box.appendChild(o);
    }
    if (e.notes) { var n = document.createElement('p'); n.textContent = e.notes; box.appendChild(n); }
    return box;
  }
  function extentOf(e) {
    var colour = colourOf(e);
    if (e.geo_precision === 2) {
      return L.circle([e.lat, e.lon], {radius: OPTS.near_radius, color: colour, weight: 1.5,
        dashArray: '5 5', fillOpacity: 0.08, interactive: false});
    }
    if (e.geo_precision === 3) {
      var geom = REGIONS[e.country + '|' + e.admin1];
      return geom ? L.geoJSON(geom, {interactive: false, style: {color: colour, weight: 1.5,
          dashArray: '5 5', fillOpacity: 0.08}})
        : L.circle([e.lat, e.lon], {radius: OPTS.region_radius, color: colour, weight: 1.5,
          dashArray: '5 5', fillOpacity: 0.06, interactive: false});
    }
    return null;
  }
  function markerOf(e) {
    var marker = L.marker([e.lat, e.lon], {icon: icon(e), title: e.place || ''});
    // The popup belongs to the map, not the marker: in clustered mode panning redraws the
    // markers in view, which would otherwise close the popup the pan was made to show.
    marker.on('click', function () {
      L.popup({maxWidth: 340, offset: [0, -10]}).setLatLng(marker.getLatLng())
        .setContent(popup(e)).openOn(map);
    });
    return marker;
  }

  var drawn = L.featureGroup().addTo(map);   // markers and clusters in view
  var shapes = L.featureGroup().addTo(map);  // precision circles and region outlines
  var typeOn = {}, catOn = {}, overlays = {};
  OPTS.types.forEach(function (t) {
    typeOn[t] = true; var g = L.layerGroup(); g._smToggle = ['type', t]; g.addTo(map);
    overlays['Type: ' + t] = g;
  });
  OPTS.categories.forEach(function (c) {
    catOn[c] = true; var g = L.layerGroup(); g._smToggle = ['cat', c]; g.addTo(map);
    overlays[c === 'none' ? 'Weapon: none' : 'Weapon: ' + c] = g;
  });
  overlays['Regions (approximate)'] = regionsLayer;

  function visible(i) {
    return typeOn[text('event_type', i)] !== false && catOn[text('weapon_category', i) || 'none'] !== false;
  }
  var shown = 0;
  function countLabel(n) { return n >= 10000 ? Math.round(n / 1000) + 'k' : n >= 1000 ? (n / 1000).toFixed(1) + 'k' : String(n); }
  function clusterIcon(n) {
    var size = n < 100 ? 30 : n < 1000 ? 36 : n < 10000 ? 42 : 48;
    return L.divIcon({className: 'sm-cluster', iconSize: [size, size],
      html: '<div style="width:' + size + 'px;height:' + size + 'px;line-height:' + size + 'px">' + countLabel(n) + '</div>'});
  }
  function addEvent(i) {
    var e = event(i); drawn.addLayer(markerOf(e));
    var x = extentOf(e); if (x) { shapes.addLayer(x); }
  }
  // Clustered mode: a grid of square cells in screen space at the current zoom, over the typed
  // arrays (no object per event); a cell of CLUSTER_MIN or more events in view becomes one
  // numbered marker at their mean position, the rest are drawn as markers. Cost: one pass over
  // the events per pan or zoom, and no index to build, so the map shows up as soon as the data
  // is unpacked.
  var on = null, cellX = null, cellY = null;
  function project() {  // Web Mercator, 0..1 across the world
    cellX = new Float64Array(D.n); cellY = new Float64Array(D.n);
    for (var i = 0; i < D.n; i++) {
      var sin = Math.max(-0.9999, Math.min(0.9999, Math.sin(D.lat[i] / OPTS.scale * Math.PI / 180)));
      cellX[i] = D.lon[i] / OPTS.scale / 360 + 0.5;
      cellY[i] = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }
  }
  var CELL_ROW = 1048576;  // cell key: column * CELL_ROW + row (rows < 2^20 up to zoom 17)
  // Two cells whose events' centres fall close on either side of a cell border would draw their
  // circles over each other: the bigger takes in the smaller, largest first.
  function mergeNeighbours(cells, perWorld) {
    Array.from(cells.values()).sort(function (a, b) { return b.n - a.n; }).forEach(function (a) {
      if (a.gone) { return; }
      for (var dx = -1; dx <= 1; dx++) {
        for (var dy = -1; dy <= 1; dy++) {
          var b = cells.get((a.cx + dx) * CELL_ROW + a.cy + dy);
          if (!b || b === a || b.gone) { continue; }
          var px = (a.x / a.n - b.x / b.n) * perWorld, py = (a.y / a.n - b.y / b.n) * perWorld;
          if (px * px + py * py >= OPTS.cluster_merge * OPTS.cluster_merge) { continue; }
          a.n += b.n; a.x += b.x; a.y += b.y; a.lat += b.lat; a.lon += b.lon;
          a.south = Math.min(a.south, b.south); a.north = Math.max(a.north, b.north);
          a.west = Math.min(a.west, b.west); a.east = Math.max(a.east, b.east);
          a.some = a.some.concat(b.some).slice(0, OPTS.cluster_min); b.gone = true;
        }
      }
    });
  }
  function draw() {
    drawn.clearLayers(); shapes.clearLayers();
    var b = map.getBounds(), s = OPTS.scale, zoom = Math.round(map.getZoom()), inView = 0;
    var south = b.getSouth() * s, north = b.getNorth() * s, west = b.getWest() * s, east = b.getEast() * s;
    var single = zoom > OPTS.cluster_max_zoom, perWorld = 256 * Math.pow(2, zoom) / OPTS.cluster_px;
    var cells = new Map(), i, c;
    for (i = 0; i < D.n; i++) {
      if (!on[i] || D.lat[i] < south || D.lat[i] > north || D.lon[i] < west || D.lon[i] > east) { continue; }
      inView += 1;
      if (single) { addEvent(i); continue; }
      var cx = Math.floor(cellX[i] * perWorld), cy = Math.floor(cellY[i] * perWorld);
      c = cells.get(cx * CELL_ROW + cy);
      if (c === undefined) {
        c = {cx: cx, cy: cy, n: 0, x: 0, y: 0, lat: 0, lon: 0, south: Infinity, north: -Infinity,
             west: Infinity, east: -Infinity, some: [], gone: false};
        cells.set(cx * CELL_ROW + cy, c);
      }
      c.n += 1; c.x += cellX[i]; c.y += cellY[i]; c.lat += D.lat[i]; c.lon += D.lon[i];
      if (D.lat[i] < c.south) { c.south = D.lat[i]; } if (D.lat[i] > c.north) { c.north = D.lat[i]; }
      if (D.lon[i] < c.west) { c.west = D.lon[i]; } if (D.lon[i] > c.east) { c.east = D.lon[i]; }
      if (c.some.length < OPTS.cluster_min) { c.some.push(i); }
    }
    mergeNeighbours(cells, perWorld);
    cells.forEach(function (c) {
      if (c.gone) { return; }
      if (c.n < OPTS.cluster_min) { c.some.forEach(addEvent); return; }
      var m = L.marker([c.lat / c.n / s, c.lon / c.n / s], {icon: clusterIcon(c.n), title: c.n + ' events'});
      var bounds = L.latLngBounds([c.south / s, c.west / s], [c.north / s, c.east / s]);
      m.on('click', function () { map.fitBounds(bounds, {maxZoom: OPTS.max_zoom, animate: false}); });
      drawn.addLayer(m);
    });
    box.dataset.smInView = String(inView);
  }
  function refresh() {
    drawn.clearLayers(); shapes.clearLayers(); shown = 0;
    if (OPTS.clustered && !cellX) { project(); }
    on = new Uint8Array(D.n);
    for (var i = 0; i < D.n; i++) {
      if (!visible(i)) { continue; }
      on[i] = 1; shown += 1;
      if (!OPTS.clustered) { addEvent(i); }
    }
    if (OPTS.clustered) { draw(); } else { box.dataset.smInView = String(shown); }
    box.dataset.smShown = String(shown);
  }
  function toggled(ev, on) {
    var t = ev.layer && ev.layer._smToggle; if (!t) { return; }
    (t[0] === 'type' ? typeOn : catOn)[t[1]] = on; if (D) { refresh(); }
  }
  map.on('overlayadd', function (ev) { toggled(ev, true); });
  map.on('overlayremove', function (ev) { toggled(ev, false); });
  map.on('moveend', function () { if (D && on && OPTS.clustered) { draw(); } });

  L.control.layers({'OpenStreetMap (online)': osm, 'Outlines only (offline)': bare}, overlays,
    {collapsed: OPTS.collapsed, position: 'topright'}).addTo(map);

  var legend = L.control({position: 'bottomleft'});
  legend.onAdd = function () {
    // A <details> box: open at first, folded with one click when it covers events (Fiuggi, say).
    var div = L.DomUtil.create('details', 'sm-legend'); div.open = true;
    var summary = document.createElement('summary'); summary.textContent = 'Legend'; div.appendChild(summary);
    var title = document.createElement('b'); title.textContent = 'Weapon category'; div.appendChild(title);
    OPTS.categories.forEach(function (c) {
      var row = document.createElement('div');
      row.innerHTML = '<svg width="12" height="12"><circle cx="6" cy="6" r="5" fill="' + COLOURS[c] + '"/></svg>';
      row.appendChild(document.createTextNode(c === 'none' ? 'no weapon' : c));
      div.appendChild(row);
    });
    var t2 = document.createElement('b'); t2.textContent = 'Shape: '; var d2 = document.createElement('div');
    d2.appendChild(t2); d2.appendChild(document.createTextNode('● strike ◆ fighting ▲ interception ■ meeting'));
    div.appendChild(d2);
    var note = document.createElement('div'); note.className = 'sm-note';
    note.textContent = 'Dashed circle: near the place. Dashed outline: somewhere in the region (approximate).'
      + (OPTS.clustered ? ' Numbered circles: clusters of events; click to zoom in.' : '');
    div.appendChild(note);
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  legend.addTo(map);

  new Promise(function (done) { done(inflate(DATA)); }).then(function (data) {
    D = data;
    if (OPTS.fit && D.n) {
      var s = OPTS.scale, la = D.lat, lo = D.lon;
      var south = Infinity, north = -Infinity, west = Infinity, east = -Infinity;
      for (var i = 0; i < D.n; i++) {
        if (la[i] < south) { south = la[i]; } if (la[i] > north) { north = la[i]; }
        if (lo[i] < west) { west = lo[i]; } if (lo[i] > east) { east = lo[i]; }
      }
      var b = L.latLngBounds([south / s, west / s], [north / s, east / s]);
      map.fitBounds(b.pad(0.1), {maxZoom: 9, animate: false});
    }
    refresh();
    if (OPTS.fit && shapes.getLayers().length && !OPTS.clustered) {
      map.fitBounds(map.getBounds().extend(shapes.getBounds()), {maxZoom: 9, animate: false});
    }
    box.dataset.smTotal = String(D.n);
    box.dataset.smDrawMs = String(Math.round(performance.now() - started));
    box.dataset.smReady = '1';
  }).catch(function (err) { box.dataset.smReady = 'error'; throw err; });
  window.sitrepMap = {map: map, refresh: refresh, event: event};
})({{ this._parent.get_name() }});
{% endmacro %}
"""
    )

    def __init__(
        self,
        frame: gpd.GeoDataFrame,
        *,
        tiles: bool = True,
        outlines_url: str | None = None,
        outlines_data: dict | None = None,
        regions_url: str | None = None,
        collapsed: bool = True,
        cluster_above: int = CLUSTER_ABOVE,
        payload: str | None = None,
    ) -> None:
        super().__init__()
        self._name = "EventLayers"
        if cluster_above < 0:
            raise ValueError(f"'cluster_above' should be 0 or more, got {cluster_above} instead")
        # base64: letters, digits, + / = only
        self.data = encode_events(frame) if payload is None else payload
        self.regions = region_shapes(frame)
        self.colours = CATEGORY_COLOURS
        self.shapes = TYPE_SHAPES
        present = {str(c) for c in frame["weapon_category"].dropna().unique()}
        if len(frame) and frame["weapon_category"].isna().any():
            present.add("none")
        self.options = {
            "types": list(EVENT_TYPES),
            "categories": [c for c in (*CATEGORIES, "none") if c in present] or ["none"],
            "text_columns": [*PAYLOAD_TEXT, *PAYLOAD_LONG_TEXT],
            "number_columns": list(PAYLOAD_NUMBERS),
            "scale": COORD_SCALE,
            "tiles": tiles,
            "outlines_url": outlines_url,
            "outlines_data": outlines_data,
            "regions_url": regions_url,
            "clustered": len(frame) > cluster_above,
            "max_zoom": 16,
            "cluster_max_zoom": 15,  # at the closest zoom every event is its own marker
            "cluster_px": 60,  # side of a cluster cell on screen
            "cluster_merge": 0.75,  # neighbouring cells closer than this (in cells) become one
            "cluster_min": 3,  # fewer events than this in a cell are drawn as they are
            "collapsed": collapsed,
            "near_radius": NEAR_RADIUS_M,
            "region_radius": REGION_RADIUS_M,
            "attribution": ATTRIBUTION,
            "osm_attribution": OSM_ATTRIBUTION,
            "fit": True,
        }

    def render(self, **kwargs) -> None:
        """As ``MacroElement.render``, with the script added verbatim (see :class:`_Verbatim`)."""
        figure = self.get_root()
        macros = self._template.module.__dict__
        figure.header.add_child(_Verbatim(macros["header"](self, kwargs)), name=self.get_name())
        figure.script.add_child(_Verbatim(macros["script"](self, kwargs)), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


# The vendored files a map loads (names as in geo.assets.VENDOR_FILES).
MAP_ASSETS = ("leaflet.js", "leaflet.css", "fflate.js")


def _asset_url(base: str, name: str) -> str:
    rel = assets.VENDOR_FILES[name]
    return f"{base}/{rel.split('/', 1)[0]}/{Path(rel).name}"


def build_map(
    frame: gpd.GeoDataFrame,
    *,
    served_base: str = SERVED_BASE,
    tiles: bool = True,
    inline_outlines: bool = False,
    cluster_above: int = CLUSTER_ABOVE,
    height: str | int = "100%",
    payload: str | None = None,
) -> folium.Map:
    """A Folium map of ``frame``'s events whose scripts come from ``served_base``, not a CDN.

    Parameters
    ----------
    frame : GeoDataFrame
        Events in the DESIGN.md schema, EPSG:4326.
    served_base : str
        URL folder where Streamlit serves ``static/vendor``.
    tiles : bool
        Start with OpenStreetMap tiles (they load only when online; outlines are always drawn).
    inline_outlines : bool
        Embed the country outlines instead of fetching them from ``served_base``.
    cluster_above : int
        With more events than this, cluster them in the browser and draw only what is in view.
    payload : str, optional
        ``encode_events(frame)`` if the caller has it already (the app caches it per filter).
    """
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        raise ValueError(f"'frame' should be in EPSG:4326, got {frame.crs} instead")
    view = theatre.current()
    m = folium.Map(
        location=list(view.centre),
        zoom_start=view.zoom,
        tiles=None,
        height=height,
        control_scale=True,
    )
    # Only Leaflet and fflate: no jQuery, Bootstrap or icon fonts from CDNs.
    m.default_js = [(n, _asset_url(served_base, n)) for n in MAP_ASSETS if n.endswith(".js")]
    m.default_css = [(n, _asset_url(served_base, n)) for n in MAP_ASSETS if n.endswith(".css")]
    outlines_data = assets.load_geojson(assets.outlines_path()) if inline_outlines else None
    EventLayers(
        frame,
        tiles=tiles,
        outlines_url=None if inline_outlines else f"{served_base}/basemap/countries.geojson",
        outlines_data=outlines_data,
        regions_url=None if inline_outlines else f"{served_base}/basemap/regions.geojson",
        cluster_above=cluster_above,
        payload=payload,
    ).add_to(m)
    return m


def _inline_css_images(css: str, folder: Path) -> str:
    """Replace ``url(images/x.png)`` in a stylesheet by data URIs (the layer-control icon)."""

    def data_uri(m: re.Match) -> str:
        path = folder / m.group(1)
        if not path.is_file() or path.suffix.lower() not in (".png", ".svg"):
            return m.group(0)
        mime = "image/svg+xml" if path.suffix.lower() == ".svg" else "image/png"
        return f"url(data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()})"

    return re.sub(r"url\(['\"]?(images/[\w.\-]+)['\"]?\)", data_uri, css)


def standalone_html(frame: gpd.GeoDataFrame) -> str:
    """The map as one HTML file that works from disk with no internet: everything inlined."""
    m = build_map(frame, served_base="__VENDOR__", inline_outlines=True)
    html = m.get_root().render()
    for name in MAP_ASSETS:
        path = assets.vendor_file(name)
        url = _asset_url("__VENDOR__", name)
        content = path.read_text(encoding="utf-8")
        if name.endswith(".js"):
            tag = re.compile(rf'<script src="{re.escape(url)}"></script>')
            script = "<script>" + content.replace("</script", "<\\/script") + "</script>"
            html = tag.sub(lambda _, text=script: text, html)
        else:
            content = _inline_css_images(content, path.parent)
            tag = re.compile(rf'<link rel="stylesheet" href="{re.escape(url)}"\s*/>')
            style = "<style>" + content + "</style>"
            html = tag.sub(lambda _, text=style: text, html)
    if "__VENDOR__" in html:
        raise assets.AssetsMissingError("a map asset was not inlined; rebuild with 'make setup'")
    return html
