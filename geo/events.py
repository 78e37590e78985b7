"""Events as frames: validated records (:mod:`geo.records`) typed into a GeoDataFrame, and the
join to places.

Events live in a GeoDataFrame (EPSG:4326, Point geometry) with one column per DESIGN.md property;
``source_span`` is kept as two integer columns (``span_start``, ``span_end``) so that every column
stays scalar and filters stay vectorised.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo.gazetteer import Gazetteer, Place
from geo.paths import DATA_DIR, ROOT
from geo.records import COLUMNS, COUNT_COLUMNS, INTEGER_COLUMNS, EventError, validate

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
