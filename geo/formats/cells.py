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
    and such values left out of its ``extra`` columns (JSON). (A cell spelling "nan" is text.)
    JSON's ``Infinity`` and a number too large for a float are nothing too, and inside a list or
    object null: ``extra`` is kept as JSON any reader takes (a CSV's ``{"a": Infinity}`` was
    written as it came to every CSV and KML export, which a strict JSON reader refuses)."""
    out = {k: None if missing(v) else v for k, v in record.items()}
    if out.get("extra"):
        found: list[str] = []
        try:
            extra = json.loads(
                str(out["extra"]),
                parse_constant=lambda word: _nothing(word, found),  # NaN, Infinity, -Infinity
                parse_float=lambda text: _finite(text, found),
            )
        except (TypeError, ValueError, RecursionError):
            return out
        if found:  # (the mark written as null where the text went on: in a list or object)
            if isinstance(extra, dict):
                extra = {k: v for k, v in extra.items() if v is not _NOTHING}
            text = json.dumps(extra, ensure_ascii=False, default=lambda _mark: None)
            out["extra"] = None if extra in ({}, _NOTHING) else text
    return out


_NOTHING = object()  # a value JSON has no number for


def _nothing(word: str, found: list[str]) -> object:
    found.append(word)
    return _NOTHING


def _finite(text: str, found: list[str]) -> object:
    number = float(text)
    return _nothing(text, found) if math.isinf(number) else number


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
