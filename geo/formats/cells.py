"""Cell values shared by the writers: what counts as an empty cell, what a format cannot hold."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable

import pandas as pd


def missing(value) -> bool:
    """True for an empty cell (None, pandas' NA, NaN); the text "None" or "nan" is text."""
    if value is None or value is pd.NA:
        return True
    return isinstance(value, float) and math.isnan(value)


def emptied(record: dict) -> dict:
    """An imported record with every field that holds nothing (:func:`missing`: a NaN a reader
    made of an empty cell, JSON's ``NaN``) set to None, never written as the text "nan" later,
    and such values left out of its ``extra`` columns (JSON). (A cell spelling "nan" is text.)"""
    out = {k: None if missing(v) else v for k, v in record.items()}
    if out.get("extra"):
        try:
            extra = json.loads(str(out["extra"]))
        except (TypeError, ValueError):
            return out
        if isinstance(extra, dict) and any(missing(v) for v in extra.values()):
            kept = {k: v for k, v in extra.items() if not missing(v)}
            out["extra"] = json.dumps(kept, ensure_ascii=False) if kept else None
    return out


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
