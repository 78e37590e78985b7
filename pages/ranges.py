"""Range tool: the nominal reach of chosen weapons from a place, as geodesic rings on the map."""

from __future__ import annotations

import streamlit as st

from geo import ranges, theatre
from geo.events import empty_frame
from geo.records import EventError
from geo.review import typed_point
from geo.vocabulary import quoted
from webui import data, mapview, navigation
from webui.places import place_name
from webui.range_map import add_rings
from webui.text import literal, wrap_chosen

navigation.ensure()

st.title("Weapon ranges")
st.caption(
    "Nominal public ranges from the weapon vocabulary, drawn as geodesic rings: for reading a "
    "map, not for targeting."
)
names = [str(w.name) for w in ranges.ranged()]
labels = {w.name: f"{w.name} ({w.range_km:,.0f} km, {w.category})" for w in ranges.ranged()}
left, right = st.columns([2, 1])
wrap_chosen("range_weapons")
chosen = left.multiselect(
    "Weapons",
    names,
    default=["Iskander", "Storm Shadow"],
    format_func=lambda name: labels[name],
    key="range_weapons",
)
where = right.text_input("From (a place, or lat, lon)", value="Belgorod", key="range_place")
if not where.strip():
    st.info("Type a place in the From box: the rings are drawn around it.")
    st.stop()
try:  # coordinates, as Ingest's "Another place" box reads them
    point = typed_point(where)
except EventError as exc:
    st.error(literal(exc))
    st.stop()
if point is not None:
    lat, lon = point
    shown = f"{lat:.4f}, {lon:.4f}"
else:
    # A place box of the app is read for the theatre: "Odessa" is the Ukrainian port.
    countries = theatre.current().countries
    result = data.geocoder().geocode(where.strip(), theatre=countries)
    if result is None or result.place is None:
        st.error(
            literal(
                f"{quoted(where.strip())} is not in the gazetteer: try another spelling, a larger "
                "town, or lat, lon"
            )
        )
        st.stop()
    lat, lon = result.place.lat, result.place.lon
    shown = place_name(where, result.place)
    st.caption(literal(f"{shown} ({lat:.4f}, {lon:.4f})"))
mapview.show(
    empty_frame(),
    height=560,
    decorate=lambda m: add_rings(m, shown, lat, lon, chosen),
)
