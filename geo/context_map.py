"""Context layers on the folium map: the occupied areas of the shown day, drawn under the events."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

import folium
import shapely

from geo.context import ContextLayer

PANE = "sm-context"
PANE_Z = 350  # above the basemap (150) and tiles (200), under shapes (400) and markers (600)
STYLE = {"color": "#b22222", "weight": 1, "fillColor": "#d62728", "fillOpacity": 0.18}
SIMPLIFY_DEG = 0.0005  # about 50 m: what a screen shows, a fraction of the vertices to send


def latest(layers: Sequence[ContextLayer], until: date | None = None) -> list[ContextLayer]:
    """Per name, the latest layer dated on or before ``until`` (any date when None)."""
    best: dict[str, ContextLayer] = {}
    for layer in layers:
        if until is not None and layer.date > until.isoformat():
            continue
        if layer.name not in best or layer.date >= best[layer.name].date:
            best[layer.name] = layer
    return sorted(best.values(), key=lambda x: x.name)


def add_context(
    m: folium.Map, layers: Sequence[ContextLayer], until: date | None = None
) -> list[ContextLayer]:
    """Draw on ``m``, under the events, each name's latest layer on or before ``until`` (the end
    of the date filter); returns the layers drawn."""
    shown = latest(layers, until)
    if not shown:
        return []
    folium.map.CustomPane(PANE, z_index=PANE_Z, pointer_events=False).add_to(m)
    for layer in shown:
        outline = shapely.simplify(layer.geometry, SIMPLIFY_DEG, preserve_topology=True)
        # names are restricted to plain characters (geo.context); escaped all the same
        label = html.escape(f"{layer.name}, {layer.date}")
        folium.GeoJson(
            shapely.geometry.mapping(outline),
            name=label,
            style_function=lambda _, style=STYLE: style,
            pane=PANE,
            control=False,
            interactive=False,
            class_name="sm-context",
        ).add_to(m)
    return shown
