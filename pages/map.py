"""Map page: the filtered events on a layered map, as a table, and as downloads (GeoJSON and
the other formats, in a folded box)."""

from __future__ import annotations

import streamlit as st

from geo.context_map import add_context
from geo.export import EXPORT_FORMATS, MEDIA_TYPES, export_bytes, file_bytes
from geo.formats.table import BY_NAME
from geo.near_circle import add_near_circle
from geo.store import StoreError
from geo.store.checks import summary as set_aside_notice
from webui import data, filters, mapview, navigation, time_chart
from webui import table as event_table
from webui.text import counted, file_stem, literal, stacked_when_narrow

navigation.ensure()

st.title("Sitrep Map")  # before the events load: a cold first open is not a blank page
try:
    events, index = data.events()
except StoreError as exc:
    st.error(literal(exc))
    st.stop()
if notice := set_aside_notice(events):
    st.warning(literal(notice))
chosen = filters.chosen(events, index)
for notice in filters.url_notices():  # a typo in a shared link says so instead of showing all
    st.warning(literal(notice))
mask = index.mask(chosen)
shown = events[mask]
listed = filters.listed(events, index, chosen)  # not the sample's while it is hidden

# The filters' count: the map's layer switches and time control act in the browser, and the map
# counts what they leave on it (it said "30 of 30 shown" with every layer off). It names them: on
# a phone the sidebar's line is folded away with it, and a shared link's "16 of 3,902 events
# match the filters" did not say which (newuser34).
kept = " · ".join(filters.named(listed, chosen))
stem = file_stem(filters.named(listed, chosen))  # the downloads named for the view
st.caption(
    f"{len(shown):,} of {counted(len(listed), 'event')} match the filters"
    + (f" ({literal(kept)})" if kept else "")
    + " · the map counts those "
    "its layers and time control show · filters are kept in the page address"
    + filters.sample_words(chosen)
)

# The table and the chart are drawn only once opened: their widgets are most of what a browser
# loads for this page, and the map is what a reader comes for (README, "page open").
table = event_table.rows(events, index, mask) if event_table.opened() else None
focus = None if table is None else event_table.chosen(table)
# (a tablet's window: the map the page's width)
map_col, table_col = stacked_when_narrow("map_row").columns([3, 2], gap="medium")
with map_col:
    mapview.show(
        shown,
        height=620,
        payload=data.map_payload(chosen),
        # the occupied areas of the last day shown, under the events; the near filter's ring
        decorate=lambda m: (
            add_context(m, data.context_layers(), chosen.until),
            add_near_circle(m, chosen.near),
        ),
        focus=focus,
        key=data.map_key(chosen, focus),  # the page built once per filter choice and row
    )
with table_col:
    # The downloads in a folded box: the format box is one of Streamlit's select widgets, and
    # even a download button's scripts cost the open about half a second (README, "page open").
    with st.expander("Export", key="export_open", on_change="rerun") as export:
        if export.open:
            st.download_button(
                "Download GeoJSON",
                data=lambda: export_bytes(shown, "geojson"),  # built only when clicked
                on_click="ignore",
                file_name=f"{stem}.geojson",
                mime="application/geo+json",
                help="Exactly the events shown, RFC 7946 GeoJSON with every property (opens in QGIS)",
                type="primary",
            )
            other = st.selectbox(
                "Other format",
                [f for f in EXPORT_FORMATS if f != "geojson"],
                key="export_format",
                format_func=lambda f: BY_NAME[f].label,
            )
            st.download_button(
                f"Download {other.upper()}",
                data=lambda: file_bytes(shown, other, data.gazetteer().country_codes()),
                file_name=f"{stem}{BY_NAME[other].suffixes[0]}",
                mime=MEDIA_TYPES[other],
                on_click="ignore",
            )
    with event_table.box():
        if table is not None and event_table.every_column():
            st.caption("Every column: the table is under the map, the page's width.")
        elif table is not None:
            event_table.show(table, height=520)
if table is not None and event_table.every_column():  # (beside the map: 3 columns in view)
    event_table.show(table, height=520)
with time_chart.box() as box:
    if box.open:
        time_chart.show(index, chosen)
# The filters after the map: its element is sent first. At open they are one line of text and a
# folded box; the widgets are drawn once the box is opened (README, "page open").
filters.sidebar(listed, chosen)
