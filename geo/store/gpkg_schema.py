"""A GeoPackage store's own tables as Sitrep Map and GDAL made them, checked before each use.

The store is the team's file, but whoever edits it can make its tables run code: ``events`` as a
view whose query never ends (every reader of the store waits for ever), a computed column, or a
trigger that drops or rewrites what a save writes (``SELECT RAISE(IGNORE)`` before an insert: the
save said its events were added, none were). GDAL's own triggers keep the spatial index and the
feature count; any other trigger on a table a save writes, any view or computed column among
them, refuses the store in one line before a row is read. An imported GeoPackage is refused for
what it computes by :mod:`geo.formats.computed`.
"""

from __future__ import annotations

import re
import sqlite3

from geo.vocabulary import shortened

# the tables a save or a migration writes, and GDAL's bookkeeping that its triggers write
WRITTEN = ("events", "history", "reports", "sitrep_schema", "gpkg_contents", "gpkg_ogr_contents")
_GDAL_TRIGGER = re.compile(
    r"rtree_events_\w+_(?:insert|update\d|delete)|trigger_(?:insert|delete)_feature_count_events"
)
# what GDAL's triggers write: the R*Tree index of the layer's points, the feature count
_GDAL_TARGET = re.compile(r'(?:"rtree_events_\w+"|rtree_events_\w+|gpkg_ogr_contents)\s')
_WRITES = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+", re.I)
_BEGIN, _AFTER = re.compile(r"\bBEGIN\b", re.I), re.compile(r"\bAFTER\b", re.I)
_CODE = re.compile(r"\b(?:RAISE|SELECT|WITH)\b", re.I)
_GENERATED = (2, 3)  # PRAGMA table_xinfo's "hidden" for a VIRTUAL and a STORED generated column


def refusal(con: sqlite3.Connection) -> str | None:
    """What among the tables a save writes is not a plain table as Sitrep Map and GDAL made it
    ("'events' is a view ...", "'events' has a trigger 'x' ..."), or None. The schema is read,
    never a row."""
    placeholders = ", ".join("?" * len(WRITTEN))
    schema = con.execute(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master WHERE tbl_name IN ({placeholders})",
        WRITTEN,
    ).fetchall()
    for kind, name, _table, sql in schema:
        if kind == "view":
            return f"'{_named(name)}' is a view, computed by SQLite whenever it is read, not a plain table"
        if kind == "table" and (sql or "").lstrip().upper().startswith("CREATE VIRTUAL"):
            return f"'{_named(name)}' is a virtual table, computed whenever it is read"
    for kind, name, table, sql in schema:
        if kind == "trigger" and not _gdal_trigger(name, sql or ""):
            return f"'{_named(table)}' has a trigger '{_named(name)}', which runs on every save"
        if kind == "table":
            for column, hidden in con.execute(
                "SELECT name, hidden FROM pragma_table_xinfo(?)", (name,)
            ):
                if hidden in _GENERATED:
                    return f"column '{_named(column)}' of '{_named(name)}' is computed, not stored as saved"
    return None


def _gdal_trigger(name: str, sql: str) -> bool:
    """Whether a trigger is one of GDAL's: by its name, run after the change, computing nothing
    but the index's bounds, and writing only the index and the feature count."""
    if not _GDAL_TRIGGER.fullmatch(name) or _CODE.search(sql):
        return False
    parts = _BEGIN.split(sql, maxsplit=1)
    if len(parts) != 2 or not _AFTER.search(parts[0]):
        return False
    body = parts[1]
    return all(_GDAL_TARGET.match(body, found.end()) for found in _WRITES.finditer(body))


def _named(name: object) -> str:
    return shortened(" ".join(str(name).split()))
