"""Places as a reader reads them: the gazetteer's common name, the region spelled as the map
writes it, the country, and what was typed when it differs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import streamlit as st

from geo.assets import region_label_of
from geo.event_names import event_place as named_place
from geo.gazetteer.index import Place
from geo.gazetteer.names import normalize
from geo.geocode.distance import distance_km
from geo.geocode.suggest import suggestions
from geo.region_candidates import is_event_place, namesake_city
from webui import data
from webui.text import literal


def place_line(place: Place) -> str:
    """ "Odesa, UA" or "Bakhmut, Donetsk, UA": the region as the basemap labels it ("Odesa", not
    GeoNames' "Odessa"; "Sevastopol", not "Misto Sevastopol'"), left out when it repeats the
    name; a first-level region is named as the map names it ("Oryol region, RU", not GeoNames'
    "Orjol, Oryol, RU": newuser23)."""
    if place.feature == "admin1" and place.admin1:
        return ", ".join(part for part in (shown_name(place), place.country) if part)
    region = region_label_of(data.gazetteer(), place.country, place.admin1) if place.admin1 else ""
    name = shown_name(place)  # "Oryol", not GeoNames' "Orël" (newuser31)
    shown = region if normalize(region) not in {normalize(name), normalize(place.name), ""} else ""
    return ", ".join(part for part in (name, shown, place.country) if part)


def shown_name(place: Place) -> str:
    """The place's name alone, as the map and the review's table name it: a first-level region
    "Oryol region" (GeoNames' "Orjol" on the review's move button: newuser24), a town its name."""
    region = place.feature == "admin1" and bool(place.admin1)
    record = {"place": place.name, "country": place.country, "admin1": place.admin1}
    return named_place({**record, "geo_precision": 3 if region else 1}, data.gazetteer())


def candidate_line(place: Place, score: float, record: Mapping[str, Any]) -> str:
    """A ranked candidate for an event's place, as the review lists it: "Sumy, UA · city ·
    256,474 people · 38 km from the event's place now (score 0.91)"; the place the event is at
    says so ("· the event's place now"): "0 km away" read like a reason to keep a wrong place
    (newuser23)."""
    if at_place(record, place):
        where = "the event's place now"
    else:
        away = distance_km(place.lat, place.lon, record["lat"], record["lon"])
        where = f"{away:,.0f} km from the event's place now"
    if namesake_city(record, place):  # listed beside the region: the words could mean it
        where = f"the region's namesake, {where}"
    return (
        f"{place_line(place)} · {place.feature}"
        + (f" · {place.population:,} people" if place.population else "")
        + f" · {where} (score {score:.2f})"
    )


def at_place(record: Mapping[str, Any], place: Place) -> bool:
    """Whether the event is at ``place`` (:func:`geo.region_candidates.is_event_place`)."""
    return is_event_place(record, place)


def move_button(n: int, where: str, there: bool) -> bool:
    """The button that moves event ``n`` to ``where``; when the event is there already, a line
    saying so instead (after a move the button offered the same move again: newuser18)."""
    if there:
        st.caption(literal(f"Event {n} is at {where}."))
        return False
    return st.button(f"Move event {n} to {where}")


def place_name(typed: str, place: Place) -> str:
    """:func:`place_line`, with what was typed when it is not the name found ("Kyiv, UA (for
    “kiev”)")."""
    line = place_line(place)
    typed = typed.strip()
    return line if normalize(typed) == normalize(place.name) else f"{line} (for “{typed}”)"


def event_place(record: Mapping[str, object]) -> str:
    """An event's place as the review lists it (:func:`geo.event_names.event_place`: "Belgorod
    region" for an event somewhere in that region, not the city's name)."""
    return named_place(record, data.gazetteer())


AREAS = ("admin1", "admin2", "region")


def into_box(key: str) -> Callable[[Place], None]:
    """A :func:`did_you_mean` pick that puts the place's name in the text box ``key``."""

    def put(place: Place) -> None:
        st.session_state[key] = place.name

    return put


def did_you_mean(
    typed: str,
    key: str,
    on_pick: Callable[[Place], None],
    within: tuple[str, str] | None = None,
) -> bool:
    """Under a place name no town bears as typed ("Kramatorks", "Zaporizhia": a region's name),
    the gazetteer's nearest spellings (``geo.geocode.suggest``), one button each; a click calls
    ``on_pick`` with its place before the page reruns; ``within`` (country, region): only its
    towns. Whether any was offered."""
    offered = suggestions(data.gazetteer(), typed, within=within) if typed.strip() else []
    if not offered:
        return False
    st.caption(literal(f"{typed.strip()}: did you mean"))
    row = st.container(horizontal=True)  # the buttons as wide as their names, wrapped
    for i, s in enumerate(offered):
        row.button(
            literal(place_line(s.place) + (" (region)" if s.place.feature in AREAS else "")),
            key=f"{key}_{i}",
            on_click=on_pick,
            args=(s.place,),
            help=f"{s.place.feature}, {s.edits} letter(s) from what was typed",
        )
    return True
