"""A GeoPackage store's own tables as Sitrep Map and GDAL made them, checked before each use.

The store is the team's file, but whoever edits it can make its tables run code: ``events`` as a
view whose query never ends (every reader of the store waits for ever), a computed column, a
column default or CHECK constraint calling a function on every save, an index on an expression,
or a trigger that drops or rewrites what a save writes (``SELECT RAISE(IGNORE)`` before an
insert: the save said its events were added, none were). GDAL's own triggers keep the spatial
index and the feature count, and call only the few functions GDAL's triggers call; any other
trigger on a table a save writes, or one of GDAL's names calling anything else, is refused in one
line before a row is read, as :mod:`geo.store.pg_schema` refuses a PostGIS store. An imported
GeoPackage is refused for what it computes by :mod:`geo.formats.computed`.
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
_GDAL_TARGET = re.compile(r"(?:rtree_events_\w+|gpkg_ogr_contents)\s")
_WRITES = re.compile(r"\b(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|UPDATE|DELETE\s+FROM)\s+", re.I)
_BEGIN, _AFTER = re.compile(r"\bBEGIN\b", re.I), re.compile(r"\bAFTER\b", re.I)
_CODE = re.compile(r"\b(?:RAISE|SELECT|WITH|LIKE|GLOB|REGEXP|MATCH)\b", re.I)
# the words GDAL's triggers put before a parenthesis: SQL's own, and the functions they call
_GDAL_CALLS = frozenset(
    "values in and or not when where lower st_isempty st_minx st_maxx st_miny st_maxy".split()
)
_CALL = re.compile(r"\b(\w+)\s*\(")
_CHECK, _ON = re.compile(r"\bCHECK\b", re.I), re.compile(r"\bON\b", re.I)
# a string literal, a quoted name ("x", `x`, [x]) or a comment, as SQLite reads them
_TOKEN = re.compile(
    r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\[[^\]]*\]|--[^\n]*|/\*.*?(?:\*/|\Z)",
    re.S,
)
_LITERAL = re.compile(
    r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?|'(?:[^']|'')*'|NULL|TRUE|FALSE|CURRENT_\w+", re.I
)
# the one default GDAL gives a column that is not a literal (gpkg_contents.last_change)
_GDAL_DEFAULT = "strftime('%Y-%m-%dT%H:%M:%fZ','now')"
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
        found = _refused(con, kind, name, table, _code(sql or ""))
        if found:
            return found
    return None


def _refused(con: sqlite3.Connection, kind: str, name: str, table: str, code: str) -> str | None:
    """Why one trigger, index or table of the schema runs code on a save, or None. ``code`` is
    its SQL with literals, quoted names and comments read (:func:`_code`)."""
    if kind == "trigger" and not _gdal_trigger(name, code):
        return f"'{_named(table)}' has a trigger '{_named(name)}', which runs on every save"
    if kind == "index" and any(call != _word(table) for call in _calls(_ON.split(code, 1)[-1])):
        return f"'{_named(table)}' has an index on an expression, '{_named(name)}', computed on every save"
    if kind == "table" and _CHECK.search(code):
        return f"'{_named(name)}' has a CHECK constraint, computed on every save"
    if kind != "table":
        return None
    for column, default, hidden in con.execute(
        "SELECT name, dflt_value, hidden FROM pragma_table_xinfo(?)", (name,)
    ):
        where = f"column '{_named(column)}' of '{_named(name)}'"
        if hidden in _GENERATED:
            return f"{where} is computed, not stored as saved"
        if default is not None and not _plain_default(name, column, default):
            return f"{where} has a default Sitrep Map did not set, computed on every save"
    return None


def _gdal_trigger(name: str, code: str) -> bool:
    """Whether a trigger is one of GDAL's: by its name, run after the change, calling only the
    functions GDAL's triggers call (the index's bounds, whether a point is empty, lower()), and
    writing only the index and the feature count."""
    if not _GDAL_TRIGGER.fullmatch(name) or _CODE.search(code):
        return False
    if any(call not in _GDAL_CALLS for call in _calls(code)):
        return False
    parts = _BEGIN.split(code, maxsplit=1)
    if len(parts) != 2 or not _AFTER.search(parts[0]):
        return False
    body = parts[1]
    return all(_GDAL_TARGET.match(body, found.end()) for found in _WRITES.finditer(body))


def _plain_default(table: str, column: str, default: str) -> bool:
    """Whether a column's default is a constant, or GDAL's own timestamp of gpkg_contents."""
    text = default.strip()
    while text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    if _LITERAL.fullmatch(text):
        return True
    return (table, column, text) == ("gpkg_contents", "last_change", _GDAL_DEFAULT)


def _code(sql: str) -> str:
    """The SQL as code: each string literal empty, each quoted name a bare word (SQLite calls
    ``"printf"(...)`` as it calls ``printf(...)``), each comment a blank."""
    return _TOKEN.sub(_read, sql)


def _read(found: re.Match) -> str:
    token = found.group()
    if token[0] == "'":
        return "''"
    if token[0] == "-" or token[0] == "/":
        return " "
    return _word(token[1:-1])


def _word(name: str) -> str:
    return re.sub(r"\W", "_", name).lower()


def _calls(code: str) -> list[str]:
    return [found.group(1).lower() for found in _CALL.finditer(code)]


def _named(name: object) -> str:
    return shortened(" ".join(str(name).split()))
