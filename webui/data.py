"""Cached access to the gazetteer, geocoder and events (caching lives here, never in geo/)."""

from __future__ import annotations

import geopandas as gpd
import streamlit as st

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


@st.cache_data(show_spinner=False, max_entries=4)
def _events(store: str, stamp: float) -> gpd.GeoDataFrame:
    return load_all(gazetteer())


def events() -> gpd.GeoDataFrame:
    """Reference and stored events; reloaded when the store file changes."""
    path = store_path()
    stamp = path.stat().st_mtime_ns if path.exists() else 0
    return _events(str(path), stamp)
