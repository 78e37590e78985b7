"""The event record: schema, validation, stable ids and the join to places.

Events live in a GeoDataFrame (EPSG:4326, Point geometry) with one column per DESIGN.md property;
``source_span`` is kept as two integer columns (``span_start``, ``span_end``) so that every column
stays scalar and filters stay vectorised.
"""

from __future__ import annotations

import csv
import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from geo import weapons
from geo.gazetteer import Gazetteer, Place
from geo.paths import DATA_DIR, ROOT
from geo.vocabulary import EVENT_TYPES, VERIFICATION

PRECISIONS = (1, 2, 3)
# Largest figures an event may carry: no single event has killed or injured a million people, and
# a sentence's offsets lie in a report of at most a few MB; anything above is a typo or an attack.
MAX_COUNT = 1_000_000
MAX_OFFSET = 2**31 - 1

# Properties of an exported event, in DESIGN.md order (source_span rebuilt from the span columns).
PROPERTIES = (
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "weapon",
    "weapon_category",
    "actor",
    "place",
    "place_mention",
    "country",
    "admin1",
    "side_of_line",
    "geo_precision",
    "fatalities",
    "injured",
    "launched",
    "destroyed",
    "verification",
    "claimed_by",
    "source",
    "source_text",
    "source_span",
    "notes",
    "extra",
)
# Derived when events are loaded (from the context layers, see geo.sides), exported, never stored.
DERIVED = ("side_of_line",)
COLUMNS = tuple(p for p in PROPERTIES if p not in ("source_span", *DERIVED)) + (
    "span_start",
    "span_end",
)
INTEGER_COLUMNS = ("time_precision", "geo_precision")
COUNT_COLUMNS = ("fatalities", "injured", "launched", "destroyed", "span_start", "span_end")
TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in INTEGER_COLUMNS + COUNT_COLUMNS)
# Text columns with few distinct values: held as pandas categories in large frames (a store
# loaded from disk), so filters compare small integer codes and memory stays low.
LOW_CARDINALITY = (
    "event_date",
    "event_type",
    "weapon",
    "weapon_category",
    "actor",
    "place",
    "country",
    "admin1",
    "verification",
    "claimed_by",
    "source",
)

REFERENCE_EVENTS = DATA_DIR / "reference_events.csv"
REPORTS_DIRS = (DATA_DIR / "reports", ROOT.parent / "shared" / "reports")


_SURROGATE = re.compile("[\ud800-\udfff]")


class EventError(ValueError):
    """An event record that breaks the schema; the message names the field."""


def event_id(source: str, event_type: str, place: str, event_date: str, weapon: str | None) -> str:
    """Stable id: the same report, type, place, date and weapon always give the same id."""
    key = "|".join([source, event_type, place, event_date, weapon or ""]).casefold()
    return "sm-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def validate(record: dict) -> dict:
    """Check one record against the schema and return it normalised.

    Raises
    ------
    EventError
        Naming the field, the allowed values and what came in.
    """
    r = dict(record)
    _one_of(r, "event_type", EVENT_TYPES)
    _one_of(r, "verification", VERIFICATION)
    for name in INTEGER_COLUMNS:
        try:
            r[name] = int(r.get(name))  # type: ignore[arg-type]  # None is refused below
        except (TypeError, ValueError, OverflowError):
            pass  # _one_of names the value as it came
        _one_of(r, name, PRECISIONS)
    try:
        date.fromisoformat(str(r.get("event_date")))
    except ValueError:
        raise EventError(
            f"'event_date' should be a date as YYYY-MM-DD, got {r.get('event_date')!r} instead"
        ) from None
    if r.get("weapon_category") not in (None, "", *weapons.CATEGORIES):
        raise EventError(
            f"'weapon_category' should be one of {', '.join(weapons.CATEGORIES)} or empty, "
            f"got {r.get('weapon_category')!r} instead"
        )
    for name in ("fatalities", "injured", "launched", "destroyed"):
        r[name] = _whole(r.get(name), name, MAX_COUNT)
    r["span_start"] = _whole(r.get("span_start"), "span_start", MAX_OFFSET)
    r["span_end"] = _whole(r.get("span_end"), "span_end", MAX_OFFSET)
    if (r["span_start"] is None) != (r["span_end"] is None) or (
        r["span_start"] is not None and r["span_start"] > r["span_end"]
    ):
        raise EventError(
            f"'source_span' should be two offsets, start before end, got "
            f"{r['span_start']!r}, {r['span_end']!r} instead"
        )
    for name in ("lat", "lon"):
        if not isinstance(r.get(name), int | float) or np.isnan(r[name]):
            raise EventError(f"'{name}' should be a number, got {r.get(name)!r} instead")
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180):
        raise EventError(f"coordinates out of range: lat {r['lat']}, lon {r['lon']}")
    for name in TEXT_COLUMNS:
        value = r.get(name)
        r[name] = None if value is None or value == "" else str(value)
        if r[name] is not None and _SURROGATE.search(r[name]):
            raise EventError(f"'{name}' holds a lone surrogate code point, which is not text")
    if not r.get("place"):
        raise EventError("'place' should name the place, got nothing instead")
    if not r.get("event_id"):
        r["event_id"] = event_id(
            r.get("source") or "", r["event_type"], r["place"], r["event_date"], r.get("weapon")
        )
    return r


