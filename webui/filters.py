"""Sidebar filters kept in the URL (``st.query_params``) so a filtered view can be shared."""

from __future__ import annotations

from datetime import date

import geopandas as gpd
import streamlit as st

from geo import weapons
from geo.events import EVENT_TYPES, VERIFICATION
from geo.filtering import Filters
from geo.sides import SIDES

_KEYS = {
    "weapon": "f_weapon",
    "type": "f_type",
    "verification": "f_verification",
    "side": "f_side",
}


def weapon_options(frame: gpd.GeoDataFrame) -> list[str]:
    """Named systems present in the data, then the categories present."""
    names = sorted({str(w) for w in frame["weapon"].dropna().unique()})
    cats = sorted({str(c) for c in frame["weapon_category"].dropna().unique()} - set(names))
    return names + cats


def from_words(words: list[str], allowed: list[str], weapon: bool = False) -> list[str]:
    """The options ``words`` name, in any case; for weapons, aliases too ("scalp-eg" gives
    Storm Shadow, "drones" the drone category). Words that name nothing are dropped."""
    by_fold = {a.casefold(): a for a in allowed}
    out: list[str] = []
    for word in words:
        names = [word, *(weapons.canonical(word), weapons.category_of(word))] if weapon else [word]
        found = next((by_fold[n.casefold()] for n in names if n and n.casefold() in by_fold), None)
        if found and found not in out:
            out.append(found)
    return out


def _from_url(param: str, allowed: list[str]) -> list[str]:
    return from_words(st.query_params.get_all(param), allowed, weapon=param == "weapon")


def _date_from_url(param: str, fallback: date) -> date:
    try:
        return date.fromisoformat(st.query_params.get(param, ""))
    except ValueError:
        return fallback


def sidebar(frame: gpd.GeoDataFrame) -> Filters:
    """Draw the filter widgets (seeded from the URL once) and write the choice back to the URL."""
    options = {
        "weapon": weapon_options(frame),
        "type": list(EVENT_TYPES),
        "verification": list(VERIFICATION),
        "side": list(SIDES),
    }
    dates = [str(d) for d in frame["event_date"].dropna().unique()]  # categories have no order
    first = date.fromisoformat(min(dates)) if dates else date.today()
    last = date.fromisoformat(max(dates)) if dates else date.today()
    for param, key in _KEYS.items():
        if key not in st.session_state:
            st.session_state[key] = _from_url(param, options[param])
    if "f_dates" not in st.session_state:
        since, until = _date_from_url("since", first), _date_from_url("until", last)
        st.session_state["f_dates"] = (min(since, until), max(since, until))
    elif tuple(st.session_state["f_dates"]) == st.session_state.get("f_dates_all"):
        st.session_state["f_dates"] = (first, last)  # untouched: follow the data as it grows
    st.session_state["f_dates_all"] = (first, last)

    st.sidebar.header("Filters")
    st.sidebar.multiselect("Weapon", options["weapon"], key="f_weapon", placeholder="All weapons")
    st.sidebar.multiselect("Event type", options["type"], key="f_type", placeholder="All types")
    st.sidebar.multiselect(
        "Verification", options["verification"], key="f_verification", placeholder="Any status"
    )
    has_sides = "side_of_line" in frame and frame["side_of_line"].notna().any()
    if has_sides:  # the store has context layers
        st.sidebar.multiselect(
            "Side of the line", options["side"], key="f_side", placeholder="Any side"
        )
    chosen = st.sidebar.date_input("Dates", key="f_dates", format="YYYY-MM-DD")
    chosen_since: date | None = None
    chosen_until: date | None = None
    if isinstance(chosen, list | tuple) and chosen:
        chosen_since, chosen_until = chosen[0], chosen[-1]

    params: dict[str, list[str] | str] = {
        p: st.session_state[k] for p, k in _KEYS.items() if st.session_state[k]
    }
    if chosen_since and chosen_since != first:
        params["since"] = chosen_since.isoformat()
    if chosen_until and chosen_until != last:
        params["until"] = chosen_until.isoformat()
    st.query_params.from_dict(params)
    return Filters(
        weapons=tuple(st.session_state["f_weapon"]),
        types=tuple(st.session_state["f_type"]),
        verification=tuple(st.session_state["f_verification"]),
        sides=tuple(st.session_state["f_side"]) if has_sides else (),
        since=chosen_since,
        until=chosen_until,
    )
