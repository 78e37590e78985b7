"""The range tool's map: a place and the geodesic rings of the chosen weapons' nominal ranges,
each weapon in its own colour with its name and range written on its ring."""

from __future__ import annotations

import html
from collections.abc import Sequence

import folium

from geo import ranges

# One colour per ring, in the order the weapons were chosen: two weapons of one category (Iskander
# and ATACMS) must still be told apart, so these are not the map's category colours.
RING_COLOURS = (
    "#d62728",
    "#1f77b4",
    "#2ca02c",
    "#9467bd",
    "#ff7f0e",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#7f7f7f",
    "#bcbd22",
)
LABEL_STEP = 40  # degrees of bearing between one ring's label and the next one's


def add_rings(m: folium.Map, place: str, lat: float, lon: float, chosen: Sequence[str]) -> None:
    """Mark ``place`` on ``m``, its name above its dot, and draw one ring per weapon in ``chosen`` around it, each in its
    colour of :data:`RING_COLOURS` and labelled with the weapon's name and range."""
    folium.CircleMarker(
        [lat, lon], radius=5, color="#222", fill=True, fill_opacity=1, tooltip=html.escape(place)
    ).add_to(m)
    # its name above the dot: the basemap names no town under 500,000 people at the rings'
    # zoom, and Belgorod's dot sat unnamed on Kharkiv's name 70 km south (newuser30)
    folium.Marker(
        [lat, lon],
        icon=folium.DivIcon(
            html=f'<span class="sm-range-origin">{html.escape(place)}</span>',
            class_name="sm-range-label-icon",
            icon_size=(0, 0),
        ),
        interactive=False,
    ).add_to(m)
    south, west, north, east = lat, lon, lat, lon
    for k, name in enumerate(chosen):
        label, km = ranges.reach(name)
        points = ranges.ring(lat, lon, km)
        colour = RING_COLOURS[k % len(RING_COLOURS)]
        text = html.escape(f"{label}: {km:,.0f} km")
        folium.PolyLine(
            points,
            color=colour,
            weight=2.5,
            dash_array="6 4",
            tooltip=html.escape(f"{label}: {km:,.0f} km from {place}"),
            class_name="sm-range-ring",
        ).add_to(m)
        # the label sits on the ring, each ring's a little further round than the last one's
        at = points[(k * LABEL_STEP * (len(points) - 1) // 360 + len(points) // 8) % len(points)]
        folium.Marker(
            at,
            icon=folium.DivIcon(
                html=f'<span class="sm-range-label" style="border-color:{colour};color:{colour}">'
                f"{text}</span>",
                class_name="sm-range-label-icon",
                icon_size=(0, 0),
            ),
        ).add_to(m)
        south = min(south, *(p[0] for p in points))
        north = max(north, *(p[0] for p in points))
        west = min(west, *(p[1] for p in points))
        east = max(east, *(p[1] for p in points))
    m.fit_bounds([[south, west], [north, east]], padding=(20, 20), max_zoom=8)
