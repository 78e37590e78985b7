"""GeoParquet: columnar files for large event sets, read and written by geopandas (pyarrow).

The file holds one row per event with Sitrep Map's columns (``source_span`` as ``span_start`` and
``span_end``) and a WKB point geometry in EPSG:4326. Reading goes through the same checks as every
other import: each row is validated, a bad one refused with its row number.
"""

from __future__ import annotations

import io
from datetime import date, datetime

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from geo import formats as f
from geo.formats.cells import missing
from geo.formats.parquet_pages import PageError, unpacked_bytes
from geo.records import COLUMNS, EventError
from geo.vocabulary import shortened

MAGIC = b"PAR1"
# A Parquet file is compressed (zstd, snappy, ...): a column of one letter repeated packs 300 MB
# into 12 kB, which the row limit does not see (one row). Our own exports unpack to about 11
# times their size (3,883 UCDP events: 426 kB, 4.6 MB); a file whose pages declare more than this
# many times its bytes is refused before a page is unpacked (the pages' own headers, which the
# reader sizes its buffers by: the footer's sums can be forged), and so is one whose columns
# spell out to more (a dictionary page holds a value once for any number of rows).
MAX_UNPACKED_RATIO = 100
# Each row group costs its own footer entry, page headers and read (about 1.5 ms): 12,000 groups
# of one row each (an 18 MB upload) took 13 s and 400 MB, x4 the groups x4 both. Writers group
# tens of thousands of rows (pyarrow a million, GDAL 65,536, DuckDB 122,880; ours one group):
# more than this many groups averaging under MIN_GROUP_ROWS rows each are refused from the footer.
MAX_ROW_GROUPS, MIN_GROUP_ROWS = 1000, 100


def to_bytes(frame: gpd.GeoDataFrame, country_codes: dict | None = None) -> bytes:
    """Events as GeoParquet bytes (``country_codes`` unused: the ISO codes are kept as they are)."""
    out = io.BytesIO()
    frame[[*COLUMNS, "geometry"]].to_parquet(out, index=False, compression="zstd")
    return out.getvalue()


def _frame(data: bytes, name: str) -> gpd.GeoDataFrame:
    if not data.startswith(MAGIC):
        raise f.ImportFormatError(f"{name} is not a Parquet file (it does not start with PAR1)")
    if not data.endswith(MAGIC):  # a Parquet file ends with its footer and PAR1 again
        raise f.ImportFormatError(f"{name} is not readable GeoParquet: {f.DAMAGED}")
    limit = MAX_UNPACKED_RATIO * len(data)
    try:
        meta = pq.ParquetFile(io.BytesIO(data)).metadata
        f.row_limit(len(data), name, meta.num_rows)
        _group_limit(name, meta.num_rows, meta.num_row_groups)
        _unpacked_limit(len(data), name, unpacked_bytes(data, limit))
        _unpacked_limit(len(data), name, _spelt_out(data, name, limit))
        frame = gpd.read_parquet(io.BytesIO(data))
    except f.ImportFormatError:
        raise
    except PageError as exc:
        raise f.ImportFormatError(f"{name} is not readable GeoParquet: {exc}") from None
    except Exception as exc:  # pyarrow's and geopandas' errors have no common base
        raise f.ImportFormatError(f"{name} is not readable GeoParquet: {first_line(exc)}") from None
    return in_degrees(frame, name)


def _group_limit(name: str, rows: int, groups: int) -> None:
    """ImportFormatError in one line for a file split into many tiny row groups."""
    if groups > MAX_ROW_GROUPS and rows < MIN_GROUP_ROWS * groups:
        raise f.ImportFormatError(
            f"{name} splits its {rows:,} rows into {groups:,} row groups, each read on its own: "
            f"write it again with row groups of at least {MIN_GROUP_ROWS} rows (pyarrow's "
            "row_group_size, GDAL's -lco ROW_GROUP_SIZE)"
        )


def _unpacked_limit(size: int, name: str, unpacked: int) -> None:
    """ImportFormatError in one line when a file of ``size`` bytes declares more than
    :data:`MAX_UNPACKED_RATIO` times as many once unpacked."""
    if unpacked > MAX_UNPACKED_RATIO * size:
        raise f.ImportFormatError(
            f"{name} unpacks to {unpacked:,} bytes, over {MAX_UNPACKED_RATIO} times its "
            f"{size:,} (an export of events unpacks to about 11 times): repeated values packed "
            "this tight are refused; write the file without them, or as GeoJSON or CSV"
        )


