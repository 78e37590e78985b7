"""The review's table of a report's events: its columns, and at a tablet's width a table of the
first of them only. The wide table (fifteen columns, 1,384 px) scrolled sideways at 768 px, past
killed, injured and status (newuser24); where the review is narrower than :data:`WIDE_PX` the
compact table shows instead (the page's CSS, by the width the review has: the sidebar open or
not), and at a phone's width the stacked fields (``webui.review_narrow``). An edit in the compact
table changes the event itself, as the stacked fields do, which the wide table, the map and the
save then read."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo.labels import label
from geo.precision import GeoPrecision, TimePrecision
from geo.records import MAX_COUNT
from geo.review import with_table_edits
from geo.vocabulary import EVENT_TYPES, VERIFICATION
from geo.weapons import CATEGORIES
from webui import review_narrow
from webui.text import hide_table_csv_download, literal, shown_category

# under this width of the review (CSS px) the compact table replaces the wide one; its columns
# are :data:`COMPACT` at the widths of :data:`_NARROW` (530 px with the Save box)
WIDE_PX = 880
BOX_KEY, COMPACT_KEY = "ingest_tables", "ingest_compact"  # (the box holds both tables)
COMPACT = (
    "keep",
    "place",
    "event_type",
    "event_date",
    "weapon",
    "fatalities",
    "injured",
    "verification",
)
# Their sum is at most the 904 px the table has at 1366 px beside the sidebar: at 928 px the
# last of them, claimed by, was cut at the edge ("Local authoriti…", newuser30); claimed by
# holds "Local authorities", the others "interception", "2026-03-11" and their headings.
_WIDE = {
    "keep": 60,
    "place": 96,
    "event_type": 94,
    "event_date": 86,
    "weapon": 88,
    "weapon_category": 100,
    "verification": 90,
    "claimed_by": 136,
    "fatalities": 72,
    "injured": 80,
}
_NARROW = {
    **_WIDE,
    "keep": 40,
    "place": 80,
    "event_type": 76,
    "event_date": 84,
    "weapon": 70,
    "fatalities": 50,
    "injured": 54,
    "verification": 76,
}


def columns(compact: bool = False) -> dict:
    """The table's column settings (what an analyst edits first in narrow columns: at 1366 px
    beside the sidebar killed, injured, status and claimed by show without a sideways scroll)."""
    w = _NARROW if compact else _WIDE
    return {
        "keep": st.column_config.CheckboxColumn(
            "Save", help="untick to leave an event out", width=w["keep"]
        ),
        "place": st.column_config.TextColumn(label("place"), width=w["place"]),
        "event_type": st.column_config.SelectboxColumn(
            label("event_type"), options=list(EVENT_TYPES), required=True, width=w["event_type"]
        ),
        "event_date": st.column_config.TextColumn(label("event_date"), width=w["event_date"]),
        "weapon": st.column_config.TextColumn(label("weapon"), width=w["weapon"]),
        "weapon_category": st.column_config.SelectboxColumn(
            label("weapon_category"), options=list(CATEGORIES), width=w["weapon_category"]
        ),
        "verification": st.column_config.SelectboxColumn(
            label("verification"),
            options=list(VERIFICATION),
            required=True,
            width=w["verification"],
        ),  # fmt: skip
        "claimed_by": st.column_config.TextColumn(label("claimed_by"), width=w["claimed_by"]),
        "time_precision": st.column_config.SelectboxColumn(
            label("time_precision"), options=[p.words for p in TimePrecision], required=True
        ),
        "geo_precision": st.column_config.SelectboxColumn(
            label("geo_precision"), options=[p.words for p in GeoPrecision], required=True
        ),
        "fatalities": st.column_config.NumberColumn(
            label("fatalities"), min_value=0, max_value=MAX_COUNT, step=1, width=w["fatalities"]
        ),
        "injured": st.column_config.NumberColumn(
            label("injured"), min_value=0, max_value=MAX_COUNT, step=1, width=w["injured"]
        ),
        **{
            name: st.column_config.NumberColumn(
                label(name), min_value=0, max_value=MAX_COUNT, step=1
            )
            for name in ("launched", "destroyed")  # an interception's (after the notes)
        },
    }


def box():
    """The box that holds both tables, with the rules that show the wide or the compact one by
    the width it has."""
    st.html(
        f"<style>.st-key-{BOX_KEY}{{container-type:inline-size}}"
        f"@container (max-width:{WIDE_PX - 1}px){{.st-key-{review_narrow.WIDE_KEY}{{display:none}}}}"
        f"@container (min-width:{WIDE_PX}px){{.st-key-{COMPACT_KEY}{{display:none}}}}"
        f"@media (max-width:{review_narrow.NARROW_PX}px){{.st-key-{COMPACT_KEY}{{display:none}}}}"
        "</style>"
    )
    return st.container(key=BOX_KEY)


def compact(tables, table: pd.DataFrame) -> None:
    """In ``tables`` (:func:`box`), the compact table of ``table`` (the wide table's frame),
    whose edits go into the events."""
    n = st.session_state.get("ingest_compact_n", 0)  # afresh after each edit taken
    key = f"{COMPACT_KEY}_{n}"
    hide_table_csv_download()
    with tables.container(key=COMPACT_KEY):
        if refused := st.session_state.pop("ingest_compact_refused", None):
            st.error(literal(refused))
        st.data_editor(
            compact_frame(table),
            key=key,
            hide_index=True,
            num_rows="fixed",
            width="stretch",
            disabled=["place"],
            column_config=columns(compact=True),
            placeholder="",  # an empty cell, not Streamlit's "None" (newuser24 at 768 px)
            on_change=_take,
            args=(key, n),
        )
        st.caption(
            "A weapon in brackets is the category, no system named. The category, claimed by, "
            "precisions, actor and notes: on a wider screen."
        )


def compact_frame(table: pd.DataFrame) -> pd.DataFrame:
    """The compact table's columns of ``table``, an event with no weapon named showing its
    category in brackets in the weapon column ("(drone)"; "drone (category)" was cut at 70 px): the
    category column is only on a wider
    screen, and at 768 px the weapon column of category-only events was empty (newuser27)."""
    out = table[list(COMPACT)].copy()
    categories = table["weapon_category"] if "weapon_category" in table else None
    if categories is not None:
        out["weapon"] = [
            w or shown_category(c) or w for w, c in zip(out["weapon"], categories, strict=True)
        ]
    return out


def _take(key: str, n: int) -> None:
    """The compact table's edits put into the events (a value an event would not take: a line
    saying so), the Save ticks into the review's kept events."""
    records = st.session_state.ingest_records
    for row, changes in st.session_state[key].get("edited_rows", {}).items():
        i = int(row)
        if "keep" in changes:
            review_narrow.keep(i, bool(changes["keep"]))
        fields = {k: v for k, v in changes.items() if k != "keep"}
        if fields.get("weapon") == shown_category(records[i].get("weapon_category")):
            del fields["weapon"]  # the category, shown only
        edited = with_table_edits(records, {i: fields}) if fields else records
        if fields and edited[i] is records[i]:
            shown = ", ".join(f"{label(k)}: {v}" for k, v in fields.items())
            st.session_state.ingest_compact_refused = f"{shown} is not taken"
        records[i] = edited[i]
    st.session_state.ingest_compact_n = n + 1
