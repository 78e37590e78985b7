"""Sitrep Map: Streamlit entry point. Page navigation and the shared sidebar only."""

from __future__ import annotations

import streamlit as st

from webui import page_top, warm

# The icon as the character itself: a shortcode (":world_map:") makes the browser load Streamlit's
# emoji table (a 0.26 MB script) at every open to look it up.
st.set_page_config(page_title="Sitrep Map", page_icon="\N{WORLD MAP}", layout="wide")
page_top.less_blank_above_title()

PAGES = [
    st.Page("pages/map.py", title="Map", icon=":material/map:", default=True),
    st.Page("pages/ingest.py", title="Ingest a report", icon=":material/post_add:"),
    st.Page("pages/imports.py", title="Import events", icon=":material/upload_file:"),
    st.Page("pages/tallies.py", title="Nightly tallies", icon=":material/bar_chart:"),
    st.Page("pages/ranges.py", title="Weapon ranges", icon=":material/radar:"),
    st.Page("pages/history.py", title="History", icon=":material/history:"),
    st.Page("pages/about.py", title="About and sources", icon=":material/info:"),
]

navigation = st.navigation(PAGES)
st.sidebar.caption(
    "Places: GeoNames (CC BY 4.0), KATOTTG · Outlines: Natural Earth · "
    "Tiles: © OpenStreetMap contributors"
)
# A fresh server process imports the map's libraries (geopandas, folium, shapely: 5 to 10 s on a
# loaded machine) and the page stayed blank until its first element. Until that is done
# (webui.warm: at start-up under serve.py, else by the first page) a page says so at once.
starting = st.empty()
if not warm.READY.is_set():
    starting.caption(
        "Starting: the first page after the server starts loads the map's libraries, which takes "
        "several seconds…"
    )
try:
    navigation.run()
finally:  # also when the page stops early (st.stop, an error shown)
    starting.empty()
warm.READY.set()  # a page has run: its imports are done
