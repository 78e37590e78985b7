"""The range tool's map: a place and the geodesic rings of the chosen weapons' nominal ranges."""

from __future__ import annotations

import html
from collections.abc import Sequence

import folium

from geo import ranges, weapons
from geo.layers import CATEGORY_COLOURS


def add_rings(m: folium.Map, place: str, lat: float, lon: float, chosen: Sequence[str]) -> None:
    """Mark ``place`` on ``m`` and draw one ring per weapon in ``chosen`` around it."""
    folium.CircleMarker(
        [lat, lon], radius=5, color="#222", fill=True, fill_opacity=1, tooltip=html.escape(place)
    ).add_to(m)
    south, west, north, east = lat, lon, lat, lon
    for name in chosen:
        label, km = ranges.reach(name)
        points = ranges.ring(lat, lon, km)
        colour = CATEGORY_COLOURS.get(weapons.category_of(label) or "none", "#444444")
        folium.PolyLine(
            points,
            color=colour,
            weight=2,
            dash_array="6 4",
            tooltip=html.escape(f"{label}: {km:,.0f} km from {place}"),
            class_name="sm-range-ring",
        ).add_to(m)
        south = min(south, *(p[0] for p in points))
        north = max(north, *(p[0] for p in points))
        west = min(west, *(p[1] for p in points))
        east = max(east, *(p[1] for p in points))
    m.fit_bounds([[south, west], [north, east]], padding=(20, 20), max_zoom=8)
