"""Cached access to the gazetteer, geocoder and events (caching lives here, never in geo/)."""

from __future__ import annotations

import geopandas as gpd
import streamlit as st

from geo import context
from geo.extract import Extractor
from geo.filtering import EventIndex, Filters
from geo.gazetteer import Gazetteer
from geo.geocode import Geocoder
from geo.layers import encode_events
from geo.store import StoreError, load_all, location, reference_ids
from geo.store import stamp as store_stamp


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
# which for 100,000 events would cost more than the filtering itself. Its spinner is the page's
# (``events``): the warm-up thread fills the same cache with no page to draw one in (Streamlit
# logged "missing ScriptRunContext" at each server start).
@st.cache_resource(show_spinner=False, max_entries=2)
def _events(store: str, stamp: tuple[int, int]) -> tuple[gpd.GeoDataFrame, EventIndex]:
    frame = load_all(gazetteer())
    return frame, EventIndex(frame, reference_ids(gazetteer()))


def _store_version() -> tuple[str, tuple[int, int]]:
    """Where the store is, and stamps that change with it and with its context layers."""
    return str(location()), (store_stamp(), context.stamp())


@st.cache_resource(show_spinner=False, max_entries=2)
def _context_layers(path: str, stamp: int) -> list[context.ContextLayer]:
    return context.load(context.path_for(path))


def context_layers() -> list[context.ContextLayer]:
    """The store's context layers (geo.context), reloaded when they change."""
    where = location()
    return _context_layers(str(where), context.stamp(context.path_for(where)))


LOADING = (
    "Loading the events and the gazetteer: the first open after the server starts takes several "
    "seconds…"
)


def events(spinner: bool = True) -> tuple[gpd.GeoDataFrame, EventIndex]:
    """Reference and stored events with their filter index; reloaded when the store file changes.
    Shared between sessions: do not modify. A page says it is loading them when that takes over
    half a second (``spinner``; the warm-up thread has no page)."""
    if not spinner:
        return _events(*_store_version())
    with st.spinner(LOADING):
        return _events(*_store_version())


# The map's packed events per filter choice: a rerun that does not change the filters (a
# download, the format box, a second visitor, a reload) does not pack 100,000 events again.
@st.cache_resource(show_spinner=False, max_entries=8)
def _map_payload(store: str, stamp: tuple[int, int], chosen: Filters) -> str:
    frame, index = _events(store, stamp)
    return encode_events(frame[index.mask(chosen)])


def map_payload(chosen: Filters) -> str:
    """:func:`geo.layers.encode_events` of the events ``chosen`` selects, cached."""
    return _map_payload(*_store_version(), chosen)


def map_key(chosen: Filters, focus: int | None) -> tuple:
    """What the Map page's map depends on (``webui.mapview.show``'s ``key``): the store's
    version (its context layers' too), the filters and the event in focus."""
    return (*_store_version(), chosen, focus)


# Event id prefixes of the public datasets the importers read, and how each asks to be credited.
DATASETS = {
    "ucdp-": (
        "**UCDP Georeferenced Event Dataset** (Uppsala Conflict Data Program), CC BY 4.0: "
        "cite Sundberg & Melander (2013) and Davies, Pettersson & Öberg (2024)."
    ),
    "acled-": (
        "**ACLED** (Armed Conflict Location & Event Data, acleddata.com): used under ACLED's "
        "terms of use, which ask that ACLED be named as the source wherever its data is shown."
    ),
}


def imported_datasets() -> list[str]:
    """Credit lines of the public datasets whose events are in the store (none if unreadable)."""
    try:
        frame, _ = events()
    except StoreError:
        return []
    ids = frame["event_id"].astype("string")
    return [credit for prefix, credit in DATASETS.items() if ids.str.startswith(prefix).any()]
