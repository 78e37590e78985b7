"""The one table of file formats: name, suffixes, media type, reader, writer.

The command line, the pages and :mod:`geo.export` all read this table; adding a format is one
entry here (and its reader or writer function). Readers and writers are named as
``"module:function"`` and imported when first used, so that reading the table costs nothing.

A reader takes ``(data: bytes, name: str, gazetteer)`` and returns an
:class:`~geo.formats.ImportResult`; a writer takes ``(frame, country_codes)`` and returns bytes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath


@dataclass(frozen=True, slots=True)
class Format:
    """One file format Sitrep Map reads, writes, or both."""

    name: str
    label: str
    suffixes: tuple[str, ...]
    media_type: str
    reader: str | None = None  # "module:function"
    writer: str | None = None
    binary: bool = False  # bytes a terminal should not show (GeoPackage, Parquet)
    streams: bool = True  # False: written only to a file (SQLite needs to seek: GeoPackage)

    def read(self) -> Callable:
        """The reader function (ValueError when the format is write-only)."""
        return _function(self.reader, f"{self.name} cannot be imported")

    def write(self) -> Callable:
        """The writer function (ValueError when the format is read-only)."""
        return _function(self.writer, f"{self.name} cannot be exported")


def _function(spec: str | None, missing: str) -> Callable:
    if spec is None:
        raise ValueError(missing)
    module, name = spec.split(":")
    return getattr(importlib.import_module(module), name)


TABLE = (
    Format(
        "geojson",
        "GeoJSON (RFC 7946)",
        (".geojson", ".json"),
        "application/geo+json",
        "geo.formats.geojson:read",
        "geo.export:geojson_bytes",
    ),
    Format(
        "csv",
        "CSV (ACLED columns)",
        (".csv",),
        "text/csv",
        "geo.formats.sitrep_csv:read",
        "geo.export:csv_bytes",
    ),
    Format(
        "gpkg",
        "GeoPackage",
        (".gpkg",),
        "application/geopackage+sqlite3",
        "geo.formats.gpkg:read",
        "geo.export:gpkg_bytes",
        binary=True,
        streams=False,
    ),
    Format(
        "kml",
        "KML (Google Earth)",
        (".kml",),
        "application/vnd.google-earth.kml+xml",
        "geo.formats.kml:read",
        "geo.export:kml_bytes",
    ),
    Format(
        "parquet",
        "GeoParquet",
        (".parquet", ".geoparquet"),
        "application/vnd.apache.parquet",
        "geo.formats.geoparquet:read",
        "geo.formats.geoparquet:to_bytes",
        binary=True,
    ),
    Format("acled", "ACLED CSV export", (".csv",), "text/csv", "geo.formats.acled:read"),
    Format("ucdp", "UCDP GED CSV", (".csv",), "text/csv", "geo.formats.ucdp:read"),
)
BY_NAME = {f.name: f for f in TABLE}
READABLE = tuple(f.name for f in TABLE if f.reader)
WRITABLE = tuple(f.name for f in TABLE if f.writer)


def upload_suffixes() -> list[str]:
    """File name endings the import page accepts (without dots, as Streamlit wants them)."""
    return sorted({s.lstrip(".") for f in TABLE if f.reader for s in f.suffixes})


def by_suffix(filename: str, writable: bool = True) -> Format | None:
    """The first format whose suffix ends ``filename`` (writers first when ``writable``)."""
    low = filename.lower()
    for f in TABLE:
        if (f.writer if writable else f.reader) and low.endswith(f.suffixes):
            return f
    return None


def refused_unit(fmt: str) -> str:
    """What the numbers of an import's refused rows count in a file of format ``fmt``: a CSV's
    lines as an editor numbers them (the header is line 1, so "line 5" is the fourth data row; it
    read "row 5", which a reader counted as the fifth), a GeoJSON's features, a KML's placemarks,
    a GeoPackage's or Parquet file's rows."""
    return {"geojson": "feature", "kml": "placemark", "gpkg": "row", "parquet": "row"}.get(
        fmt, "line"
    )


def row_source(file_name: str, fmt: str, n: int) -> str:
    """The source of an imported row that names none: its file and row ("drones.csv, line 5",
    as its refusal would name it), shown in the map's popup and written by every export."""
    return f"{file_name}, {refused_unit(fmt)} {n}"


def unknown_suffix(filename: str) -> str | None:
    """The warning for an output file whose extension names no format written (``-o out.shp``,
    ``-o events.xlsx``): it gets GeoJSON, and the command said only "wrote N events to
    out.shp", exit 0 (a script-writer asking for a shapefile got GeoJSON under its name:
    newuser37). None for standard output and for a format's own extension."""
    if filename == "-" or by_suffix(filename) is not None:
        return None
    ending = PurePath(filename).suffix
    suffix = f"the extension {ending!r}" if ending else "no extension"
    names = [f.suffixes[0] for f in TABLE if f.writer]
    return (
        f"-o {filename} has {suffix}, which names no format: it holds GeoJSON "
        f"(end the name in {', '.join(names[:-1])} or {names[-1]} for that format)"
    )
