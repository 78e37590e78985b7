"""The "near a place" filter drawn on the map: a dashed ring of the filter's radius around its
centre, so that a reader sees which area the kept events were taken from (newuser40: the page
said "within 25 km of Kharkiv" and the map showed the events with no ring, a reader could not
tell an event just outside the radius from one left out for another filter)."""

from __future__ import annotations

import folium

CLASS = "sm-near"
COLOUR = "#1f4e79"
DASHES = "6 6"


def add_near_circle(m: folium.Map, near: tuple[float, float, float] | None) -> bool:
    """Draw on ``m`` the ring of ``near`` (lat, lon, km: :attr:`geo.filtering.Filters.near`);
    nothing when ``near`` is None. Returns whether a ring was drawn.

    The ring is measured on the ground (Leaflet's ``L.circle``, in metres), as the filter's
    great-circle distance is; it lies in the shapes' pane, under the events' markers, which stay
    clickable.
    """
    if near is None:
        return False
    lat, lon, km = near
    if not km > 0:
        raise ValueError(f"'near' should have a radius above 0 km, got {km!r} instead")
    folium.Circle(
        # folium takes [lat, lon] (Leaflet's order), unlike GeoJSON's [lon, lat]
        location=[lat, lon],
        radius=km * 1000.0,
        class_name=CLASS,
        color=COLOUR,
        weight=2,
        dash_array=DASHES,
        fill=True,
        fill_opacity=0.04,
    ).add_to(m)
    return True
