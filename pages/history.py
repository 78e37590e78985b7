"""History page: who changed which event, when, and each field from what to what (newest first)."""

from __future__ import annotations

import streamlit as st

from geo import changes, store
from geo.store import StoreError
from webui import data, delete_box, history_table, navigation
from webui.text import counted, literal

navigation.ensure()

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
history_table.show(lines)  # HTML that wraps: a grid cut the text and hid "Fields" (newuser24)
