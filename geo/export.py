"""Export events: RFC 7946 GeoJSON, ACLED-compatible CSV, GeoPackage and KML.

GeoJSON: WGS84 lon/lat, no ``crs`` member, every schema property. Writers go through a temporary
file, so a failed export leaves nothing half-written.
"""

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
        if props.get("extra"):
            props["extra"] = json.loads(props["extra"])  # properties kept from an imported file
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
    return _atomic_text(Path(path), to_geojson(frame))


EXPORT_FORMATS = ("geojson", "csv", "gpkg", "kml")
MEDIA_TYPES = {
    "geojson": "application/geo+json",
    "csv": "text/csv",
    "gpkg": "application/geopackage+sqlite3",
    "kml": "application/vnd.google-earth.kml+xml",
}


def to_csv(frame: gpd.GeoDataFrame, country_codes: dict[str, tuple[str, int]]) -> str:
    """ACLED-compatible CSV (see :mod:`geo.formats.sitrep_csv`)."""
    from geo.formats.sitrep_csv import to_csv as write

    return write(frame, country_codes)


def to_kml(frame: gpd.GeoDataFrame) -> str:
    """KML styled by weapon category (see :mod:`geo.formats.kml`)."""
    from geo.formats.kml import to_kml as write

    return write(frame)


def to_gpkg_bytes(frame: gpd.GeoDataFrame) -> bytes:
    """A GeoPackage file (layer ``events``) as bytes, for downloads."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.gpkg"
        write_gpkg(frame, path)
        return path.read_bytes()


def write_gpkg(frame: gpd.GeoDataFrame, path: Path) -> Path:
    """A GeoPackage with one layer ``events`` (source_span as span_start/span_end columns)."""
    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp.gpkg")
    tmp.unlink(missing_ok=True)
    try:
        frame.to_file(tmp, layer="events", driver="GPKG", engine="pyogrio")
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def export_bytes(frame: gpd.GeoDataFrame, fmt: str, country_codes: dict | None = None) -> bytes:
    """Events in one of :data:`EXPORT_FORMATS`, as the bytes of a file."""
    if fmt == "geojson":
        return to_geojson(frame).encode("utf-8")
    if fmt == "csv":
        return to_csv(frame, country_codes or {}).encode("utf-8")
    if fmt == "kml":
        return to_kml(frame).encode("utf-8")
    if fmt == "gpkg":
        return to_gpkg_bytes(frame)
    raise ValueError(f"'fmt' should be one of {', '.join(EXPORT_FORMATS)}, got {fmt!r} instead")


def _atomic_text(path: Path, text: str) -> Path:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path