def _whole(value, name: str, top: int) -> int | None:
    """A whole number from 0 to ``top``, or None for empty; EventError naming the field else."""
    if value is None or value == "" or (isinstance(value, float) and np.isnan(value)):
        return None
    if value is pd.NA:
        return None
    try:
        number = int(value)
        if number != value and not isinstance(value, str):
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise EventError(
            f"'{name}' should be a whole number or empty, got {str(value)[:40]!r} instead"
        ) from None
    if number < 0:
        raise EventError(f"'{name}' should not be negative, got {value!r} instead")
    if number > top:
        raise EventError(f"'{name}' should be at most {top:,}, got {number:,} instead")
    return number


def _one_of(r: dict, name: str, allowed: Sequence) -> None:
    if r.get(name) not in allowed:
        shown = ", ".join(str(a) for a in allowed)
        raise EventError(f"'{name}' should be one of {shown}, got {r.get(name)!r} instead")


def to_frame(records: Iterable[dict]) -> gpd.GeoDataFrame:
    """Validated records as a GeoDataFrame in EPSG:4326 with the schema's columns."""
    rows = [validate(r) for r in records]
    frame = pd.DataFrame(rows, columns=[*COLUMNS, "lat", "lon"])
    return _typed(frame)


def from_columns(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """A frame that already holds valid values in the schema's columns (plus ``lat``/``lon``),
    typed as :func:`to_frame` types it, without checking each record (bulk data made by code)."""
    return _typed(frame[[*COLUMNS, "lat", "lon"]].copy())


def concat(frames: Sequence[gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """Event frames one after the other, keeping category columns categories (pandas would turn
    a category and an object column, or two categories with different values, into objects)."""
    frames = [f for f in frames if len(f)] or list(frames[:1])
    if len(frames) == 1:
        return frames[0]
    aligned = [f.copy() for f in frames]
    for name in LOW_CARDINALITY:
        if not any(isinstance(f[name].dtype, pd.CategoricalDtype) for f in aligned):
            continue
        values = pd.Index([]).append(
            [
                f[name].cat.categories
                if isinstance(f[name].dtype, pd.CategoricalDtype)
                else pd.Index(f[name].dropna().unique())
                for f in aligned
            ]
        )
        categories = values.unique()
        for f in aligned:
            if isinstance(f[name].dtype, pd.CategoricalDtype):
                f[name] = f[name].cat.set_categories(categories)
            else:
                f[name] = pd.Categorical(f[name], categories=categories)
    out = pd.concat(aligned, ignore_index=True)
    return gpd.GeoDataFrame(out, geometry="geometry", crs="EPSG:4326")


def empty_frame() -> gpd.GeoDataFrame:
    return _typed(pd.DataFrame(columns=[*COLUMNS, "lat", "lon"]))


def _typed(frame: pd.DataFrame) -> gpd.GeoDataFrame:
    """The schema's columns typed (text as objects with None for missing, precisions as int8,
    counts as nullable Int64) and the points made from ``lat``/``lon``, in one new frame: built
    from arrays at once, since a column set at a time costs milliseconds each in pandas, which
    every small save (a pasted report, an ingestion batch) paid."""
    columns: dict[str, object] = {}
    for name in COLUMNS:
        column = frame[name]
        if name in INTEGER_COLUMNS:
            columns[name] = column.to_numpy(dtype="int8")
        elif name in COUNT_COLUMNS:
            columns[name] = column.astype("Int64").array
        else:  # kept as objects: a frame made from arrays would infer pandas' str dtype
            values = column.to_numpy(dtype=object, na_value=None)  # type: ignore[call-overload]  # None is valid here
            columns[name] = pd.Series(values, index=frame.index, dtype=object, copy=False)
    # shapely takes x, y: longitude first.
    geometry = gpd.points_from_xy(frame["lon"].astype(float), frame["lat"].astype(float), crs=4326)
    typed = pd.DataFrame(columns, index=frame.index)
    return gpd.GeoDataFrame(typed, geometry=geometry, crs="EPSG:4326")


# --------------------------------------------------------------------------------------------
# Reference records: written by hand from a report's facts, places resolved by the gazetteer


@dataclass(frozen=True, slots=True)
class PlaceRef:
    """How a hand-written record names its place: words, country and feature to pick."""

    query: str
    country: str = ""
    feature: str = ""


def resolve_place(gazetteer: Gazetteer, ref: PlaceRef) -> Place:
    """The most populous gazetteer entry that fits ``ref`` (raises EventError if none)."""
    hits = [
        p
        for p, _ in gazetteer.lookup(ref.query)
        if (not ref.country or p.country == ref.country)
        and (not ref.feature or p.feature == ref.feature)
    ]
    if not hits:
        raise EventError(
            f"place {ref.query!r} ({ref.country or 'any country'}, {ref.feature or 'any feature'}) "
            "is not in the gazetteer"
        )
    return max(hits, key=lambda p: p.population)


def find_sentence(text: str, anchor: str) -> tuple[str, int, int] | None:
    """The sentence of ``text`` that contains ``anchor``, with its offsets."""
    at = text.find(anchor)
    if at < 0:
        return None
    starts = [m.end() for m in re.finditer(r"(?<=[.!?])\s+|\n", text[:at])]
    start = starts[-1] if starts else 0
    m = re.search(r"[.!?](?=\s|$)|\n", text[at + len(anchor) :])
    end = at + len(anchor) + (m.end() if m else len(text) - at - len(anchor))
    return text[start:end].strip(), start, start + len(text[start:end].rstrip())


def report_text(source: str) -> str | None:
    """Text of a report by file name, from ``data/reports`` or the shared reports folder."""
    for folder in REPORTS_DIRS:
        path = folder / source
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return None


def load_reference(gazetteer: Gazetteer, path: Path = REFERENCE_EVENTS) -> gpd.GeoDataFrame:
    """The hand-written event records of the reference report, joined to their places.

    Each row names its place (words, country, feature), never coordinates: the gazetteer gives
    the point, country and region. The sentence each event comes from is looked up in the
    report by a short anchor, when the report is at hand.
    """
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(r for r in f if not r.startswith("#")))
    texts: dict[str, str | None] = {}
    records = []
    for row in rows:
        place = resolve_place(
            gazetteer,
            PlaceRef(row.pop("place_query"), row.pop("place_country"), row.pop("place_feature")),
        )
        anchor = row.pop("source_anchor")
        source = row["source"]
        if source not in texts:
            texts[source] = report_text(source)
        text = texts[source]
        found = find_sentence(text, anchor) if text and anchor else None
        record = {
            **row,
            "place": place.name,
            "country": place.country,
            "admin1": place.admin1,
            "lat": place.lat,
            "lon": place.lon,
            "source_text": found[0] if found else None,
            "span_start": found[1] if found else None,
            "span_end": found[2] if found else None,
        }
        records.append(record)
    return to_frame(records)
