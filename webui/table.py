"""The Map page's table: the events shown, newest first (only the newest when there are many),
readable column names, empty cells for what is missing, a few columns with the sentence by
default and every column on request, and the row chosen, which the map then centres and opens."""

from __future__ import annotations

from dataclasses import dataclass

import geopandas as gpd
import numpy as np
import pandas as pd
import streamlit as st

from geo.event_names import shown_places
from geo.filtering import EventIndex
from geo.labels import labelled
from geo.long_text import shown_column
from geo.precision import shown_dates
from webui.text import hide_table_csv_download, shown_category

KEY = "event_table"
OPEN_KEY = "table_open"
ALL_KEY = "table_all_columns"
ROWS = 1_000  # the newest; the downloads hold every event shown
# What a reader scans first: the sentence third, where the narrow column beside the map shows it.
BRIEF = labelled(("event_date", "place", "source_text", "event_type", "weapon"))
# Every column, on request: the fields an analyst checks first, the sentence after them. Beside
# the map at 1366 px the switch showed nothing new (date, place, 13 letters of the sentence, the
# rest off to the right): the table with every column is drawn under the map, the page's width
# (newuser33). An interception's counts follow the toll, and the event's id ends the row: a
# ministry's nightly table ("Bryansk region | 14") came out as four interceptions whose counts
# were in no column, and the History's Delete box asks for an id no table of the Map page showed
# (newuser34).
EVERY = labelled(
    (
        "event_date",
        "place",
        "event_type",
        "weapon",
        "fatalities",
        "injured",
        "launched",
        "destroyed",
        "verification",
        "claimed_by",
        "source_text",
        "weapon_category",
        "actor",
        "country",
        "admin1",  # the oblast, as the Region filter names it (it was in no column: newuser35)
        "side_of_line",
        "source",
        "notes",
        "event_id",
    )
)


@dataclass(frozen=True)
class Table:
    """The rows to show, and for each its position among the events shown on the map."""

    frame: pd.DataFrame
    positions: np.ndarray
    total: int


def rows(events: gpd.GeoDataFrame, index: EventIndex, mask: np.ndarray) -> Table:
    """The table of the events ``mask`` keeps, newest first: all of them, or the newest :data:`ROWS`.

    Parameters
    ----------
    events : GeoDataFrame
        Every event (the frame ``index`` was built on).
    index : EventIndex
        Its filter index.
    mask : ndarray of bool
        The events shown.

    Returns
    -------
    Table
        Rows with readable column names (every column when the reader asked for them).
    """
    columns = EVERY if every_column() else BRIEF
    columns = {k: v for k, v in columns.items() if k in events}
    total = int(mask.sum())
    picked = index.newest(mask, ROWS)
    positions = (np.cumsum(mask) - 1)[picked]
    rows = events.iloc[picked]
    frame = rows[list(columns)].rename(columns=columns)
    if "place" in columns:  # "Bryansk region", as the popup names it (not the city's "Bryansk")
        frame[columns["place"]] = shown_places(rows).to_numpy()
    if "event_date" in columns and "time_precision" in rows:  # "2026-11-26 (week)", as the popup
        frame[columns["event_date"]] = shown_dates(
            rows["event_date"], rows["time_precision"]
        ).to_numpy()
    if "weapon" in columns and "weapon_category" in rows:  # "(drone)": no system named
        frame[columns["weapon"]] = [
            w if isinstance(w, str) and w else shown_category(c)
            for w, c in zip(rows["weapon"], rows["weapon_category"], strict=True)
        ]
    for name in frame.columns:  # a 1,000,000-character cell, shortened as in the popups
        if frame[name].dtype == object:
            frame[name] = shown_column(frame[name]).to_numpy()
    return Table(frame=frame, positions=positions, total=total)


def every_column() -> bool:
    """Whether the reader asked for every column: the table is then drawn under the map."""
    return bool(st.session_state.get(ALL_KEY))


def opened() -> bool:
    """Whether the reader has opened the table (:func:`box`); until then it is not drawn."""
    return bool(st.session_state.get(OPEN_KEY))


def box():
    """The folded box the table is drawn in once opened (opening it reruns the page)."""
    return st.expander("Table of the events shown", key=OPEN_KEY, on_change="rerun")


def chosen(table: Table) -> int | None:
    """Position (among the events shown) of the row the reader chose, if any."""
    state = st.session_state.get(KEY)
    picked = state.get("selection", {}).get("rows", []) if state else []
    if not picked or picked[0] >= len(table.positions):
        return None
    return int(table.positions[picked[0]])


# Streamlit's grid draws rows of 35 px under a header of 35 px (and a pixel of border each side).
ROW_PX, HEADER_PX, BORDER_PX = 35, 35, 2


def fitted_height(rows: int, most: int) -> int:
    """The grid's height for ``rows`` rows, at most ``most`` pixels: a grid of a fixed height
    drew empty rows under a few events (two meetings left 12 blank lines)."""
    return min(most, HEADER_PX + ROW_PX * rows + BORDER_PX)


# The date column: a day fits 86 px; "2026-11-26 (month)" takes 128 (it was cut to "2026-11-2").
DAY_PX, DAY_AND_SPAN_PX = 86, 128


def date_width(frame: pd.DataFrame) -> int:
    """The date column's width: wider only when a row's day stands for its week or month."""
    dates = frame["date"] if "date" in frame else pd.Series([], dtype=object)
    return DAY_AND_SPAN_PX if dates.astype(str).str.contains("(", regex=False).any() else DAY_PX


def show(table: Table, height: int) -> None:
    """Draw the table, at most ``height`` pixels high (as high as its rows when they are fewer);
    choosing a row reruns the page with the map on that event."""
    if not len(table.frame):
        st.caption("No event matches the filters: the table is empty.")
        return
    if table.total > len(table.frame):
        st.caption(
            f"The table lists the newest {len(table.frame):,}; "
            f"the downloads hold all {table.total:,}. Choose a row to see it on the map."
        )
    else:
        st.caption(
            "Choose a row to see the event on the map. A weapon in brackets is the category, "
            "no system named."
        )
    hide_table_csv_download()
    st.dataframe(
        table.frame,
        hide_index=True,
        height=fitted_height(len(table.frame), height),
        width="stretch",
        on_select="rerun",
        selection_mode="single-row",
        key=KEY,
        placeholder="",  # a missing weapon or figure is an empty cell, not "None"
        # beside the map at 1366 px the table is ~330 px wide: the date and the place take what
        # they need, the sentence the rest (it was cut to a few letters)
        column_config={
            "date": st.column_config.TextColumn(width=date_width(table.frame)),
            "place": st.column_config.TextColumn(width=92),
            "sentence": st.column_config.TextColumn(width="medium" if every_column() else "large"),
        },
    )
    switch()
    st.caption(CORRECTING)


# How a stored event is corrected or taken out: the Map page offers no edit, and a new analyst
# looked for one there (newuser34); the review of a report pasted again shows its events as
# stored and saves edits as updates, an imported file read again updates its events.
CORRECTING = (
    "To correct an event, paste its report again on Ingest a report, or open it there under "
    '"Open a saved report" (the review shows it as stored; Save keeps your edits, listed on '
    "History), or import its corrected file again. To "
    "take one out: History, Delete events (its event id ends the table's every column)."
)


def switch() -> None:
    """The switch between the brief table beside the map and every column under it."""
    st.toggle("Show every column (status, figures, actor, source...)", key=ALL_KEY)
