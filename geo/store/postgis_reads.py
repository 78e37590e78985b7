"""Events read out of a PostGIS store as one Arrow table: a filter as a WHERE clause the database
applies (with its parameters bound), the rows through COPY as CSV parsed by Arrow when nothing is
filtered (no Python object per cell), or fetched when a filter keeps a few."""

from __future__ import annotations

import io

import psycopg
import pyarrow as pa
import pyarrow.csv as pacsv
from psycopg import sql

from geo.filtering import Filters, weapon_keys
from geo.records import COLUMNS, COUNT_COLUMNS, INTEGER_COLUMNS, TEXT_COLUMNS

COLUMN_LIST = sql.SQL(", ").join(sql.Identifier(c) for c in COLUMNS)
_TYPES = {
    **{c: pa.string() for c in TEXT_COLUMNS},
    **{c: pa.int64() for c in (*INTEGER_COLUMNS, *COUNT_COLUMNS)},
    "lon": pa.float64(),
    "lat": pa.float64(),
}


def selected_events(con: psycopg.Connection, filters: Filters | None) -> pa.Table:
    """The stored events ``filters`` selects (all without), with their points as lon and lat."""
    where, params = _where_clause(filters)
    select = sql.SQL(
        "SELECT {cols}, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM events{where}"
    ).format(cols=COLUMN_LIST, where=where)
    if params:
        return _rows_table(con.execute(select, params))
    return _copy_table(con, select)


def _where_clause(filters: Filters | None) -> tuple[sql.Composable, list]:
    """A WHERE clause (with its parameters) selecting at least the events ``filters`` keeps."""
    if filters is None:
        return sql.SQL(""), []
    parts: list[str] = []
    params: list[object] = []
    if filters.weapons:
        names, categories = weapon_keys(filters.weapons)
        parts.append("(lower(weapon) = ANY(%s) OR lower(weapon_category) = ANY(%s))")
        params += [sorted(names), sorted(categories)]
    if filters.types:
        parts.append("event_type = ANY(%s)")
        params.append(list(filters.types))
    if filters.verification:
        parts.append("verification = ANY(%s)")
        params.append(list(filters.verification))
    if filters.since:
        parts.append("event_date >= %s")
        params.append(filters.since.isoformat())
    if filters.until:
        parts.append("event_date <= %s")
        params.append(filters.until.isoformat())
    if filters.bounds:
        parts.append("geom && ST_MakeEnvelope(%s, %s, %s, %s, 4326)")
        params += list(filters.bounds)
    if not parts:
        return sql.SQL(""), []
    return sql.SQL(" WHERE " + " AND ".join(parts)), params


def _copy_table(con: psycopg.Connection, select: sql.Composable) -> pa.Table:
    """The whole result through COPY as CSV, parsed by Arrow (no Python object per cell)."""
    buffer = io.BytesIO()
    with con.cursor().copy(
        sql.SQL("COPY ({}) TO STDOUT WITH (FORMAT csv, HEADER)").format(select)
    ) as copy:
        for block in copy:
            buffer.write(block)
    try:
        return _parsed(buffer, None)
    except pa.ArrowInvalid as exc:
        # a row longer than Arrow's block (1 MB: a 10 MB note written into the table) straddles
        # two blocks, which a CSV of newlines in its values cannot cut: every read of the store
        # raised a traceback (attack40). Read again in one block as large as the result.
        if "straddl" not in str(exc):
            raise
        return _parsed(buffer, min(len(buffer.getbuffer()) + 1, 2**31 - 1))


def _parsed(buffer: io.BytesIO, block_size: int | None) -> pa.Table:
    buffer.seek(0)
    return pacsv.read_csv(
        buffer,
        read_options=pacsv.ReadOptions(block_size=block_size) if block_size else None,
        parse_options=pacsv.ParseOptions(newlines_in_values=True),
        convert_options=pacsv.ConvertOptions(
            column_types=_TYPES, strings_can_be_null=True, quoted_strings_can_be_null=False
        ),
    )


def _rows_table(cursor: psycopg.Cursor) -> pa.Table:
    assert cursor.description is not None, "the query returns rows"
    names = [d.name for d in cursor.description]
    columns = list(zip(*cursor.fetchall(), strict=True)) or [()] * len(names)
    return pa.table(
        {n: pa.array(list(c), type=_TYPES[n]) for n, c in zip(names, columns, strict=True)}
    )
