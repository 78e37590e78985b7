"""How precise an event's place and date are: the 1-3 scales of DESIGN.md, by name.

The numbers are what the store, the formats (ACLED and UCDP share the scale) and the map's
payload carry; code says ``GeoPrecision.REGION``, never ``3``. The map's script gets the names
and the words from :func:`script_table`.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # (the command line's extract reads the scales without a frame library)
    import pandas as pd


class _Scale(IntEnum):
    """A 1-3 scale whose values have words."""

    @property
    def words(self) -> str:
        """How the popup and the tables say it."""
        return _WORDS[type(self).__name__][self.name]


class GeoPrecision(_Scale):
    """Where: the place itself, near it (within about 8 km, or the radius an offset allows), or somewhere in its region."""

    PLACE = 1
    NEAR = 2
    REGION = 3


class TimePrecision(_Scale):
    """When: the day itself, that week, or that month."""

    DAY = 1
    WEEK = 2
    MONTH = 3


_WORDS = {
    "GeoPrecision": {
        "PLACE": "the place itself",
        "NEAR": "near it",
        "REGION": "somewhere in the region",
    },
    "TimePrecision": {"DAY": "the day itself", "WEEK": "that week", "MONTH": "that month"},
}

# The record's precisions by field: numbers in the store, words in the review and the history.
PRECISION_SCALES = {"time_precision": TimePrecision, "geo_precision": GeoPrecision}

# What follows an event's day where it is shown (the popup, the Map page's table): nothing for
# the day itself, " (week)" or " (month)" for a day that stands for its week or month.
DATE_SUFFIX = {
    int(p): "" if p is TimePrecision.DAY else f" ({p.name.lower()})" for p in TimePrecision
}


def date_suffix(precision: object) -> str:
    """What follows a day of ``precision`` (1-3, as any number type): "", " (week)", " (month)";
    "" for anything else (missing, not a number)."""
    try:
        return DATE_SUFFIX.get(int(precision), "")  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return ""


def shown_dates(days: pd.Series, precisions: pd.Series) -> pd.Series:
    """Each event's day as the popup shows it: "2026-11-26", "2026-11-26 (week)" for a day that
    stands for its week (a weekly bulletin's rows, UCDP's week-precise rows), "(month)" for its
    month; a missing day stays missing (an empty cell, never a bare " (week)").

    Parameters
    ----------
    days : Series
        ``event_date`` values (ISO days).
    precisions : Series
        ``time_precision`` values (1-3; anything else reads as the day itself).

    Returns
    -------
    Series
        The days with their suffixes, on ``days``' index.
    """
    import pandas as pd

    level = pd.to_numeric(precisions, errors="coerce").to_numpy()
    shown = [
        None if pd.isna(day) else f"{day}{date_suffix(v)}"
        for day, v in zip(days.to_numpy(dtype=object), level, strict=True)
    ]
    return pd.Series(shown, index=days.index, dtype=object)


def wider_than_region(frame: pd.DataFrame) -> np.ndarray:
    """Which events are placed only at something wider than one first-level region: region-level
    with no region named (a whole country, as UCDP's "Ukraine" rows, or an area across regions,
    "Donets Basin Area"). Their point is a centre, not a place: the density views (hexagons,
    regions) leave them out rather than count them where that centre falls, and the popup says
    "somewhere in" the place they name.

    Returns
    -------
    ndarray
        One bool per row of ``frame`` (``geo_precision`` and ``admin1`` columns; a frame without
        ``admin1`` names no region, so each of its region-level events is wider).
    """
    import pandas as pd

    if not len(frame):
        return np.zeros(0, dtype=bool)
    level = pd.to_numeric(frame["geo_precision"], errors="coerce").fillna(0).to_numpy(np.int64)
    named: np.ndarray = np.zeros(len(frame), dtype=bool)
    if "admin1" in frame:
        names = frame["admin1"].astype("string").str.strip().fillna("")
        named = (names != "").to_numpy(dtype=bool)
    return (level == GeoPrecision.REGION) & ~named


def script_table() -> dict[str, dict]:
    """The scales for the map's script: names to numbers, and numbers to words.

    Returns
    -------
    dict
        ``geo_precision`` (``{"PLACE": 1, ...}``), ``geo_precision_words`` (``{1: "the place
        itself", ...}``) and ``time_precision_suffix`` (``{1: "", 2: " (week)", 3: " (month)"}``,
        what the popup puts after the date).
    """
    return {
        "geo_precision": {p.name: int(p) for p in GeoPrecision},
        "geo_precision_words": {int(p): p.words for p in GeoPrecision},
        "time_precision_suffix": DATE_SUFFIX,
    }
