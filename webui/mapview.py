"""The event map inside a Streamlit page: the map's own files served, the map drawn once."""

from __future__ import annotations

from collections.abc import Callable

import folium
import geopandas as gpd
import streamlit as st
from streamlit_folium import st_folium

from geo import assets
from geo.layers import build_map


@st.cache_resource(show_spinner=False)
def _served_assets() -> int:
    """Copy ``geo/static`` into ``static/vendor/sitrep`` once per server (set-up does it too;
    this keeps a checkout whose script changed since set-up from serving the old one)."""
    return len(assets.copy_own())


def show(
    frame: gpd.GeoDataFrame,
    *,
    key: str,
    height: int,
    payload: str | None = None,
    decorate: Callable[[folium.Map], object] | None = None,
    focus: int | None = None,
) -> None:
    """Draw ``frame``'s events as a map as wide as its column.

    Parameters
    ----------
    frame : GeoDataFrame
        The events to draw.
    key : str
        The Streamlit element key (one per map on a page).
    height : int
        Height in pixels.
    payload : str, optional
        ``geo.layers.encode_events(frame)``, when the caller keeps it cached.
    decorate : callable, optional
        Called with the map before it is drawn, to add layers of its own (context areas,
        tally regions, range rings).
    focus : int, optional
        Position in ``frame`` of an event to centre the map on, its popup open.
    """
    _served_assets()
    m = build_map(frame, payload=payload, focus=focus)
    if decorate is not None:
        decorate(m)
    # returned_objects=[]: panning and zooming send nothing back, so they never rerun the page.
    st_folium(
        m,
        key=key,
        returned_objects=[],
        height=height,
        width=None,
    )
