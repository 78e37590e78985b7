"""PostgreSQL/PostGIS backend: a team's shared store at a ``postgresql://`` address (psycopg 3).

Every statement takes its values as bound parameters (or as COPY data); identifiers are ours.
A save runs in one transaction under an advisory lock, so savers queue (a save touches a few
rows and lasts milliseconds) and a killed client's transaction is rolled back by the server.
Reads are plain snapshots and never wait for savers. A role with SELECT only may read and export;
its :meth:`PostgisStore.writable` is False and a save is refused before anything is sent.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

import geopandas as gpd
import pandas as pd
import psycopg
from psycopg import sql

from geo import events as ev
from geo.filtering import Filters
from geo.records import COLUMNS
from geo.store import (
    checks,
    common,
    frames,
    pg_connections,
    pg_schema,
    pg_tables,
    postgis_removal,
    removal,
)
from geo.store.alike import siblings_to_look_up
from geo.store.common import StoreError
from geo.store.postgis_reads import COLUMN_LIST, selected_events
from geo.vocabulary import shortened

SAVE_LOCK = 0x5174_5245_7000  # advisory lock key: one saver at a time
# A save adding this many events, and a tenth of the store or more, refreshes the planner's
# statistics at once (autovacuum's own rule, without its delay): right after a bulk import the
# planner would otherwise take the weapon and date indexes for empty and scan a million rows.
ANALYZE_MIN_ROWS = 1000


class PostgisStore:
    """Events, history and reports in a PostgreSQL database with PostGIS."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._checked = False  # the schema was found as Sitrep Map made it, once per open

    @contextmanager
    def _connect(self, checked: bool = True) -> Iterator[psycopg.Connection]:
        """A connection for one block, committed at its end (reused: see pg_connections), to
        a store whose tables are as Sitrep Map made them (:mod:`geo.store.pg_schema`, asked once
        per open store: a store found sound is not asked again). An error the database raises is
        one line; the block's transaction is rolled back."""
        try:
            with pg_connections.connection(self.url) as con:
                foreign = pg_schema.refusal(con) if checked and not self._checked else None
                self._checked = self._checked or (checked and not foreign)
                if foreign:
                    raise StoreError(
                        f"the store at {self._where()} is not as Sitrep Map made it: {foreign}. "
                        "Nothing was read or saved: undo that change to the database, or point "
                        "SITREP_STORE at another one"
                    )
                yield con
        except pg_connections.Unreachable as exc:
            raise StoreError(f"cannot reach the store at {self._where()}: {exc}") from None
        except psycopg.Error as exc:
            said = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            raise StoreError(
                f"the store at {self._where()} refused: {shortened(said, 200)}; nothing was saved"
            ) from None

    def _where(self) -> str:
        try:
            info = psycopg.conninfo.conninfo_to_dict(self.url)
        except psycopg.ProgrammingError:
            return "the address given (SITREP_STORE)"
        return f"postgresql://{info.get('user', '')}@{info.get('host', '')}:{info.get('port', '')}/{info.get('dbname', '')}"

    def _exists(self, con: psycopg.Connection, table: str) -> bool:
        return _scalar(con.execute("SELECT to_regclass(%s) IS NOT NULL", (table,)))

    def writable(self) -> bool:
        """Whether the connected role may add and change events (asked of the privileges
        alone: a save to a store refused for its schema says why in one line)."""
        with self._connect(checked=False) as con:
            return _writable(con)

    def stamp(self) -> int:
        """A number that changes with every save (for caches of loaded events)."""
        with self._connect() as con:
            if not self._exists(con, "sitrep_counts"):
                return 0
            row = con.execute("SELECT changes FROM sitrep_counts").fetchone()
            return int(row[0]) if row else 0

    def load(self, filters: Filters | None = None) -> gpd.GeoDataFrame:
        """Stored events; with ``filters``, only what they select, chosen by the database."""
        with self._connect() as con:
            if not self._exists(con, "events"):
                return ev.empty_frame()
            table = selected_events(con, filters)
        if table.num_rows == 0:
            return ev.empty_frame()
        geometry = gpd.points_from_xy(table.column("lon"), table.column("lat"), crs=4326)
        return checks.set_aside(frames.frame_from_arrow(table, geometry))

    def corrected(self, rows: list[tuple]) -> list[tuple]:
        """``rows`` with the stored corrections a save would keep; nothing is written."""
        with self._connect() as con:
            if not rows or not self._exists(con, "history"):
                return rows
            stored = {r[2]: tuple(r[2:]) for r in _found(con, rows)}
            return common.corrected_rows(stored, rows, partial(_updates, con))

    def versions(self, event_ids: Collection[str]) -> dict[str, int]:
        with self._connect() as con:
            if not event_ids or not self._exists(con, "events"):
                return {}
            rows = con.execute(
                "SELECT event_id, version FROM events WHERE event_id = ANY(%s)", (list(event_ids),)
            ).fetchall()
        return {eid: int(v) for eid, v in rows}

    def query(
        self, table: str, columns: list[str], order: str, where: tuple[str, str] | None = None
    ) -> pd.DataFrame:
        """All rows of one of our tables (those whose column ``where[0]`` holds ``where[1]``),
        ``columns`` in ``order`` (empty when absent)."""
        cut, values = (
            (sql.SQL("WHERE {} = %s ").format(sql.Identifier(where[0])), [where[1]])
            if where
            else (sql.SQL(""), [])
        )
        with self._connect() as con:
            if not self._exists(con, table):
                return pd.DataFrame(columns=columns)
            rows = con.execute(
                sql.SQL("SELECT {} FROM {} {}ORDER BY {}").format(
                    sql.SQL(", ").join(map(sql.Identifier, columns)),
                    sql.Identifier(table),
                    cut,
                    sql.Identifier(order),
                ),
                values,
            ).fetchall()
        return pd.DataFrame(rows, columns=columns)

    def delete(self, event_ids: Sequence[str], user: str) -> removal.DeleteResult:
        """Remove the stored events of ``event_ids``, each logged whole, in one transaction."""
        with self._connect() as con:
            if not _writable(con):
                raise StoreError(f"the store at {self._where()} is read-only for this role")
            con.execute("SELECT pg_advisory_xact_lock(%s)", (SAVE_LOCK,))
            migrate(con)
            return postgis_removal.delete_in(con, event_ids, user, COLUMN_LIST)

    def undo_delete(self, user: str, expected: tuple[str, str] | None) -> removal.UndoResult | None:
        """Put back the last delete's events the store does not hold, found and written in one
        transaction under the savers' lock (:func:`removal.undo_last`)."""
        with self._connect() as con:
            if not self._exists(con, "history"):
                return None
            writable = _writable(con)
            if writable:
                con.execute("SELECT pg_advisory_xact_lock(%s)", (SAVE_LOCK,))
                migrate(con)

            def save(request: common.SaveRequest) -> common.SaveResult:
                if not writable:  # (nothing to undo is no error)
                    raise StoreError(
                        f"the store at {self._where()} is read-only for this role: "
                        "nothing was put back"
                    )
                rows = frames.frame_rows(request.frame)
                _refuse_nul(rows, request.reports)
                return _save_in(con, rows, request)

            return postgis_removal.undo_in(con, user, expected, save)

    def save(self, request: common.SaveRequest) -> common.SaveResult:
        """Write the new and changed rows of ``frame`` and their history in one transaction."""
        rows = frames.frame_rows(request.frame)
        _refuse_nul(rows, request.reports)
        with self._connect() as con:  # commits at the end of the block, rolls back on error
            if not _writable(con):
                raise StoreError(
                    f"the store at {self._where()} is read-only for this role: nothing was saved"
                )
            con.execute("SELECT pg_advisory_xact_lock(%s)", (SAVE_LOCK,))
            migrate(con)
            return _save_in(con, rows, request)


