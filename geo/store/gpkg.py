"""GeoPackage backend: one SQLite file, each save one transaction that writes only what changed.

SQLite's rollback journal makes a save all or nothing (a process killed mid-save leaves a hot
journal that the next open rolls back), and its write lock makes concurrent savers wait for one
another. The file is written in place, so its mode, owner and symbolic link stay as they are, and
every table, layer and column that is not ours (QGIS's ``layer_styles``, a ``roads`` layer, an
extra attribute) is left untouched.
"""

from __future__ import annotations

import json
import os
import sqlite3
import warnings
from collections.abc import Callable, Collection, Sequence
from functools import partial
from pathlib import Path
from typing import TypeVar

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely

from geo import events as ev
from geo.filtering import Filters
from geo.records import COLUMNS, TEXT_COLUMNS
from geo.store import checks, common, frames, removal
from geo.store.alike import siblings_to_look_up
from geo.store.gpkg_file import (
    COLUMNS_SQL,
    LAYER,
    PROCESS_LOCK,
    check,
    connect,
    create,
    migrate,
    point_blob,
    remove_stale_temporaries,
    wkb,
)

T = TypeVar("T")

# The store is a GeoPackage whatever the user calls it ("store.sqlite" is allowed): GDAL's notice
# that such a name does not end in ".gpkg" tells the user nothing and printed on every read.
warnings.filterwarnings(
    "ignore",
    message=r".*has GPKG application_id, but non conformant file extension",
    category=RuntimeWarning,
)


