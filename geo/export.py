"""Export events as RFC 7946 GeoJSON: WGS84 lon/lat, no ``crs`` member, every schema property."""

from __future__ import annotations

import json
import math
from pathlib import Path

import geopandas as gpd
import numpy as np

from geo.events import PROPERTIES


def _clean(value):
    if value is None or value is np.nan:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if value is getattr(np, "NA", object()) or str(value) == "<NA>":
        return None
    return value


def to_feature_collection(frame: gpd.GeoDataFrame) -> dict:
    """Events as a GeoJSON FeatureCollection (a dict ready for ``json.dumps``)."""
    xs, ys = frame.geometry.x.to_numpy(), frame.geometry.y.to_numpy()
    columns = {name: frame[name].tolist() for name in PROPERTIES if name in frame}
    starts, ends = frame["span_start"].tolist(), frame["span_end"].tolist()
    features = []
    for i in range(len(frame)):
        props = {name: _clean(columns[name][i]) for name in PROPERTIES if name in columns}
        start, end = _clean(starts[i]), _clean(ends[i])
        props["source_span"] = [start, end] if start is not None and end is not None else None
        props = {name: props.get(name) for name in PROPERTIES}
        features.append(
            {
                "type": "Feature",
                # RFC 7946: longitude first, at most 6 decimals (~0.1 m)
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(float(xs[i]), 6), round(float(ys[i]), 6)],
                },
                "properties": props,
            }
        )
    return {"type": "FeatureCollection", "features": features}


def to_geojson(frame: gpd.GeoDataFrame) -> str:
    """Events as GeoJSON text (UTF-8, non-ASCII kept)."""
    return json.dumps(to_feature_collection(frame), ensure_ascii=False)


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> Path:
    """Write GeoJSON to ``path`` through a temporary file, so a failed write leaves nothing."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(to_geojson(frame), encoding="utf-8")
    tmp.replace(path)
    return path
