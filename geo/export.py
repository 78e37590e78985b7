"""Export events: RFC 7946 GeoJSON, ACLED-compatible CSV, GeoPackage, KML (and GeoParquet, from
:mod:`geo.formats.geoparquet`); which formats exist is :mod:`geo.formats.table`'s business.

GeoJSON: WGS84 lon/lat, no ``crs`` member, every schema property. Writers go through a temporary
file, so a failed export leaves nothing half-written.
"""

from __future__ import annotations

import gc
import json
import os
import shutil
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import numpy as np
import orjson
import pandas as pd

from geo.events import PROPERTIES
from geo.formats.cells import ExportError as ExportError
from geo.formats.cells import refuse_nul
from geo.formats.table import BY_NAME, WRITABLE


def _values(column: pd.Series) -> list:
    """A column as Python values, None for empty; a category column maps its codes (no Python
    object is made per event before this list)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        names = np.asarray(column.cat.categories.astype(str), dtype=object)
        table = np.concatenate([names, np.array([None], dtype=object)])
        return table[column.cat.codes.to_numpy()].tolist()
    if isinstance(column.dtype, pd.api.extensions.ExtensionDtype) or column.dtype == object:
        return column.astype(object).where(column.notna(), None).tolist()
    return column.tolist()


def _extra(value):
    """Properties kept from an imported file (JSON text) as an object; bad JSON stays text."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


@contextmanager
def _no_gc_pauses():
    """Building 100,000 small dicts triggers the cycle collector dozens of times for nothing
    (they hold no cycles): pause it, always switching it back on."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def to_geojson_bytes(frame: gpd.GeoDataFrame) -> bytes:
    """Events as RFC 7946 GeoJSON, UTF-8 bytes, every DESIGN.md property.

    Columns become Python lists once (categories through their codes), the features are dicts
    zipped from them, and orjson writes the text: 100,000 events in about 0.6 s.
    """
    columns = []
    for name in PROPERTIES:
        if name == "source_span":
            starts, ends = _values(frame["span_start"]), _values(frame["span_end"])
            columns.append(
                [
                    None if a is None or b is None else [a, b]
                    for a, b in zip(starts, ends, strict=True)
                ]
            )
        elif name == "extra":
            columns.append(
                [_extra(v) for v in _values(frame[name])] if name in frame else [None] * len(frame)
            )
        elif name in frame:
            columns.append(_values(frame[name]))
        else:
            columns.append([None] * len(frame))
    # RFC 7946: longitude first, at most 6 decimals (~0.1 m)
    xs = np.round(frame.geometry.x.to_numpy(), 6).tolist()
    ys = np.round(frame.geometry.y.to_numpy(), 6).tolist()
    with _no_gc_pauses():
        features = [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [x, y]},
                "properties": dict(zip(PROPERTIES, values, strict=True)),
            }
            for x, y, *values in zip(xs, ys, *columns, strict=True)
        ]
    return orjson.dumps({"type": "FeatureCollection", "features": features})


def to_geojson(frame: gpd.GeoDataFrame) -> str:
    """Events as GeoJSON text (see :func:`to_geojson_bytes`)."""
    return to_geojson_bytes(frame).decode("utf-8")


def to_feature_collection(frame: gpd.GeoDataFrame) -> dict:
    """Events as a GeoJSON FeatureCollection (a dict ready for ``json.dumps``)."""
    return json.loads(to_geojson(frame))


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> Path:
    """Write GeoJSON to ``path`` through a temporary file, so a failed write leaves nothing."""
    return write_atomic(path, to_geojson_bytes(frame))


EXPORT_FORMATS = WRITABLE  # from the one table of formats (geo.formats.table)
MEDIA_TYPES = {name: BY_NAME[name].media_type for name in WRITABLE}


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
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "events.gpkg"
        write_gpkg(frame, path)
        return path.read_bytes()


def write_gpkg(frame: gpd.GeoDataFrame, path: Path) -> Path:
    """A GeoPackage with one layer ``events`` (source_span as span_start/span_end columns),
    written in a fresh private folder next to ``path`` and renamed over it."""
    path = Path(path)
    refuse_nul(frame, "GeoPackage")
    with _private_folder(path) as folder:
        tmp = folder / "events.gpkg"
        frame.to_file(tmp, layer="events", driver="GPKG", engine="pyogrio")
        if _special(path):
            write_atomic(path, tmp.read_bytes())
        else:
            tmp.replace(path)
    return path


def _special(path: Path) -> bool:
    """Whether ``path`` is a device or a pipe ("/dev/null", "/dev/stdout", a FIFO): renaming a
    file over it would replace it (and, run as root, break /dev/null for the whole machine)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISBLK(mode)


def export_bytes(frame: gpd.GeoDataFrame, fmt: str, country_codes: dict | None = None) -> bytes:
    """Events in one of :data:`EXPORT_FORMATS`, as the bytes of a file."""
    if fmt not in BY_NAME or BY_NAME[fmt].writer is None:
        raise ValueError(f"'fmt' should be one of {', '.join(EXPORT_FORMATS)}, got {fmt!r} instead")
    return BY_NAME[fmt].write()(frame, country_codes or {})


# Writers of the table: (frame, country_codes) -> bytes.


def geojson_bytes(frame: gpd.GeoDataFrame, country_codes: dict) -> bytes:
    return to_geojson_bytes(frame)


def csv_bytes(frame: gpd.GeoDataFrame, country_codes: dict) -> bytes:
    return to_csv(frame, country_codes).encode("utf-8")


def kml_bytes(frame: gpd.GeoDataFrame, country_codes: dict) -> bytes:
    return to_kml(frame).encode("utf-8")


def gpkg_bytes(frame: gpd.GeoDataFrame, country_codes: dict) -> bytes:
    return to_gpkg_bytes(frame)


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` through a temporary file renamed over it, so a
    failed write leaves nothing, not even the temporary. The temporary is created exclusively
    (``O_EXCL``, a random name) next to the target: a file or link planted there is never
    followed or overwritten. The file gets the mode a new file gets (0644 under the usual umask),
    not the temporary's 0600."""
    path = Path(path)
    if _special(path):
        with open(path, "wb") as f:  # "-o /dev/null", a pipe: written through, never replaced
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        return path
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return path


def _umask() -> int:
    """The process's umask (read by setting it and putting it back: Python has no getter)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return mask


@contextmanager
def _private_folder(path: Path):
    """A new folder (mode 0700, random name) next to ``path``, removed with what is left in it."""
    folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
