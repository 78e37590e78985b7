"""Context layers inside a PostGIS store: the team's occupied areas live beside its events.

A GeoPackage store keeps its context layers in a file next to it (:mod:`geo.context`); a store at
a ``postgresql://`` address keeps them in its table ``context_layers`` (name, date, source, time
of import, one MultiPolygon in EPSG:4326), so every analyst of the team tags events against the
same front line. Writes replace the layers in one transaction; a read-only role can read them and
is told, in one line, that it cannot change them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import psycopg
import shapely

from geo.context import ContextError, ContextLayer
from geo.store import pg_connections

_TABLE = (
    "CREATE TABLE IF NOT EXISTS context_layers ("
    "name text NOT NULL, date text NOT NULL, source text NOT NULL, imported_at text NOT NULL, "
    "geom geometry(MultiPolygon, 4326) NOT NULL, PRIMARY KEY (name, date))"
)


@contextmanager
def _connect(url: str) -> Iterator[psycopg.Connection]:
    try:
        with pg_connections.connection(url) as con:
            yield con
    except pg_connections.Unreachable as exc:
        raise ContextError(f"cannot reach the store's database: {exc}") from None


def _exists(con: psycopg.Connection) -> bool:
    row = con.execute("SELECT to_regclass('context_layers') IS NOT NULL").fetchone()
    return bool(row and row[0])


def load(url: str) -> list[ContextLayer]:
    """The store's context layers, oldest date first (none when the table is not there yet)."""
    with _connect(url) as con:
        if not _exists(con):
            return []
        try:
            rows = con.execute(
                "SELECT name, date, ST_AsBinary(geom), source, imported_at FROM context_layers "
                "ORDER BY date, imported_at"
            ).fetchall()
        except psycopg.errors.InsufficientPrivilege:
            raise ContextError(
                "this database role may not read the context layers: "
                "GRANT SELECT ON context_layers TO it"
            ) from None
    return [
        ContextLayer(name, day, shapely.from_wkb(bytes(wkb)), source, imported_at)
        for name, day, wkb, source, imported_at in rows
    ]


def replace_all(layers: Sequence[ContextLayer], url: str) -> None:
    """Make ``layers`` the store's context layers, all at once or not at all."""
    rows = [
        (
            x.name,
            x.date,
            x.source,
            x.imported_at,
            shapely.to_wkb(shapely.MultiPolygon(shapely.get_parts(x.geometry))),
        )
        for x in layers
    ]
    try:
        with _connect(url) as con, con.transaction():
            con.execute(_TABLE)
            con.execute("DELETE FROM context_layers")
            con.cursor().executemany(
                "INSERT INTO context_layers (name, date, source, imported_at, geom) "
                "VALUES (%s, %s, %s, %s, ST_GeomFromWKB(%s, 4326))",
                rows,
            )
    except psycopg.errors.InsufficientPrivilege:
        raise ContextError(
            "this database role may not change the context layers (the store is read-only for "
            "it); nothing changed"
        ) from None


def stamp(url: str) -> int:
    """A number that changes whenever the layers do (a key for caches)."""
    with _connect(url) as con:
        if not _exists(con):
            return 0
        row = con.execute(
            "SELECT coalesce(sum(hashtext(name || date || imported_at)), 0) FROM context_layers"
        ).fetchone()
    return int(row[0]) if row else 0
