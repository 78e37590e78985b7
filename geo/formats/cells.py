"""Cell values shared by the writers: what counts as an empty cell, what a format cannot hold."""

from __future__ import annotations

import math
from collections.abc import Iterable

import pandas as pd


def missing(value) -> bool:
    """True for an empty cell (None, pandas' NA, NaN); the text "None" or "nan" is text."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


class ExportError(ValueError):
    """Events that the chosen format cannot hold; the message is one line for the user."""


def refuse_nul(frame: pd.DataFrame, what: str) -> None:
    """ExportError when a text cell holds a NUL character, which ``what`` would cut short."""
    for name in frame.columns:
        column = frame[name]
        values: Iterable[object]
        if isinstance(column.dtype, pd.CategoricalDtype):
            values = column.cat.categories
        elif column.dtype == object and name != "geometry":
            values = column.dropna()
        else:
            continue
        hit = next((v for v in values if isinstance(v, str) and "\0" in v), None)
        if hit is not None:
            raise ExportError(
                f"'{name}' holds a NUL character ({hit[:30]!r}), which a {what} cannot hold: "
                "export GeoJSON, which keeps every character"
            )
