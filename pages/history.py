"""History page: who changed which event, when, and each field from what to what (newest first)."""

from __future__ import annotations

import streamlit as st

from geo import changes, store
from geo.store import StoreError
from webui import data, delete_box, navigation
from webui.text import counted, hide_table_csv_download, literal

navigation.ensure()
WHEN_WIDTH = 165  # px
ID_WIDTH = 140  # px: "sm-2060fdb0d36e" whole, to copy into the delete box

st.title("History")
st.caption(
    "Every change saved to the store, newest first: who saved it, when (UTC), a new event or "
    "an edit, and each edited field's new value, then what it was."
)
try:
    history = store.history()
    events, _ = data.events()
except StoreError as exc:
    st.error(literal(exc))
    st.stop()
delete_box.show(history, events)
left, right = st.columns(2)
wanted = left.text_input("Event id (or part of it)", key="history_event")
who = right.selectbox("Who", ["Anyone", *changes.users(history)], key="history_user")
edits_only = st.checkbox(
    "Only edits (hide the new events a report or an import added)", key="history_edits_only"
)
lines = changes.readable(history, events, wanted, "" if who == "Anyone" else who, edits_only)
st.caption(f"{counted(len(lines), 'change')} of {len(history):,}")
hide_table_csv_download()  # its cells are report text: no spreadsheet formulas by the toolbar
st.dataframe(
    lines,
    hide_index=True,
    width="stretch",
    height="content",  # every row, the page scrolling (10 rows and a blank half-window before)
    column_config={
        # wide enough for "30 Dec 2026 23:59 UTC" (it was cut after the year)
        "when": st.column_config.TextColumn("When", width=WHEN_WIDTH),
        "who": st.column_config.TextColumn("Who", width="small"),
        "action": st.column_config.TextColumn("What", width="small"),
        "event_id": st.column_config.TextColumn("Event id", width=ID_WIDTH),  # whole, to copy
        "event": st.column_config.TextColumn("Event (place, date)", width="medium"),
        "changes": st.column_config.TextColumn("Fields", width="large"),
    },
)
