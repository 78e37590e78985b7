"""Folium map of events: offline basemap, toggleable layers, honest precision, escaped popups.

One :class:`EventLayers` element carries the events as data; its script (``geo/static/``) draws
them in the browser:

- a toggle (LayerControl entry) per event type and per weapon category; an event shows when both
  its type and its category are switched on;
- an icon coloured by weapon category, shaped by event type, and a legend;
- "near X" (``GeoPrecision.NEAR``) as a dashed circle of the event's own radius
  (``extra.precision_km``) or :data:`NEAR_RADIUS_M`, a region (``GeoPrecision.REGION``) as its
  approximate outline (or a wide circle), a place itself as a marker only;
- popups built with ``textContent``: report text never becomes HTML.

Leaflet comes from ``static/vendor`` (served by Streamlit, or inlined for a standalone file),
never from a CDN; country outlines are drawn beneath the OSM tiles so the map reads offline.
"""

from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from branca.element import CssLink, Element, Figure, JavascriptLink
from folium.elements import JSCSSMixin
from jinja2 import Template

from geo import assets, precision, theatre
from geo.labels import LABELS
from geo.map_payload import (
    COORD_SCALE,
    PAYLOAD_LONG_TEXT,
    PAYLOAD_NUMBERS,
    PAYLOAD_TEXT,
    encode_events,
)
from geo.precision import GeoPrecision
from geo.region_keys import outline_keys
from geo.vocabulary import EVENT_TYPES
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
    # not a circle: a grave found or bodies recovered read as a strike there (newuser33)
    "other": "star",
}
# "near X" with no radius of its own (an offset's is in extra.precision_km): the town's
# surroundings. Drawn at least NEAR_MIN_PX from the centre, so the ring shows round its marker.
NEAR_RADIUS_M = 8_000
NEAR_MIN_PX = 16
REGION_RADIUS_M = 60_000
ATTRIBUTION = "Places: GeoNames (CC BY 4.0) · Outlines: Natural Earth"
OSM_ATTRIBUTION = "&copy; OpenStreetMap contributors"


# How the script draws, the same for every map.
DRAWING = {
    "max_zoom": 16,
    "cluster_max_zoom": 15,  # at the closest zoom every event is its own marker
    "cluster_px": 60,  # side of a cluster cell on screen
    "cluster_merge": 0.75,  # neighbouring cells closer than this (in cells) become one
    "cluster_min": 3,  # fewer events than this in a cell are drawn as they are
    "legend_open_min": [900, 560],  # smaller maps start with the legend folded
    "near_radius": NEAR_RADIUS_M,
    "near_min_px": NEAR_MIN_PX,
    "region_radius": REGION_RADIUS_M,
    "attribution": ATTRIBUTION,
    "osm_attribution": OSM_ATTRIBUTION,
    "fit": True,
    "focus_zoom": 9,
}

# Up to this many events each gets its own marker; above it they are clustered in the browser
# (a screen grid, see the map script), and only the markers in view are drawn.
CLUSTER_ABOVE = 2_000


def region_shapes(frame: gpd.GeoDataFrame) -> tuple[dict[str, dict], dict[str, str]]:
    """Approximate outlines of the regions that region-level events name, each once by its key
    (country|admin1), and the outline's key for each country|admin1 the events write. (One
    outline per spelling was a copy each: a file writing "Donetsk oblast" a thousand ways put
    1.6 MB of one outline in the page.)"""
    if not len(frame):
        return {}, {}
    regional = frame.loc[
        np.asarray(frame["geo_precision"] == GeoPrecision.REGION), ["country", "admin1"]
    ]
    regional = regional.dropna().astype(str).drop_duplicates()
    wanted = set(regional["country"] + "|" + regional["admin1"])
    path = assets.regions_path()
    if not wanted or not path.is_file():
        return {}, {}
    shapes = _region_geometries(str(path), path.stat().st_mtime_ns)
    keys = outline_keys(wanted, shapes)
    return {outline: shapes[outline] for outline in set(keys.values())}, keys


@functools.lru_cache(maxsize=2)
def _region_geometries(path: str, mtime_ns: int) -> dict[str, dict]:
    """Every approximate region's geometry by country|admin1, read once per version of the file
    (every map build, so every filter change, needs it)."""
    data = assets.load_geojson(Path(path))
    return {
        f"{feat['properties']['country']}|{feat['properties']['admin1']}": feat["geometry"]
        for feat in data["features"]
    }


