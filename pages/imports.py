"""Import page: events from ACLED, UCDP, GeoJSON or Sitrep Map CSV files, checked, then stored."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo import formats
from geo.store import Report, StoreError, save
from webui import data, mapview, navigation
from webui.text import literal

navigation.ensure()
for key, default in {"import_result": None, "import_name": ""}.items():
    if key not in st.session_state:
        st.session_state[key] = default

st.title("Import events")
st.caption(
    "ACLED CSV exports, UCDP GED CSV, GeoJSON from other tools, or a CSV exported by Sitrep Map. "
    "Weapons are read from ACLED notes and UCDP headlines. Nothing is stored until you confirm."
)
upload = st.file_uploader("Events file", type=["csv", "geojson", "json"], key="import_upload")
fmt = st.selectbox("Format", ["guess from the columns", *formats.FORMATS], key="import_format")

if st.button("Read the file", type="primary", disabled=upload is None):
    try:
        result = formats.read(
            upload.getvalue(),
            upload.name,
            data.gazetteer(),
            None if fmt.startswith("guess") else fmt,
        )
    except formats.ImportFormatError as exc:
        st.error(literal(exc))
        st.stop()
    st.session_state.update(import_result=result, import_name=upload.name)

result: formats.ImportResult | None = st.session_state.import_result
if result is not None:
    st.subheader(f"{literal(st.session_state.import_name)}: {result.format.upper()}")
    a, b, c = st.columns(3)
    a.metric("Rows", result.rows)
    b.metric("Events read", len(result.frame))
    c.metric("Rows refused", len(result.refused))
    if result.mapping:
        with st.expander("How the columns were mapped"):
            st.dataframe(
                pd.DataFrame(
                    sorted(result.mapping.items()), columns=["Sitrep Map field", "from column"]
                ),
                hide_index=True,
            )
    if result.refused:
        with st.expander(f"Refused rows and why ({len(result.refused)})", expanded=True):
            st.dataframe(
                pd.DataFrame(result.refused[:500], columns=["row", "reason"]), hide_index=True
            )
    if len(result.frame):
        mapview.show(result.frame, key="import_map", height=420)
        if st.button(f"Store these {len(result.frame)} events", type="primary"):
            try:
                saved = save(
                    result.frame,
                    report=Report(st.session_state.import_name, f"import ({result.format})"),
                )
            except StoreError as exc:
                st.error(f"Nothing stored: {literal(exc)}")
            else:
                st.success(
                    f"Stored {saved.added} new events ({saved.unchanged} were already there, "
                    f"{saved.updated} updated); the store holds {saved.total}. See them on the Map page."
                )
    else:
        st.warning("No event could be read from this file: see the refused rows above.")