def _scalar(cursor: psycopg.Cursor) -> Any:
    """The first column of the first row a query returns."""
    row = cursor.fetchone()
    assert row is not None, "the query returns a row"
    return row[0]


def _writable(con: psycopg.Connection) -> bool:
    return _scalar(
        con.execute(
            "SELECT CASE WHEN to_regclass('events') IS NULL "
            "THEN has_schema_privilege('public', 'CREATE') "
            "ELSE has_table_privilege('events', 'INSERT, UPDATE') END"
        )
    )


def migrate(con: psycopg.Connection) -> None:
    """Create the tables and indexes, or bring an older schema to the current one."""
    if _schema_version(con) >= common.SCHEMA_VERSION:
        return
    if not _scalar(con.execute("SELECT to_regtype('geometry') IS NOT NULL")):
        raise StoreError(common.NO_POSTGIS.format(where=con.info.dbname))  # (not a traceback)
    for statement in pg_tables.statements():
        con.execute(statement)
    con.execute("DELETE FROM sitrep_schema")
    con.execute("INSERT INTO sitrep_schema VALUES (%s)", (common.SCHEMA_VERSION,))
    if _scalar(con.execute("SELECT count(*) FROM sitrep_counts")) == 0:
        con.execute("INSERT INTO sitrep_counts SELECT count(*), 0 FROM events")


def _schema_version(con: psycopg.Connection) -> int:
    """The store's schema version; 0 when a table or a column of ours is missing. The catalogue
    says whether the tables and columns exist without naming them (a query naming a missing
    table would end the transaction), so no savepoint is needed."""
    present = con.execute(
        "SELECT to_regclass('sitrep_schema') IS NOT NULL AND to_regclass('sitrep_counts') "
        "IS NOT NULL, (SELECT count(*) FROM pg_attribute WHERE attrelid = to_regclass('events') "
        "AND attname = ANY(%s) AND NOT attisdropped)",
        (list(COLUMNS),),
    ).fetchone()
    if not present or not present[0] or present[1] != len(COLUMNS):
        return 0
    return _scalar(con.execute("SELECT coalesce(max(version), 0) FROM sitrep_schema"))


