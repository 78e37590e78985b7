"""Export events: RFC 7946 GeoJSON, ACLED-compatible CSV, GeoPackage, KML (and GeoParquet, from
:mod:`geo.formats.geoparquet`); which formats exist is :mod:`geo.formats.table`'s business.

GeoJSON: WGS84 lon/lat, no ``crs`` member, every schema property. Writers go through a temporary
file, so a failed export leaves nothing half-written.
"""

from __future__ import annotations

import codecs
import json
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd

from geo.formats.cells import ExportError as ExportError
from geo.formats.cells import refuse_nul
from geo.formats.table import BY_NAME, WRITABLE
from geo.geojson_text import feature_collection
from geo.output import is_device, write_atomic
from geo.records import PROPERTIES


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


def to_geojson_bytes(frame: gpd.GeoDataFrame) -> bytes:
    """Events as RFC 7946 GeoJSON, UTF-8 bytes, every DESIGN.md property.

    Columns become Python lists once (categories through their codes), the features are dicts
    zipped from them, and orjson writes the text: 100,000 events in about 0.6 s.
    """
    wanted = (*PROPERTIES, "span_start", "span_end")
    columns = {name: _values(frame[name]) for name in wanted if name in frame}
    # RFC 7946: longitude first, at most 6 decimals (~0.1 m)
    xs = np.round(frame.geometry.x.to_numpy(), 6).tolist()
    ys = np.round(frame.geometry.y.to_numpy(), 6).tolist()
    return feature_collection(xs, ys, columns)


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


_GPKG_OPTIONS = {"VERSION": "1.3"}


def write_gpkg(frame: gpd.GeoDataFrame, path: Path) -> Path:
    """A GeoPackage with one layer ``events`` (source_span as span_start/span_end columns),
    written in a fresh private folder next to ``path`` and renamed over it."""
    path = Path(path)
    refuse_nul(frame, "GeoPackage")
    with _private_folder(path) as folder:
        tmp = folder / "events.gpkg"
        # GeoPackage 1.3, not GDAL 3.12's default 1.4: the GDAL of Debian 12 and of the QGIS
        # built on it (3.6) opens a 1.4 file with "may only be partially supported" (newuser36)
        # the day as a GeoPackage DATE, which QGIS, GDAL and geopandas read as a date (it was
        # TEXT: a string in each; newuser38); written through Arrow, whose date32 GDAL takes
        frame.pipe(_dated).to_file(
            tmp,
            layer="events",
            driver="GPKG",
            engine="pyogrio",
            use_arrow=True,
            dataset_options=_GPKG_OPTIONS,
        )
        if is_device(path):
            write_atomic(path, tmp.read_bytes())
        else:
            tmp.replace(path)
    return path


def _dated(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """``frame`` with ``event_date`` as days (``datetime.date``, empty for none), not text."""
    if "event_date" not in frame:
        return frame
    days = pd.to_datetime(frame["event_date"], format="%Y-%m-%d", errors="coerce").dt.date
    return frame.assign(event_date=days.astype(object).where(days.notna(), None))


def export_bytes(frame: gpd.GeoDataFrame, fmt: str, country_codes: dict | None = None) -> bytes:
    """Events in one of :data:`EXPORT_FORMATS`, as the bytes of a file; an event somewhere in a
    region written as the map draws it ("Kharkiv region" at the region's point, not at the city:
    :mod:`geo.formats.region_rows`), every region field spelled as the map spells it ("Odesa"),
    every other place named as the pages name it ("Kupiansk", not GeoNames' "Kupyansk":
    :func:`geo.event_names.with_shown_places`)."""
    from geo.event_names import with_shown_places
    from geo.formats.region_rows import as_drawn, spelled_regions

    if fmt not in BY_NAME or BY_NAME[fmt].writer is None:
        raise ValueError(f"'fmt' should be one of {', '.join(EXPORT_FORMATS)}, got {fmt!r} instead")
    shown = with_shown_places(as_drawn(frame))
    return BY_NAME[fmt].write()(spelled_regions(shown), country_codes or {})


def file_bytes(frame: gpd.GeoDataFrame, fmt: str, country_codes: dict | None = None) -> bytes:
    """:func:`export_bytes` for a file a person opens (the Map page's download, ``geo export -o
    FILE``): a CSV starts with UTF-8's byte order mark, which Excel needs to read it as UTF-8. A
    double-click read it in the machine's code page: "Kyivs’kyi" as "Kyivsâ€™kyi", Cyrillic
    as "Ð—Ð°Ð¿Ð¾..." (newuser39). GDAL, QGIS, pandas' ``utf-8-sig`` and our import skip it; a
    pipe gets :func:`export_bytes` as they are."""
    data = export_bytes(frame, fmt, country_codes)
    return codecs.BOM_UTF8 + data if fmt == "csv" else data


# Writers of the table: (frame, country_codes) -> bytes.


def geojson_bytes(frame: gpd.GeoDataFrame, country_codes: dict) -> bytes:
    return to_geojson_bytes(frame)


def csv_bytes(frame: gpd.GeoDataFrame, country_codes: dict) -> bytes:
    return to_csv(frame, country_codes).encode("utf-8")


def kml_bytes(frame: gpd.GeoDataFrame, country_codes: dict) -> bytes:
    return to_kml(frame).encode("utf-8")


def gpkg_bytes(frame: gpd.GeoDataFrame, country_codes: dict) -> bytes:
    return to_gpkg_bytes(frame)


@contextmanager
def _private_folder(path: Path):
    """A new folder (mode 0700, random name) next to ``path``, removed with what is left in it."""
    folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
