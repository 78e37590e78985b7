"""Sitrep Map: Streamlit entry point. Page navigation and the shared sidebar only."""

from __future__ import annotations

import streamlit as st

# The icon as the character itself: a shortcode (":world_map:") makes the browser load Streamlit's
# emoji table (a 0.26 MB script) at every open to look it up.
st.set_page_config(page_title="Sitrep Map", page_icon="\N{WORLD MAP}", layout="wide")

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
navigation.run()
