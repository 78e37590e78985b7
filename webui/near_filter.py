"""The Map page's "Near a place" filter: a place (or "lat, lon") and a radius in km, kept in the
page address as ``?near=Kharkiv&km=25`` like the other filters (``webui.filters``), read by
``geo.nearby`` and applied by ``geo.filtering.Filters.near``."""

from __future__ import annotations

from typing import Final

import streamlit as st

from geo import nearby, theatre
from webui import data

NEAR_KEY: Final = "f_near"
KM_KEY: Final = "f_km"
_KEEP: Final = "page"  # (as webui.filters keeps its widgets' values while the box is folded)
LINK_WORDS: Final = ("near", "km")


def _seed() -> None:
    """The box's values from the link, the first time the page runs."""
    state = st.session_state
    if NEAR_KEY in state:
        return
    state[NEAR_KEY] = str(st.query_params.get("near", "")).strip()
    try:
        state[KM_KEY] = nearby.radius_km(st.query_params.get("km"))
        state["f_km_unknown"] = None
    except nearby.NearError as exc:
        state[KM_KEY] = nearby.DEFAULT_KM
        state["f_km_unknown"] = f"The link's {exc}: {nearby.DEFAULT_KM:g} km is used."


def _resolved(typed: str) -> nearby.Centre | str:
    """The centre ``typed`` names in the theatre in use, or the line saying why there is none:
    the last one kept, for the text and the theatre it was found for (review39: one kept for
    every text typed grew all session, and a theatre switched to kept the other's centre)."""
    mine = theatre.current()
    last = st.session_state.get("f_near_found")
    if not isinstance(last, tuple) or last[:2] != (typed, mine):
        try:
            where: nearby.Centre | str = nearby.centre(data.geocoder(), typed, mine.countries)
        except nearby.NearError as exc:
            where = f"Near a place: {exc}; the filter is left out."
        last = st.session_state["f_near_found"] = (typed, mine, where)
    result: nearby.Centre | str = last[2]
    return result


def chosen() -> tuple[float, float, float] | None:
    """The filter's point and radius (lat, lon, km), or None when no place is typed or it names
    none (:func:`notices` says so)."""
    _seed()
    typed = st.session_state[NEAR_KEY].strip()
    if not typed:
        return None
    where = _resolved(typed)
    if isinstance(where, str):
        return None
    return where.lat, where.lon, float(st.session_state[KM_KEY])


def part() -> str | None:
    """The filter in words for the page's line ("within 25 km of Kharkiv"), None when off."""
    typed = st.session_state.get(NEAR_KEY, "").strip()
    where = _resolved(typed) if typed else None
    if not isinstance(where, nearby.Centre):
        return None
    return nearby.words(where, float(st.session_state[KM_KEY]))


def notices() -> list[str]:
    """Lines naming a place the gazetteer does not hold or a radius that is no number."""
    typed = st.session_state.get(NEAR_KEY, "").strip()
    where = _resolved(typed) if typed else None
    lines = [where] if isinstance(where, str) else []
    return [*lines, *[n for n in [st.session_state.get("f_km_unknown")] if n]]


def params() -> dict[str, str]:
    """The filter for the page address (nothing when off)."""
    typed = st.session_state.get(NEAR_KEY, "").strip()
    if not typed:
        return {}
    return {"near": typed, "km": f"{float(st.session_state[KM_KEY]):g}"}


def widgets() -> None:
    """The place box and the radius, in the sidebar's Filters box."""
    st.text_input(
        "Near a place",
        key=NEAR_KEY,
        placeholder="a town, or lat, lon",
        help="Only events within the distance below of this place (an office, a route's town): "
        "a place or lat, lon. Region-wide events are left out: their point is anywhere in "
        "the region.",
        persist_state=_KEEP,
    )
    st.number_input(
        "Within km",
        key=KM_KEY,
        min_value=nearby.MIN_KM,
        max_value=nearby.MAX_KM,
        step=5.0,
        format="%g",
        persist_state=_KEEP,
    )
