"""Stored events as the backends read and write them: a frame's rows as tuples of plain values
in the schema's order, and a frame made from an Arrow table without a Python object per cell."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from geo import events as ev
from geo.records import COLUMNS, COUNT_COLUMNS, INTEGER_COLUMNS


def frame_rows(frame: gpd.GeoDataFrame) -> list[tuple]:
    """The rows of ``frame`` as tuples of plain Python values in :data:`FIELDS` order."""
    lat, lon = frame.geometry.y.tolist(), frame.geometry.x.tolist()
    return list(zip(*column_values(frame), lat, lon, strict=True))


def column_values(frame: gpd.GeoDataFrame) -> list[list]:
    """The schema's columns of ``frame`` as lists of plain Python values (None for empty)."""
    out: list[list[int | str | None]] = []
    for name in COLUMNS:
        values = frame[name].astype(object).tolist()
        if name in INTEGER_COLUMNS or name in COUNT_COLUMNS:
            out.append([None if pd.isna(v) else int(v) for v in values])
        else:
            out.append([None if v is None or v is pd.NA or v != v else str(v) for v in values])
    return out


def frame_from_arrow(table: pa.Table, geometry) -> gpd.GeoDataFrame:
    """Stored events read as an Arrow table: the few-valued text columns become pandas
    categories, the others pandas strings, so no Python object is made per event and cell."""
    columns = {}
    for name in COLUMNS:
        if name not in table.column_names:
            columns[name] = pd.Series([None] * table.num_rows, dtype=object)
            continue
        column = table.column(name)
        if name in ev.LOW_CARDINALITY:
            columns[name] = pc.dictionary_encode(column).to_pandas()
        elif name in INTEGER_COLUMNS:
            columns[name] = column.to_pandas().astype("int8")
        elif name in COUNT_COLUMNS:
            columns[name] = pd.array(column.to_pandas(), dtype="Int64")
        else:
            columns[name] = column.to_pandas()
    frame = pd.DataFrame(columns)
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