class GeoPackageStore:
    """The events, their history and their reports in one GeoPackage file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(os.path.realpath(path))  # a symlinked store is written through its link

    def writable(self) -> bool:
        """Whether this process may write the file (or create it in its folder)."""
        target = self.path if self.path.exists() else self.path.parent
        return os.access(target, os.W_OK)

    def load(self, filters: Filters | None = None) -> gpd.GeoDataFrame:
        """Every stored event, read column by column through Arrow (see :func:`geo.store.load`)."""
        if not self.path.exists():
            return ev.empty_frame()
        with PROCESS_LOCK:
            check(self.path)
            meta, table = pyogrio.read_arrow(self.path, layer=LAYER, return_fids=True)
            con = connect(self.path, readonly=True)  # what GDAL's reading hides, in one visit
            try:
                nul = _nul_rows(con, table.column_names)
                mistyped = checks.mistyped(con, LAYER, table.column_names)
            finally:
                con.close()
        if table.num_rows == 0:
            return ev.empty_frame()
        geometry_column = meta.get("geometry_name") or "wkb_geometry"
        geometry = shapely.from_wkb(table.column(geometry_column).to_numpy(zero_copy_only=False))
        frame = frames.frame_from_arrow(table, geometry)
        position = _positions(table) if nul or mistyped else {}
        for fid, values in nul.items():
            for name, value in values.items():
                column = frame[name]
                if (
                    isinstance(column.dtype, pd.CategoricalDtype)
                    and value not in column.cat.categories
                ):
                    frame[name] = column.cat.add_categories([value])
                frame.at[position[fid], name] = value
        return checks.set_aside(frame, {position[f]: why for f, why in mistyped.items()})

    def save(self, request: common.SaveRequest) -> common.SaveResult:
        """Write the new and changed rows of ``frame`` and their history in one transaction."""
        with PROCESS_LOCK:
            remove_stale_temporaries(self.path)
            if not self.path.exists():
                create(self.path)
            return self._in_transaction(partial(_save_in, request=request))

    def _in_transaction(self, write: Callable[[sqlite3.Connection], T]) -> T:
        """``write(con)`` in one transaction of the (checked, migrated) file: all or nothing."""
        check(self.path)
        con = connect(self.path)
        try:
            con.execute("BEGIN IMMEDIATE")
            migrate(con)
            result = write(con)
            con.execute("COMMIT")
        except BaseException:
            if con.in_transaction:
                con.execute("ROLLBACK")
            raise
        finally:
            con.close()
        return result

    def delete(self, event_ids: Sequence[str], user: str) -> removal.DeleteResult:
        """Remove the events of ``event_ids`` the store holds, each logged whole in the history,
        in one transaction; the others are named in :attr:`DeleteResult.missing`."""
        ids = list(dict.fromkeys(event_ids))
        if not self.path.exists():
            return removal.DeleteResult((), tuple(ids), 0)
        with PROCESS_LOCK:
            stored, total = self._in_transaction(partial(_delete_in, ids=ids, user=user))
        missing = tuple(eid for eid in ids if eid not in stored)
        return removal.DeleteResult(tuple(stored), missing, total)

    def undo_delete(self, user: str, expected: tuple[str, str] | None) -> removal.UndoResult | None:
        """Put back the last delete's events the store does not hold, found and written in one
        transaction (:func:`removal.undo_last`)."""
        if not self.path.exists():
            return None
        if not self.writable():  # nothing to undo is no error; else the write says why
            if removal.last_delete(self.query("history", removal.UNDO_COLUMNS, "id")) is None:
                return None
        with PROCESS_LOCK:
            return self._in_transaction(partial(_undo_in, user=user, expected=expected))

    def corrected(self, rows: list[tuple]) -> list[tuple]:
        """``rows`` with the stored corrections a save would keep (see
        :func:`common.corrected_rows`); nothing is written."""
        if not self.path.exists() or not rows:
            return rows
        with PROCESS_LOCK:
            check(self.path)
            con = connect(self.path, readonly=True)
            try:
                tables = "SELECT COUNT(*) FROM sqlite_master WHERE name IN (?, 'history')"
                if con.execute(tables, (LAYER,)).fetchone()[0] < 2:
                    return rows
                stored, _ = _stored(con, rows)
                return common.corrected_rows(stored, rows, partial(_updates, con))
            finally:
                con.close()

    def versions(self, event_ids: Collection[str]) -> dict[str, int]:
        """The stored version of each of ``event_ids`` that is in the store."""
        if not self.path.exists() or not event_ids:
            return {}
        with PROCESS_LOCK:
            check(self.path)
            con = connect(self.path, readonly=True)
            try:
                cols = {r[1] for r in con.execute(f"PRAGMA table_info({LAYER})")}
                version = "version" if "version" in cols else "1"
                rows = con.execute(
                    f"SELECT event_id, {version} FROM {LAYER} "
                    "WHERE event_id IN (SELECT value FROM json_each(?))",
                    (json.dumps(list(event_ids)),),
                ).fetchall()
            finally:
                con.close()
        return {eid: int(v) for eid, v in rows}

    def query(
        self, table: str, columns: list[str], order: str, where: tuple[str, str] | None = None
    ) -> pd.DataFrame:
        """All rows of one of our tables (those whose column ``where[0]`` holds ``where[1]``),
        ``columns`` in ``order`` (empty when absent)."""
        if not self.path.exists():
            return pd.DataFrame(columns=columns)
        names = ", ".join(f'"{c}"' for c in columns)  # our own names, never user values
        cut, values = (f'WHERE "{where[0]}" = ? ', [where[1]]) if where else ("", [])
        with PROCESS_LOCK:
            check(self.path)
            con = connect(self.path, readonly=True)
            try:
                return pd.read_sql_query(
                    f'SELECT {names} FROM "{table}" {cut}ORDER BY "{order}"', con, params=values
                )
            except pd.errors.DatabaseError:
                return pd.DataFrame(columns=columns)
            finally:
                con.close()

    def stamp(self) -> int:
        """A number that changes with every save (the file's modification time)."""
        return self.path.stat().st_mtime_ns if self.path.exists() else 0


def _stored(con: sqlite3.Connection, rows: list[tuple]) -> tuple[dict, dict]:
    """The stored row (see :data:`common.FIELDS`) of each id among ``rows``, and its
    ``(fid, version)``."""
    stored: dict = {}
    fids: dict = {}
    _look_up(con, [r[0] for r in rows], stored, fids)
    _look_up(con, siblings_to_look_up(stored, rows), stored, fids)  # (see geo.store.alike)
    return stored, fids


def _look_up(con: sqlite3.Connection, ids: list, stored: dict, fids: dict) -> None:
    """Add the stored row and ``(fid, version)`` of each of ``ids`` found to ``stored``, ``fids``."""
    if not ids:
        return
    found = con.execute(
        f"SELECT fid, version, {COLUMNS_SQL}, geom FROM {LAYER} "
        "WHERE event_id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    points = shapely.from_wkb([wkb(r[-1]) for r in found]) if found else []
    for r, p in zip(found, points, strict=True):
        stored[r[2]] = (*r[2:-1], float(shapely.get_y(p)), float(shapely.get_x(p)))
        fids[r[2]] = (r[0], r[1])


def _save_in(con: sqlite3.Connection, request: common.SaveRequest) -> common.SaveResult:
    rows = frames.frame_rows(request.frame)
    stored, fids = _stored(con, rows)

    def last_edit(eid: str) -> tuple[str, str] | None:
        return con.execute(
            "SELECT user, changed_at FROM history WHERE event_id = ? ORDER BY id DESC LIMIT 1",
            (eid,),
        ).fetchone()

    versions = {eid: v for eid, (_, v) in fids.items()}
    change = common.plan(
        stored, rows, versions, request, last_edit, partial(_updates, con), partial(_deleted, con)
    )
    now = common.change_time()
    placeholders = ", ".join("?" * (len(COLUMNS) + 1))
    con.executemany(
        f"INSERT INTO {LAYER} ({COLUMNS_SQL}, geom) VALUES ({placeholders})",
        [_values(rows[i]) for i in change.inserts],
    )
    assignments = ", ".join(f'"{c}" = ?' for c in COLUMNS)
    con.executemany(
        f"UPDATE {LAYER} SET {assignments}, geom = ?, version = version + 1 WHERE fid = ?",
        [(*_values(rows[i]), fids[rows[i][0]][0]) for i in change.updates],
    )
    con.executemany(
        "INSERT INTO history (changed_at, user, action, event_id, source, changes) "
        "VALUES (?,?,?,?,?,?)",
        [(now, request.user, *entry) for entry in change.history],
    )
    con.executemany(
        "INSERT OR IGNORE INTO reports (sha256, source, published, saved_at, text) "
        "VALUES (?,?,?,?,?)",
        [(common.report_hash(r), r.source, r.published, now, r.text) for r in request.reports],
    )
    if change.history:
        con.execute(
            "UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
            "WHERE table_name = ?",
            (LAYER,),
        )
    return change.result(_count(con))


def _delete_in(con: sqlite3.Connection, ids: list[str], user: str) -> tuple[dict, int]:
    """Delete the stored events of ``ids``, each logged whole: the rows removed, and the total."""
    stored: dict = {}
    fids: dict = {}
    _look_up(con, ids, stored, fids)
    con.executemany(f"DELETE FROM {LAYER} WHERE fid = ?", [(fids[eid][0],) for eid in stored])
    now = common.change_time()
    con.executemany(
        "INSERT INTO history (changed_at, user, action, event_id, source, changes) "
        "VALUES (?,?,?,?,?,?)",
        [(now, user, *entry) for entry in removal.delete_entries(stored)],
    )
    return stored, _count(con)


def _undo_in(
    con: sqlite3.Connection, user: str, expected: tuple[str, str] | None
) -> removal.UndoResult | None:
    entries = con.execute(
        "SELECT changed_at, user, action, changes FROM history WHERE action IN (?, ?) ORDER BY id",
        (removal.DELETE, removal.RESTORE),
    ).fetchall()

    def held(ids: list[str]) -> list[str]:
        found = con.execute(
            f"SELECT event_id FROM {LAYER} WHERE event_id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
        return [r[0] for r in found]

    history = pd.DataFrame(entries, columns=removal.UNDO_COLUMNS)
    return removal.undo_last(history, expected, user, held, partial(_save_in, con))


def _updates(con: sqlite3.Connection, eids: list[str]) -> list[tuple[str, str]]:
    """``(event_id, changes)`` of the stored updates of ``eids``, oldest first."""
    return con.execute(
        "SELECT event_id, changes FROM history WHERE action = 'update' "
        "AND event_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (json.dumps(eids),),
    ).fetchall()


def _deleted(con: sqlite3.Connection, rows: list[tuple]) -> list[tuple[str, str]]:
    """``(event_id, record JSON)`` of the deletes of events with the ids or sources of ``rows``
    that the layer does not hold now (see :func:`common.plan`)."""
    found = []
    for column, values in (("event_id", [r[0] for r in rows]), ("source", _sources(rows))):
        found += con.execute(
            f"SELECT event_id, changes FROM history WHERE action = 'delete' AND {column} IN "
            "(SELECT value FROM json_each(?)) "
            f"AND NOT EXISTS (SELECT 1 FROM {LAYER} e WHERE e.event_id = history.event_id)",
            (json.dumps(values),),
        ).fetchall()
    return found


def _sources(rows: list[tuple]) -> list[str]:
    return list({r[common.FIELDS.index("source")] for r in rows} - {None})


def _count(con: sqlite3.Connection) -> int:
    """Events in the layer: GDAL's triggers keep the figure in gpkg_ogr_contents (counting a
    million rows takes longer than a save); counted when a file has no such figure."""
    try:
        row = con.execute(
            "SELECT feature_count FROM gpkg_ogr_contents WHERE lower(table_name) = ?", (LAYER,)
        ).fetchone()
    except sqlite3.OperationalError:
        row = None
    if row and row[0] is not None:
        return int(row[0])
    return con.execute(f"SELECT count(*) FROM {LAYER}").fetchone()[0]


def _values(row: tuple) -> tuple:
    """A row as SQL parameters: the schema's columns, then the point as a GeoPackage blob."""
    return (*row[:-2], point_blob(row[-2], row[-1]))


def _positions(table) -> dict[int, int]:
    """Each fid's row in ``table`` (read with its fids first)."""
    fids = table.column(table.column_names[0]).to_pylist()
    return {fid: i for i, fid in enumerate(fids)}


def _nul_rows(con: sqlite3.Connection, columns: Sequence[str]) -> dict[int, dict]:
    """Text holding NUL characters, which GDAL cuts short, read again through SQLite: by fid."""
    text = [c for c in TEXT_COLUMNS if c in columns]
    where = " OR ".join(f"instr(CAST(\"{c}\" AS BLOB), x'00') > 0" for c in text)
    rows = con.execute(f"SELECT fid, {', '.join(text)} FROM {LAYER} WHERE {where}")
    return {
        r[0]: {c: v for c, v in zip(text, r[1:], strict=True) if v and "\x00" in v} for r in rows
    }
