"""Cached access to the gazetteer, geocoder and events (caching lives here, never in geo/)."""

from __future__ import annotations

import geopandas as gpd
import streamlit as st

from geo.events import EventIndex
from geo.extract import Extractor
from geo.gazetteer import Gazetteer
from geo.geocode import Geocoder
from geo.paths import store_path
from geo.store import load_all


@st.cache_resource(show_spinner=False)
def gazetteer() -> Gazetteer:
    return Gazetteer()


@st.cache_resource(show_spinner=False)
def geocoder() -> Geocoder:
    return Geocoder(gazetteer())


@st.cache_resource(show_spinner=False)
def extractor() -> Extractor:
    return Extractor(geocoder())


# cache_resource, not cache_data: the frame is shared as is (read-only), never pickled per rerun,
# which for 100,000 events would cost more than the filtering itself.
@st.cache_resource(show_spinner="Loading events…", max_entries=2)
def _events(store: str, stamp: int) -> tuple[gpd.GeoDataFrame, EventIndex]:
    frame = load_all(gazetteer())
    return frame, EventIndex(frame)


def events() -> tuple[gpd.GeoDataFrame, EventIndex]:
    """Reference and stored events with their filter index; reloaded when the store file changes.
    Shared between sessions: do not modify."""
    path = store_path()
    return _events(str(path), path.stat().st_mtime_ns if path.exists() else 0)