def _spelt_out(data: bytes, name: str, limit: int) -> int:
    """The bytes the columns of Parquet ``data`` hold once each row's value is written out, read
    with their dictionaries kept (a row of a dictionary column counts its value's length)."""
    file = pq.ParquetFile(io.BytesIO(data))
    # plain columns only: a struct's or list's name is no column of the file's own (its
    # leaves are), and pyarrow refused it with "KeyError: b'nested'" (attack40)
    columns = [fl.name for fl in file.schema_arrow if not pa.types.is_nested(fl.type)]
    for field in file.schema_arrow:
        if _text_inside(field.type):
            raise f.ImportFormatError(
                f"{name}: column '{shortened(field.name)}' holds text inside lists or structures: "
                "an events table has one value a cell; write the file with plain columns"
            )
    file = pq.ParquetFile(io.BytesIO(data), read_dictionary=columns)
    total = 0
    for g in range(file.num_row_groups):
        for column in file.read_row_group(g).columns:
            for chunk in column.chunks:
                total += _chunk_size(chunk)
            if total > limit:
                return total
    return total


def _text_inside(kind: pa.DataType) -> bool:
    """Whether a nested type (list, structure, map) holds text or bytes at any depth."""
    if not pa.types.is_nested(kind):
        return False
    children = [kind.field(i).type for i in range(kind.num_fields)]
    return any(_text_inside(c) or _is_text(c) for c in children)


def _is_text(kind: pa.DataType) -> bool:
    return any(
        test(kind)
        for test in (
            pa.types.is_string,
            pa.types.is_large_string,
            pa.types.is_binary,
            pa.types.is_large_binary,
            pa.types.is_fixed_size_binary,
            pa.types.is_dictionary,
        )
    )


def _chunk_size(chunk: pa.Array) -> int:
    if not pa.types.is_dictionary(chunk.type):
        return chunk.nbytes
    lengths = pc.binary_length(chunk.dictionary)
    return chunk.indices.nbytes + (pc.sum(pc.take(lengths, chunk.indices)).as_py() or 0)


def first_line(exc: Exception) -> str:
    """The first line of a library's error (at most 200 characters), else its type's name."""
    return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__


def in_degrees(frame: gpd.GeoDataFrame, name: str) -> gpd.GeoDataFrame:
    """``frame`` in longitude and latitude (EPSG:4326); ImportFormatError in one line when the
    file's coordinate system cannot be converted to them (a local grid, a broken definition)."""
    if frame.crs is None or frame.crs.to_epsg() == 4326:
        return frame
    try:
        return frame.to_crs(4326)
    except Exception as exc:  # pyproj's and geopandas' errors have no common base
        raise f.ImportFormatError(
            f"{name}: its coordinate system cannot be converted to longitude and latitude "
            f"({first_line(exc)})"
        ) from None


def read(data: bytes, name: str, gazetteer) -> f.ImportResult:
    """Events of a GeoParquet file with Sitrep Map's columns (others kept in ``extra``)."""
    return from_frame(_frame(data, name), "parquet")


def _cell(value: object) -> object:
    """A cell as the schema holds it: empty as None, a day (a GeoPackage's DATE, Parquet's
    date32, as QGIS or our own export writes them) as YYYY-MM-DD; they were refused as
    "should be a date as YYYY-MM-DD, got Timestamp(...)" (newuser38)."""
    if missing(value):
        return None
    if isinstance(value, pd.Timestamp | datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else value


def from_frame(frame: gpd.GeoDataFrame, fmt: str) -> f.ImportResult:
    """Events of a frame with Sitrep Map's columns, as GeoParquet and GeoPackage files hold them
    (other columns kept in ``extra``); each row validated, a bad one refused with its number."""
    known = set(COLUMNS)
    records, refused = [], []
    geometry = frame.geometry
    table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    for n, (row, point) in enumerate(zip(table.to_dict("records"), geometry, strict=True), 1):
        try:
            if point is None or point.geom_type != "Point" or point.is_empty:
                raise EventError("geometry should be a Point")
            record = {k: _cell(v) for k, v in row.items() if k in known}
            extra = f.extra_json(row, known)
            if extra and not record.get("extra"):
                record["extra"] = extra
            record.update(lat=float(point.y), lon=float(point.x))
            records.append((n, record))
        except EventError as exc:
            refused.append((n, str(exc)))
    mapping = {c: c for c in COLUMNS if c in table.columns}
    return f.build(fmt, records, mapping, len(frame), refused)
