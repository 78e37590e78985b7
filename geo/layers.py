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
import json
import re
from pathlib import Path

import folium
import geopandas as gpd
from branca.element import MacroElement
from jinja2 import Template

from geo import assets
from geo.events import EVENT_TYPES
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


def _feature_rows(frame: gpd.GeoDataFrame) -> list[dict]:
    """What the browser needs of each event, as plain JSON-able values."""
    cols = [
        "event_id",
        "event_date",
        "time_precision",
        "event_type",
        "weapon",
        "weapon_category",
        "actor",
        "place",
        "place_mention",
        "country",
        "admin1",
        "geo_precision",
        "fatalities",
        "injured",
        "verification",
        "claimed_by",
        "source",
        "source_text",
        "notes",
    ]
    data = {c: frame[c].tolist() if c in frame else [None] * len(frame) for c in cols}
    xs, ys = frame.geometry.x.tolist(), frame.geometry.y.tolist()
    rows = []
    for i in range(len(frame)):
        row = {c: _plain(data[c][i]) for c in cols}
        row["lat"], row["lon"] = round(ys[i], 6), round(xs[i], 6)
        rows.append(row)
    return rows


def _plain(value):
    if value is None:
        return None
    text = str(value)
    if text in ("<NA>", "nan", "NaT"):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


_JINJA_OPENERS = re.compile(r"\{(?=[{%#])")


def script_json(value) -> str:
    """``value`` as a JavaScript literal that is safe inside ``<script>`` and inside a template.

    Like Jinja's ``tojson`` (``<``, ``>``, ``&`` and ``'`` escaped, so report text cannot close the
    script), and also with no ``{{``, ``{%`` or ``{#``: branca renders an element's script and then
    parses the result as a Jinja template again, so a report saying ``{{ 7*7 }}`` would otherwise
    be evaluated on the server. Outside strings JSON never has ``{`` before ``{``, ``%`` or ``#``,
    so every such brace is inside a string, where ``\\u007b`` means the same character.
    """
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    text = (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("'", "\\u0027")
    )
    return _JINJA_OPENERS.sub(r"\\u007b", text)


def region_shapes(frame: gpd.GeoDataFrame) -> dict[str, dict]:
    """Approximate outlines of the regions that region-level events name, keyed country|admin1."""
    wanted = {
        f"{c}|{a}"
        for c, a, p in zip(frame["country"], frame["admin1"], frame["geo_precision"], strict=True)
        if p == 3 and c and a
    }
    if not wanted or not assets.regions_path().is_file():
        return {}
    data = assets.load_geojson(assets.regions_path())
    out = {}
    for feat in data["features"]:
        key = f"{feat['properties']['country']}|{feat['properties']['admin1']}"
        if key in wanted:
            out[key] = feat["geometry"]
    return out


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
.sm-legend .sm-note { color: #555; margin-top: 4px; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function (map) {
  var EVENTS = {{ this.js('events') }};
  var REGIONS = {{ this.js('regions') }};
  var COLOURS = {{ this.js('colours') }};
  var SHAPES = {{ this.js('shapes') }};
  var OPTS = {{ this.js('options') }};

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

  function icon(e) {
    var colour = COLOURS[e.weapon_category || 'none'] || COLOURS.none;
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
    }
    if (e.notes) { var n = document.createElement('p'); n.textContent = e.notes; box.appendChild(n); }
    return box;
  }

  var container = (OPTS.cluster && L.markerClusterGroup)
    ? L.markerClusterGroup({chunkedLoading: true, showCoverageOnHover: false}) : L.featureGroup();
  var shapes = L.featureGroup();
  shapes.addTo(map); container.addTo(map);
  var items = EVENTS.map(function (e) {
    var colour = COLOURS[e.weapon_category || 'none'] || COLOURS.none;
    var marker = L.marker([e.lat, e.lon], {icon: icon(e), title: e.place || ''});
    marker.bindPopup(function () { return popup(e); }, {maxWidth: 340});
    var extent = null;
    if (e.geo_precision === 2) {
      extent = L.circle([e.lat, e.lon], {radius: OPTS.near_radius, color: colour, weight: 1.5,
        dashArray: '5 5', fillOpacity: 0.08, interactive: false});
    } else if (e.geo_precision === 3) {
      var geom = REGIONS[e.country + '|' + e.admin1];
      extent = geom ? L.geoJSON(geom, {interactive: false, style: {color: colour, weight: 1.5,
          dashArray: '5 5', fillOpacity: 0.08}})
        : L.circle([e.lat, e.lon], {radius: OPTS.region_radius, color: colour, weight: 1.5,
          dashArray: '5 5', fillOpacity: 0.06, interactive: false});
    }
    return {e: e, marker: marker, extent: extent, shown: false};
  });

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

  function refresh() {
    var add = [], remove = [];
    items.forEach(function (it) {
      var on = typeOn[it.e.event_type] !== false && catOn[it.e.weapon_category || 'none'] !== false;
      if (on === it.shown) { return; }
      it.shown = on;
      (on ? add : remove).push(it.marker);
      if (it.extent) { on ? shapes.addLayer(it.extent) : shapes.removeLayer(it.extent); }
    });
    if (container.addLayers) { container.removeLayers(remove); container.addLayers(add); }
    else { remove.forEach(function (m) { container.removeLayer(m); });
           add.forEach(function (m) { container.addLayer(m); }); }
  }
  function toggled(ev, on) {
    var t = ev.layer && ev.layer._smToggle; if (!t) { return; }
    (t[0] === 'type' ? typeOn : catOn)[t[1]] = on; refresh();
  }
  map.on('overlayadd', function (ev) { toggled(ev, true); });
  map.on('overlayremove', function (ev) { toggled(ev, false); });
  refresh();

  L.control.layers({'OpenStreetMap (online)': osm, 'Outlines only (offline)': bare}, overlays,
    {collapsed: OPTS.collapsed, position: 'topright'}).addTo(map);

  var legend = L.control({position: 'bottomleft'});
  legend.onAdd = function () {
    var div = L.DomUtil.create('div', 'sm-legend');
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
    note.textContent = 'Dashed circle: near the place. Dashed outline: somewhere in the region (approximate).';
    div.appendChild(note);
    L.DomEvent.disableClickPropagation(div);
    return div;
  };
  legend.addTo(map);
  if (OPTS.fit && items.length) {
    var b = L.latLngBounds(items.map(function (it) { return [it.e.lat, it.e.lon]; }));
    if (shapes.getLayers().length) { b.extend(shapes.getBounds()); }
    map.fitBounds(b.pad(0.1), {maxZoom: 9});
  }
  window.sitrepMap = {map: map, items: items, refresh: refresh};
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
        cluster: bool = False,
        collapsed: bool = True,
    ) -> None:
        super().__init__()
        self._name = "EventLayers"
        self.events = _feature_rows(frame)
        self.regions = region_shapes(frame) if len(frame) else {}
        self.colours = CATEGORY_COLOURS
        self.shapes = TYPE_SHAPES
        present_cats = {c or "none" for c in frame["weapon_category"]} if len(frame) else set()
        self.options = {
            "types": list(EVENT_TYPES),
            "categories": [c for c in (*CATEGORIES, "none") if c in present_cats] or ["none"],
            "tiles": tiles,
            "outlines_url": outlines_url,
            "outlines_data": outlines_data,
            "regions_url": regions_url,
            "cluster": cluster,
            "collapsed": collapsed,
            "near_radius": NEAR_RADIUS_M,
            "region_radius": REGION_RADIUS_M,
            "attribution": ATTRIBUTION,
            "osm_attribution": OSM_ATTRIBUTION,
            "fit": True,
        }

    def js(self, attribute: str) -> str:
        """One of this element's data attributes as a script literal (see :func:`script_json`)."""
        return script_json(getattr(self, attribute))


