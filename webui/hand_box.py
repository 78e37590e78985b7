"""The review's box for an event the extractor missed: the analyst types it, and it joins the
review's records (``geo.review.hand_event`` makes the record; this module only shows the form)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from geo.records import MAX_COUNT, EventError
from geo.review import hand_event, typed_choices, typed_point, with_hand_event
from geo.vocabulary import EVENT_TYPES, VERIFICATION
from webui import data
from webui.text import literal


def show(records: list[dict], text: str) -> None:
    """The folded box; an added event is put last in ``st.session_state.ingest_records``."""
    with st.expander("Add an event the extractor missed", key="ingest_add_open"):
        with st.form("ingest_add", clear_on_submit=True, border=False):
            a, b, c = st.columns(3)
            kind = a.selectbox("Type", list(EVENT_TYPES), key="add_type")
            where = b.text_input(
                "Place: a name, or lat, lon",
                key="add_place",
                placeholder="e.g. Izium or 49.21, 37.25",
            )
            day = c.date_input(
                "Day",
                value=st.session_state.ingest_published or date.today(),
                format="YYYY-MM-DD",
                key="add_day",
            )
            a, b, c = st.columns(3)
            weapon = a.text_input("Weapon", key="add_weapon", placeholder="e.g. Shahed, Iskander-M")
            killed = b.number_input("Killed", 0, MAX_COUNT, value=None, step=1, key="add_killed")
            hurt = c.number_input("Injured", 0, MAX_COUNT, value=None, step=1, key="add_injured")
            a, b = st.columns(2)
            status = a.selectbox("Status", list(VERIFICATION), key="add_status")
            claimed = b.text_input("Claimed by", key="add_claimed_by")
            add = st.form_submit_button("Add the event")
        if add:
            hand = {
                "event_type": kind,
                "event_date": day,
                "weapon": weapon,
                "fatalities": killed,
                "injured": hurt,
                "verification": status,
                "claimed_by": claimed,
            }
            source = st.session_state.ingest_source
            try:
                at = typed_point(where)
                if at:
                    near = data.geocoder().gazetteer.nearest_town(*at)
                    added = hand_event(hand, source, point=at, near=near)
                else:
                    matches = typed_choices(data.geocoder(), where, text, limit=1)
                    if where.strip() and not matches:
                        raise EventError(f"{where.strip()} is not in the gazetteer: type lat, lon")
                    added = hand_event(hand, source, place=matches[0][0] if matches else None)
            except EventError as exc:
                st.error(f"Not added: {literal(exc)}")
            else:
                st.session_state.ingest_records = with_hand_event(records, added)
                st.session_state.ingest_added = added["place"]
                st.rerun()
        if added_at := st.session_state.pop("ingest_added", None):
            st.success(
                literal(
                    f"Added event {len(records)} at {added_at}, marked as added by hand: "
                    "check it in the table below, then save."
                )
            )
