"""What a GeoPackage computes when it is read, found before GDAL reads it.

A GeoPackage is an SQLite database, and SQLite runs a view's query and a virtual generated
column's expression whenever their rows are read: a 100 kB file can hold a recursive query that
never ends or text of hundreds of megabytes made for every row, which no limit set by the file's
size catches (a view's rows are never counted, GDAL waits for the first). Sitrep Map's own
exports, and GDAL's, store their rows; their one virtual table, the R*Tree spatial index, stores
what it holds.
"""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from pathlib import Path

from geo.vocabulary import shortened

SQLITE = b"SQLite format 3\x00"
_STORED_VIRTUAL = ("rtree", "rtree_i32")  # modules that keep their rows in plain tables
_VIRTUAL_GENERATED = 2  # ``PRAGMA table_xinfo``'s "hidden" for GENERATED ... VIRTUAL


def what_is_computed(path: Path) -> str | None:
    """The first thing in the SQLite file at ``path`` whose rows or cells are computed when
    read ("a view 'events'", "a computed column 'more' in 'events'"), or None when it has none.

    Only the schema is read (SQLite prepares, never runs, what it names).
    """
    uri = f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1"
    with closing(sqlite3.connect(uri, uri=True)) as db:
        schema = db.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('table', 'view')"
        ).fetchall()
        for kind, name, sql in schema:
            if kind == "view":
                return f"a view '{_named(name)}'"
            module = _virtual_module(sql or "")
            if module is not None and module not in _STORED_VIRTUAL:
                return f"a virtual table '{_named(name)}'"
        for _kind, name, sql in schema:
            if _virtual_module(sql or "") is not None:
                continue
            rows = db.execute("SELECT name, hidden FROM pragma_table_xinfo(?)", (name,))
            for column, hidden in rows:
                if hidden == _VIRTUAL_GENERATED:
                    return f"a computed column '{_named(column)}' in '{_named(name)}'"
    return None


def refusal(path: Path, name: str) -> str | None:
    """One line refusing the file ``name`` (on disk at ``path``) for what it computes, or None
    when it is not an SQLite file or computes nothing."""
    with open(path, "rb") as file:
        if file.read(len(SQLITE)) != SQLITE:
            return None
    what = what_is_computed(path)
    if what is None:
        return None
    return (
        f"{name} holds {what}, computed by SQLite whenever it is read, not stored (with no bound "
        "on time or size): export the rows as a plain table"
    )


def _named(name: object) -> str:
    """A name from the file for a one-line message: its spaces and line breaks one space, cut."""
    return shortened(" ".join(str(name).split()))


def _virtual_module(sql: str) -> str | None:
    """The module of a ``CREATE VIRTUAL TABLE ... USING module(...)`` statement ("" when it
    cannot be told), else None. Read from the statement's end: a quoted table name may say
    anything."""
    if [w.upper() for w in sql.split(None, 2)[:2]] != ["CREATE", "VIRTUAL"]:
        return None
    found = _USING.search(sql)
    return found.group(1).lower() if found else ""


_USING = re.compile(r"\bUSING\s+(\w+)\s*(?:\([^()]*\))?\s*;?\s*\Z", re.IGNORECASE)