def _vendor_urls(base: str) -> tuple[list, list]:
    js = [("leaflet", f"{base}/leaflet/leaflet.js")]
    css = [("leaflet_css", f"{base}/leaflet/leaflet.css")]
    return js, css


def build_map(
    frame: gpd.GeoDataFrame,
    *,
    served_base: str = SERVED_BASE,
    tiles: bool = True,
    inline_outlines: bool = False,
    cluster: bool = False,
    height: str | int = "100%",
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
    cluster : bool
        Cluster markers (for large event sets).
    """
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        raise ValueError(f"'frame' should be in EPSG:4326, got {frame.crs} instead")
    m = folium.Map(
        location=[49.0, 32.0], zoom_start=5, tiles=None, height=height, control_scale=True
    )
    js, css = _vendor_urls(served_base)
    if cluster:
        js.append(
            ("markercluster", f"{served_base}/leaflet.markercluster/leaflet.markercluster.js")
        )
        css.append(("markercluster_css", f"{served_base}/leaflet.markercluster/MarkerCluster.css"))
        css.append(
            (
                "markercluster_default_css",
                f"{served_base}/leaflet.markercluster/MarkerCluster.Default.css",
            )
        )
    # Only Leaflet (and the cluster plugin): no jQuery, Bootstrap or icon fonts from CDNs.
    m.default_js, m.default_css = js, css
    outlines_data = assets.load_geojson(assets.outlines_path()) if inline_outlines else None
    EventLayers(
        frame,
        tiles=tiles,
        outlines_url=None if inline_outlines else f"{served_base}/basemap/countries.geojson",
        outlines_data=outlines_data,
        regions_url=None if inline_outlines else f"{served_base}/basemap/regions.geojson",
        cluster=cluster,
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


def standalone_html(frame: gpd.GeoDataFrame, *, cluster: bool = False) -> str:
    """The map as one HTML file that works from disk with no internet: everything inlined."""
    m = build_map(frame, served_base="__VENDOR__", inline_outlines=True, cluster=cluster)
    html = m.get_root().render()
    for name, rel in assets.VENDOR_FILES.items():
        if not cluster and name.startswith("markercluster"):
            continue
        path = assets.vendor_file(name)
        url = f"__VENDOR__/{rel.split('/', 1)[0]}/{Path(rel).name}"
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
