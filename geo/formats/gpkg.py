"""GeoPackage imports: the ``events`` layer (or the only point layer) of a file such as our own
``export --format gpkg`` writes, read by pyogrio and checked row by row like every import.

A GeoPackage is an SQLite file and GDAL needs it on disk: the bytes are written to a private
temporary folder, read, and removed. Nothing in the file is executed or fetched.
"""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

import pyogrio

from geo import formats as f
from geo.formats import computed
from geo.formats.geoparquet import first_line, from_frame, in_degrees

MAGIC = b"SQLite format 3\x00"
LAYER = "events"


def read(data: bytes, name: str, gazetteer) -> f.ImportResult:
    """Events of a GeoPackage's ``events`` layer (or its one point layer)."""
    if not data.startswith(MAGIC):
        raise f.ImportFormatError(f"{name} is not a GeoPackage (not an SQLite file)")
    if _cut_short(data):
        raise f.ImportFormatError(f"{name} is not a readable GeoPackage: {f.DAMAGED}")
    with tempfile.TemporaryDirectory(prefix="sitrep-import-") as folder:
        path = Path(folder) / "import.gpkg"
        path.write_bytes(data)
        try:
            _stored(path, name)
            layer, others = _layer(path, name)
            limit = f.row_limit(len(data), name, 0)
            # one row past the limit at most: a view that joins a table with itself is never
            # counted (that alone can take minutes) nor read in full
            frame = _read_layer(path, layer, limit + 1)
        except f.ImportFormatError:
            raise
        except Exception as exc:  # GDAL's errors have no common base
            said = f.DAMAGED if _says_damaged(str(exc)) else first_line(exc)
            raise f.ImportFormatError(f"{name} is not a readable GeoPackage: {said}") from None
    if len(frame) > limit:
        f.row_limit(len(data), name, len(frame))
    result = from_frame(in_degrees(frame, name), "gpkg")
    if others:  # a second layer of events was left out without a word (attack40)
        result.notes.append(
            f"{name}: only its layer '{layer}' is read; its other point layers are left out "
            f"({', '.join(repr(o) for o in others[:5])}{', ...' if len(others) > 5 else ''}): "
            "export each as a GeoPackage of its own to import it"
        )
    return result


def _read_layer(path: Path, layer: str, most: int):
    """The layer's first ``most`` rows. A DATE cell GDAL parses into no day ("2023-02-29",
    "10000-01-01") failed the whole file ("is not a readable GeoPackage: day is out of range for
    month"; attack39): the layer is read again with its date columns as text, so that the row
    alone is refused, its field named; GDAL's warning of a cell it cannot read (a blank) is not
    printed, the row's refusal says it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        try:
            return pyogrio.read_dataframe(path, layer=layer, max_features=most)
        except (ValueError, OverflowError):
            info = pyogrio.read_info(path, layer=layer)
            columns = ", ".join(
                f'CAST("{n}" AS TEXT) AS "{n}"' if str(t).startswith("datetime") else f'"{n}"'
                for n, t in zip(info["fields"], info["dtypes"], strict=True)
            )
            geometry = f', "{info["geometry_name"]}"' if info.get("geometry_name") else ""
            sql = f'SELECT {columns}{geometry} FROM "{layer}"'
            return pyogrio.read_dataframe(path, sql=sql, sql_dialect="SQLITE", max_features=most)


def _stored(path: Path, name: str) -> None:
    """ImportFormatError when the file computes rows or cells on reading (a view, a virtual
    generated column: :mod:`geo.formats.computed`), before GDAL reads a row."""
    said = computed.refusal(path, name)
    if said:
        raise f.ImportFormatError(said)


def _cut_short(data: bytes) -> bool:
    """Whether the SQLite header's page size and page count promise more bytes than there are
    (the count is kept only when bytes 92-95 match the change counter at 24-27, as SQLite says)."""
    if len(data) < 100:
        return True
    size = int.from_bytes(data[16:18], "big")
    size = 65536 if size == 1 else size
    if data[24:28] != data[92:96]:
        return len(data) % size != 0 if size >= 512 else False
    return len(data) < size * int.from_bytes(data[28:32], "big")


def _says_damaged(message: str) -> bool:
    return any(
        words in message.lower()
        for words in ("malformed", "not a database", "disk i/o error", "short read", "truncated")
    )


def _layer(path: Path, name: str) -> tuple[str, list[str]]:
    """The layer of events, and the file's other point layers (left out)."""
    layers = [(str(n), str(kind)) for n, kind in pyogrio.list_layers(path)]
    if (LAYER, "None") in layers:  # GDAL lists a plain table as a layer of no geometry type
        raise f.ImportFormatError(
            f"{name}: its '{LAYER}' layer has no geometry (a plain table): export the events "
            "as points"
        )
    points = [n for n, kind in layers if kind in ("Point", "Point Z", "MultiPoint")]
    if any(n == LAYER for n, _ in layers):
        return LAYER, [n for n in points if n != LAYER]
    if len(points) == 1:
        return points[0], []
    raise f.ImportFormatError(
        f"{name} has no layer called '{LAYER}' and not exactly one point layer "
        f"(layers: {', '.join(n for n, _ in layers) or 'none'}): export the events layer alone"
    )