def _refuse_nul(rows: list[tuple], reports: Sequence[common.Report]) -> None:
    """PostgreSQL text cannot hold U+0000: refuse, naming the event, rather than cut it."""
    for row in rows:
        for name, value in zip(common.FIELDS, row, strict=True):
            if isinstance(value, str) and "\x00" in value:
                raise StoreError(
                    f"event {shortened(row[0])}: {name} holds a NUL character (U+0000), which a PostgreSQL "
                    "store cannot keep; remove it or use a GeoPackage store"
                )
    for report in reports:
        if "\x00" in report.text:
            raise StoreError(f"report {shortened(report.source)} holds a NUL character (U+0000)")


def _found(con: psycopg.Connection, rows: list[tuple]) -> list[tuple]:
    """``(fid, version, *row)`` of each stored event among ``rows`` (see :data:`common.FIELDS`),
    then of the alike groups whose order moved (see :mod:`geo.store.alike`)."""
    query = sql.SQL(
        "SELECT fid, version, {}, ST_Y(geom), ST_X(geom) FROM events WHERE event_id = ANY(%s)"
    ).format(COLUMN_LIST)
    found = con.execute(query, ([r[0] for r in rows],)).fetchall()
    more = siblings_to_look_up({r[2]: tuple(r[2:]) for r in found}, rows)
    return found + con.execute(query, (more,)).fetchall() if more else found


def _save_in(
    con: psycopg.Connection, rows: list[tuple], request: common.SaveRequest
) -> common.SaveResult:
    found = _found(con, rows)
    stored = {r[2]: tuple(r[2:]) for r in found}
    fids = {r[2]: r[0] for r in found}

    def last_edit(eid: str) -> tuple[str, str] | None:
        return con.execute(
            'SELECT "user", changed_at FROM history WHERE event_id = %s ORDER BY id DESC LIMIT 1',
            (eid,),
        ).fetchone()

    versions = {r[2]: r[1] for r in found}
    deleted = partial(postgis_removal.deleted_entries, con)
    change = common.plan(
        stored, rows, versions, request, last_edit, partial(_updates, con), deleted
    )
    now = common.change_time()
    _append(con, "events", [*COLUMNS, "geom"], [_with_point(rows[i]) for i in change.inserts])
    if change.updates:
        assignments = sql.SQL(", ").join(
            sql.SQL("{} = %s").format(sql.Identifier(c)) for c in (*COLUMNS, "geom")
        )
        con.cursor().executemany(
            sql.SQL("UPDATE events SET {}, version = version + 1 WHERE fid = %s").format(
                assignments
            ),
            [(*_with_point(rows[i]), fids[rows[i][0]]) for i in change.updates],
        )
    _append(
        con,
        "history",
        ["changed_at", "user", "action", "event_id", "source", "changes"],
        [(now, request.user, *entry) for entry in change.history],
    )
    if request.reports:
        con.cursor().executemany(
            "INSERT INTO reports (sha256, source, published, saved_at, text) "
            "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (sha256) DO NOTHING",
            [(common.report_hash(r), r.source, r.published, now, r.text) for r in request.reports],
        )
    total = _scalar(
        con.execute(
            "UPDATE sitrep_counts SET events = events + %s, changes = changes + %s RETURNING events",
            (len(change.inserts), 1 if change.history else 0),
        )
    )
    if len(change.inserts) >= ANALYZE_MIN_ROWS and len(change.inserts) * 10 >= total:
        con.execute("ANALYZE events")  # the planner's statistics, before autovacuum gets to it
    return change.result(int(total))


def _updates(con: psycopg.Connection, eids: list[str]) -> list[tuple[str, str]]:
    """``(event_id, changes)`` of the stored updates of ``eids``, oldest first."""
    return con.execute(
        "SELECT event_id, changes FROM history WHERE action = 'update' AND event_id = ANY(%s) "
        "ORDER BY id",
        (eids,),
    ).fetchall()


def _with_point(row: tuple) -> tuple:
    """A row as stored: the schema's columns, then the point as EWKT (lon lat)."""
    return (*row[:-2], f"SRID=4326;POINT({row[-1]!r} {row[-2]!r})")


def _append(con: psycopg.Connection, table: str, columns: list[str], rows: list[tuple]) -> None:
    """Rows into one of our tables: COPY for many, pipelined INSERTs for a few."""
    if not rows:
        return
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    if len(rows) > 200:
        statement = sql.SQL("COPY {} ({}) FROM STDIN").format(sql.Identifier(table), names)
        with con.cursor().copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
        return
    con.cursor().executemany(
        sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
            sql.Identifier(table), names, sql.SQL(", ").join(sql.Placeholder() * len(columns))
        ),
        rows,
    )
