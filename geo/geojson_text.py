"""Events as RFC 7946 GeoJSON bytes from plain columns (no pandas): the one writer behind the
export of a frame (:func:`geo.export.to_geojson_bytes`) and of freshly extracted records (the
command line's ``extract``, which so loads no frame library).

WGS84 lon/lat, at most 6 decimals (about 0.1 m), no ``crs`` member, every schema property in
DESIGN.md order.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import orjson

from geo.records import PROPERTIES
from geo.textio import json_value


def extra_object(value):
    """Properties kept from an imported file (JSON text) as an object; bad JSON stays text."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return json_value(value)
    except ValueError:
        return value


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """Building 100,000 small dicts triggers the cycle collector dozens of times for nothing
    (they hold no cycles): pause it, always switching it back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def feature_collection(xs: Sequence[float], ys: Sequence[float], columns: dict[str, list]) -> bytes:
    """A FeatureCollection: one Point per (x, y) with the schema's columns as its properties.

    ``columns`` holds one list of Python values per column present (None for empty), including
    ``span_start``/``span_end`` (written as ``source_span``) and ``extra`` as JSON text; columns
    absent are written as null.
    """
    n = len(xs)
    values = []
    for name in PROPERTIES:
        if name == "source_span":
            starts = columns.get("span_start") or [None] * n
            ends = columns.get("span_end") or [None] * n
            values.append(
                [
                    None if a is None or b is None else [a, b]
                    for a, b in zip(starts, ends, strict=True)
                ]
            )
        elif name == "extra" and name in columns:
            values.append([extra_object(v) for v in columns[name]])
        else:
            values.append(columns.get(name) or [None] * n)
    with no_gc_pauses():
        features = [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [x, y]},
                "properties": dict(zip(PROPERTIES, row, strict=True)),
            }
            for x, y, *row in zip(xs, ys, *values, strict=True)
        ]
    return orjson.dumps({"type": "FeatureCollection", "features": features})


def records_geojson(records: Sequence[dict]) -> bytes:
    """Validated records (:func:`geo.records.validate`) as GeoJSON, the same bytes as the export
    of the frame made from them."""
    names = {name for r in records for name in r}
    columns = {name: [r.get(name) for r in records] for name in names}
    xs = [round(float(r["lon"]), 6) for r in records]
    ys = [round(float(r["lat"]), 6) for r in records]
    return feature_collection(xs, ys, columns)
