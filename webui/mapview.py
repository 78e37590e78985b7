"""The event map inside a Streamlit page: the map's own files served, the map's page drawn in a
frame of the page (``st.iframe``), with nothing sent back."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Hashable

import folium
import geopandas as gpd
import streamlit as st

from geo import assets
from geo.layers import build_map

# The map frame's accessible name (its ``title``), which tests and benchmarks find it by.
TITLE = "Event map"


@st.cache_resource(show_spinner=False)
def _served_assets() -> int:
    """Copy ``geo/static`` into ``static/vendor/sitrep`` and pack the basemap files once per
    server (set-up does it too; this keeps a checkout whose script changed since set-up from
    serving the old one)."""
    return len(assets.copy_own()) + len(assets.pack_basemap())


# The map's page per key (see ``show``): a reload, a second visitor, a download or the format box
# sends the page built before instead of building the map and rendering its template again.
@st.cache_resource(show_spinner=False, max_entries=4)
def _page(key: Hashable, _build: Callable[[], str]) -> str:
    return _build()


def show(
    frame: gpd.GeoDataFrame,
    *,
    height: int,
    payload: str | None = None,
    decorate: Callable[[folium.Map], object] | None = None,
    focus: int | None = None,
    key: Hashable | None = None,
) -> None:
    """Draw ``frame``'s events as a map as wide as its column.

    Parameters
    ----------
    frame : GeoDataFrame
        The events to draw.
    height : int
        Height in pixels.
    payload : str, optional
        ``geo.layers.encode_events(frame)``, when the caller keeps it cached.
    decorate : callable, optional
        Called with the map before it is drawn, to add layers of its own (context areas,
        tally regions, range rings).
    focus : int, optional
        Position in ``frame`` of an event to centre the map on, its popup open.
    key : hashable, optional
        Everything the map depends on beside ``height`` (say the store's version, the filters
        and ``focus``): the map's page is then built once per key and kept.
    """
    _served_assets()

    def build() -> str:
        m = build_map(frame, payload=payload, focus=focus)
        if decorate is not None:
            decorate(m)
        return page_html(m)

    # The map's own page in a frame: nothing to load before it but the page itself (no component
    # bundle, no handshake), and nothing comes back, so panning never reruns the page. The same
    # map gives the same page, so a rerun that changes nothing else does not reload the frame.
    st.iframe(build() if key is None else _page(key, build), height=height, alt=TITLE)


def page_html(m: folium.Map) -> str:
    """``m`` as a whole HTML page whose element names are numbered in order, not random: the
    same map always gives the same page."""
    root = m.get_root()
    ids = itertools.count()
    todo = [root]
    while todo:
        element = todo.pop(0)
        element._id = f"{next(ids)}"
        todo.extend(element._children.values())
    return root.render()
