"""Stored values checked as they are read.

A store edited outside Sitrep Map (QGIS's attribute table, ``sqlite3``, a script, a restore of an
old backup) may hold values the schema refuses: a type or precision outside its scale, text in
a number column, a fatality count of minus one, coordinates off the globe. Such an event is set
aside when the store is read: it stays in the store untouched (nothing is lost and the next
save does not rewrite it), it is not drawn with a value that means something else (GDAL reads
the text "three" in an integer column as 0), and the frame carries one line per set-aside event
in ``frame.attrs["set_aside"]`` so that the command line and the pages can say so.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Mapping, Sequence

import geopandas as gpd
import numpy as np
import pandas as pd

from geo import vocabulary
from geo.records import (
    COUNT_COLUMNS,
    EVENT_YEARS,
    INTEGER_COLUMNS,
    MAX_COUNT,
    MAX_OFFSET,
    PRECISIONS,
)
from geo.weapon_entries import CATEGORIES

LOG = logging.getLogger(__name__)
ATTR = "set_aside"


def mistyped(con: sqlite3.Connection, layer: str, columns: Sequence[str]) -> dict[int, str]:
    """Rows (by fid) whose number columns hold something other than a whole number.

    SQLite keeps whatever is written into a column; GDAL then reads text or a fraction in an
    integer column as a number, so this is checked on the stored values themselves, in one scan.
    """
    numbers = [n for n in (*INTEGER_COLUMNS, *COUNT_COLUMNS) if n in columns]
    if not numbers:
        return {}
    wrong = " OR ".join(f"typeof(\"{n}\") NOT IN ('integer', 'null')" for n in numbers)
    cells = ", ".join(f'typeof("{n}"), quote("{n}")' for n in numbers)
    found: dict[int, str] = {}
    for fid, *typed in con.execute(f"SELECT fid, {cells} FROM {layer} WHERE {wrong}"):
        name, value = next(
            (n, typed[2 * k + 1])
            for k, n in enumerate(numbers)
            if typed[2 * k] not in ("integer", "null")
        )
        found[fid] = f"'{name}' holds {str(value)[:40]}, not a whole number"
    return found


def _bad(column: pd.Series, ok) -> np.ndarray:
    """Rows whose value ``ok`` refuses; for a category column, checked once per category."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        good = np.append(
            np.asarray(ok(pd.Series(column.cat.categories.astype(object))), bool), False
        )
        return ~good[column.cat.codes.to_numpy()]  # code -1 (empty) takes the last: refused
    return ~np.asarray(ok(column.astype(object)), dtype=bool)


def _is_day(values: pd.Series) -> pd.Series:
    days = pd.Series(pd.to_datetime(values, format="%Y-%m-%d", errors="coerce"))
    return days.dt.year.between(EVENT_YEARS.start, EVENT_YEARS.stop - 1).fillna(False)


def out_of_schema(frame: gpd.GeoDataFrame) -> pd.Series:
    """The first broken rule of each row ("" when the row is fine), checked a column at a time."""
    reasons = pd.Series("", index=frame.index, dtype=object)

    def flag(bad, reason: str) -> None:
        bad = np.asarray(bad, dtype=bool)
        reasons[bad & (reasons == "").to_numpy()] = reason

    for name, allowed in (
        ("event_type", vocabulary.EVENT_TYPES),
        ("verification", vocabulary.VERIFICATION),
    ):
        flag(
            _bad(frame[name], lambda v, a=allowed: v.isin(a)),
            f"'{name}' is not one of the schema's",
        )
    category = frame["weapon_category"].astype(object)  # empty is allowed: no weapon named
    flag(
        ~(category.isin(CATEGORIES) | category.isna()).to_numpy(),
        "'weapon_category' is not one of the schema's",
    )
    for name in INTEGER_COLUMNS:
        flag(~frame[name].isin(PRECISIONS), f"'{name}' is not one of {PRECISIONS}")
    for name, top in (
        *((n, MAX_COUNT) for n in ("fatalities", "injured", "launched", "destroyed")),
        ("span_start", MAX_OFFSET),
        ("span_end", MAX_OFFSET),
    ):
        values = pd.to_numeric(frame[name], errors="coerce").astype("Float64")
        flag(((values < 0) | (values > top)).fillna(False), f"'{name}' is out of 0 to {top:,}")
    flag(
        _bad(frame["event_date"], _is_day),
        f"'event_date' is not a date as YYYY-MM-DD from {EVENT_YEARS.start} to "
        f"{EVENT_YEARS.stop - 1}",
    )
    x, y = frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy()
    flag(~((np.abs(y) <= 90) & (np.abs(x) <= 180)), "coordinates are off the globe")
    flag(frame["place"].isna(), "'place' is empty")
    return reasons


def set_aside(frame: gpd.GeoDataFrame, known: Mapping[int, str] | None = None) -> gpd.GeoDataFrame:
    """``frame`` without the rows that break the schema, naming them in ``attrs["set_aside"]``.

    ``known`` maps row positions to reasons found before the frame was made (see
    :func:`mistyped`).
    """
    reasons = out_of_schema(frame) if len(frame) else pd.Series([], dtype=object)
    for position, reason in (known or {}).items():
        reasons.iloc[position] = reason
    bad = (reasons != "").to_numpy()
    if not bad.any():
        frame.attrs[ATTR] = []
        return frame
    ids = frame["event_id"].astype(object).to_numpy()[bad]
    lines = [
        f"{vocabulary.shortened(str(eid))}: {why}"
        for eid, why in zip(ids, reasons.to_numpy()[bad], strict=True)
    ]
    LOG.warning("%d stored events set aside: %s", len(lines), "; ".join(lines[:5]))
    kept = frame[~bad].copy()
    kept.attrs[ATTR] = lines
    return kept


def summary(frame: pd.DataFrame, limit: int = 3) -> str | None:
    """One line saying which stored events were set aside on reading, or None."""
    lines = frame.attrs.get(ATTR) or []
    if not lines:
        return None
    more = f" and {len(lines) - limit} more" if len(lines) > limit else ""
    return (
        f"{len(lines)} stored event{'s' if len(lines) != 1 else ''} not shown, their values "
        f"break the schema (edited outside Sitrep Map?): {'; '.join(lines[:limit])}{more}. "
        "They stay in the store unchanged; correct them there or save the event again."
    )