def legend_contents(frame: gpd.GeoDataFrame) -> dict:
    """What the legend explains: the event types there are, and whether any "near" circle or
    region outline is drawn (a map without events, the range tool's, has no legend)."""
    level = pd.to_numeric(frame["geo_precision"], errors="coerce").to_numpy(dtype=float)
    present = set(frame["event_type"].dropna().astype(str))
    wide = precision.wider_than_region(frame)
    return {
        "types": [t for t in EVENT_TYPES if t in present],
        "near": bool(np.any(level == GeoPrecision.NEAR)),
        "region": bool(np.any((level == GeoPrecision.REGION) & ~wide)),
        "wide": bool(np.any(wide)),
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


def own_assets(base: str) -> dict[str, tuple[str, str]]:
    """The map's own script (one bundle) and styles: name -> (URL under ``base``, content).

    The URL carries a digest of the content, so that browsers fetch it again when it changes.
    """
    contents = {
        assets.OWN_BUNDLE: assets.own_bundle(),
        **{n: assets.own_file(n).read_text(encoding="utf-8") for n in OWN_STYLES},
    }
    return {
        name: (f"{base}/sitrep/{name}?v={hashlib.sha256(text.encode()).hexdigest()[:12]}", text)
        for name, text in contents.items()
    }


def _first_view() -> dict:
    """The theatre's first view, which the script opens on when the events reach beyond it."""
    view = theatre.current()
    return {"centre": list(view.centre), "zoom": view.zoom}


class EventLayers(JSCSSMixin):
    """Events, toggles, legend, basemap and tiles, drawn by Leaflet from embedded data.

    The drawing is ``geo/static/*.js`` (with ``map.css``), listed as the element's assets the
    way folium's plugins list theirs: the page loads them from ``served_base``, the standalone
    file has them inlined. The element's own script only hands the packed events and the
    configuration to ``SitrepMap.start``.
    """

    _template = Template(
        """
{% macro script(this, kwargs) %}
(function () {
  var DATA = "{{ this.data }}";
  window.sitrepMap = SitrepMap.start({{ this._parent.get_name() }}, DATA, {{ this.config|tojson }});
})();
{% endmacro %}
"""
    )

    def __init__(
        self,
        frame: gpd.GeoDataFrame,
        *,
        served_base: str = SERVED_BASE,
        tiles: bool = True,
        outlines_url: str | None = None,
        outlines_data: dict | None = None,
        places_url: str | None = None,
        places_data: dict | None = None,
        regions_url: str | None = None,
        regions_data: dict | None = None,
        collapsed: bool = True,
        cluster_above: int = CLUSTER_ABOVE,
        payload: str | None = None,
        focus: int | None = None,
    ) -> None:
        super().__init__()
        self._name = "EventLayers"
        if cluster_above < 0:
            raise ValueError(f"'cluster_above' should be 0 or more, got {cluster_above} instead")
        own = own_assets(served_base)
        self.default_js = [(n, url) for n, (url, _) in own.items() if n.endswith(".js")]
        self.default_css = [(n, url) for n, (url, _) in own.items() if n.endswith(".css")]
        # base64: letters, digits, + / = only
        self.data = encode_events(frame) if payload is None else payload
        present = {str(c) for c in frame["weapon_category"].dropna().unique()}
        if len(frame) and frame["weapon_category"].isna().any():
            present.add("none")
        legend = legend_contents(frame)
        self.config = {
            "legend": legend,
            **dict(zip(("regions", "region_of"), region_shapes(frame), strict=True)),
            "colours": CATEGORY_COLOURS,
            "shapes": TYPE_SHAPES,
            **precision.script_table(),
            "labels": LABELS,  # the popups' terms, as the tables name the fields
            "types": legend["types"],  # a toggle per type on the map ("Type: meeting" had none)
            "categories": [c for c in (*CATEGORIES, "none") if c in present] or ["none"],
            "text_columns": [*PAYLOAD_TEXT, *PAYLOAD_LONG_TEXT],
            "number_columns": list(PAYLOAD_NUMBERS),
            "scale": COORD_SCALE,
            "tiles": tiles,
            "outlines_url": outlines_url,
            "outlines_data": outlines_data,
            "places_url": places_url,
            "places_data": places_data,
            "regions_url": regions_url,
            "regions_data": regions_data,
            "clustered": len(frame) > cluster_above,
            "collapsed": collapsed,
            "focus": -1 if focus is None else int(focus),  # an event to centre, popup open
            "view": _first_view(),
            **DRAWING,
        }

    def render(self, **kwargs) -> None:  # type: ignore[override]  # as folium's MacroElement
        """As ``JSCSSMixin.render``, with the script added verbatim (see :class:`_Verbatim`)."""
        figure = self.get_root()
        assert isinstance(figure, Figure), "a map element renders inside a folium Figure"
        for name, url in self.default_js:
            figure.header.add_child(JavascriptLink(url), name=name)
        for name, url in self.default_css:
            figure.header.add_child(CssLink(url), name=name)
        script = self._template.module.__dict__["script"](self, kwargs)
        figure.script.add_child(_Verbatim(script), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


# The vendored files a map loads besides its own (names as in geo.assets.VENDOR_FILES); Leaflet's
# and fflate's scripts are in the map's own bundle (geo.assets.own_bundle).
MAP_ASSETS = ("leaflet.css",)
OWN_STYLES = tuple(n for n in assets.OWN_FILES if n.endswith(".css"))


def asset_url(base: str, name: str) -> str:
    """Where a page loads the vendored file ``name`` (see ``geo.assets.VENDOR_FILES``)."""
    rel = assets.VENDOR_FILES[name]
    return f"{base}/{rel.split('/', 1)[0]}/{Path(rel).name}"


def basemap_sources(served_base: str, inline: bool) -> dict:
    """Where the map finds its basemap: URLs under ``served_base``, or (``inline``) the outlines,
    place names and approximate regions themselves (the regions drawn on request and per region
    by the density view)."""
    if inline:
        return {
            "outlines_data": assets.load_geojson(assets.outlines_path()),
            "places_data": assets.load_geojson(assets.labels_path()),
            "regions_data": assets.load_geojson(assets.regions_path()),
        }
    folder = f"{served_base}/basemap"  # gzip copies (geo.assets.pack_basemap)
    return {
        "outlines_url": f"{folder}/{assets.packed_name('countries.geojson')}",
        "places_url": f"{folder}/{assets.packed_name('places.json')}",
        "regions_url": f"{folder}/{assets.packed_name('regions.geojson')}",
    }


def build_map(
    frame: gpd.GeoDataFrame,
    *,
    served_base: str = SERVED_BASE,
    tiles: bool = True,
    inline_outlines: bool = False,
    cluster_above: int = CLUSTER_ABOVE,
    height: str | int = "100%",
    payload: str | None = None,
    focus: int | None = None,
) -> folium.Map:
    """A Folium map of ``frame``'s events whose scripts come from ``served_base``, not a CDN.

    Parameters
    ----------
    frame : GeoDataFrame
        Events in the DESIGN.md schema, EPSG:4326.
    served_base : str
        URL folder where Streamlit serves ``static/vendor``.
    tiles : bool
        Start with OpenStreetMap tiles (only online; outlines are always drawn).
    inline_outlines : bool
        Embed the country outlines and place names instead of fetching them from
        ``served_base``.
    cluster_above : int
        With more events than this, cluster them and draw only what is in view.
    height : str or int
        Height of the map element (CSS length or pixels).
    payload : str, optional
        ``encode_events(frame)`` if the caller has it (the app caches it per filter).
    focus : int, optional
        Position in ``frame`` of an event to centre, its popup open.

    Returns
    -------
    folium.Map
        With one :class:`EventLayers` element.
    """
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        raise ValueError(f"'frame' should be in EPSG:4326, got {frame.crs} instead")
    view = theatre.current()
    centre, zoom = list(view.centre), view.zoom
    m = folium.Map(centre, zoom_start=zoom, tiles=None, height=height, control_scale=True)
    # Only Leaflet and fflate (in the bundle of EventLayers): no jQuery, Bootstrap or icon fonts
    # from CDNs.
    m.default_js = []
    m.default_css = [(n, asset_url(served_base, n)) for n in MAP_ASSETS]
    EventLayers(
        frame,
        served_base=served_base,
        tiles=tiles,
        **basemap_sources(served_base, inline_outlines),
        cluster_above=cluster_above,
        payload=payload,
        focus=focus,
    ).add_to(m)
    return m
