"""The team store's tables as Sitrep Map writes them, described once: :mod:`geo.store.postgis`
creates them from this description and :mod:`geo.store.pg_schema` checks a store against it."""

from __future__ import annotations

import re

from geo.records import COLUMNS, INTEGER_COLUMNS, TEXT_COLUMNS

# table -> column -> (its type as declared, what follows the type in CREATE TABLE)
CREATED: dict[str, dict[str, tuple[str, str]]] = {
    "sitrep_schema": {"version": ("integer", "NOT NULL")},
    "sitrep_counts": {"events": ("bigint", "NOT NULL"), "changes": ("bigint", "NOT NULL")},
    "events": {
        "fid": ("bigserial", "PRIMARY KEY"),
        "event_id": ("text", "NOT NULL UNIQUE"),
        "version": ("integer", "NOT NULL DEFAULT 1"),
        "geom": ("geometry(Point,4326)", "NOT NULL"),
    },
    "history": {
        "id": ("bigserial", "PRIMARY KEY"),
        **{c: ("text", "NOT NULL") for c in ("changed_at", "user", "action", "event_id")},
        "source": ("text", ""),
        "changes": ("text", "NOT NULL"),
    },
    "reports": {
        "sha256": ("text", "PRIMARY KEY"),
        "source": ("text", "NOT NULL"),
        "published": ("text", ""),
        "saved_at": ("text", "NOT NULL"),
        "text": ("text", "NOT NULL"),
    },
}
# the event columns an older store may lack, each added by its own ALTER TABLE
ADDED = {
    c: ("text" if c in TEXT_COLUMNS else "smallint" if c in INTEGER_COLUMNS else "bigint", "")
    for c in COLUMNS
    if c != "event_id"
}
INDEXES = [
    "CREATE INDEX IF NOT EXISTS events_geom ON events USING gist (geom)",
    "CREATE INDEX IF NOT EXISTS events_date ON events (event_date)",
    "CREATE INDEX IF NOT EXISTS events_type ON events (event_type)",
    "CREATE INDEX IF NOT EXISTS events_weapon ON events (lower(weapon))",
    "CREATE INDEX IF NOT EXISTS events_category ON events (lower(weapon_category))",
    "CREATE INDEX IF NOT EXISTS history_event_id ON history (event_id)",
    "CREATE INDEX IF NOT EXISTS history_deleted ON history (source) WHERE action = 'delete'",
]
_SERIAL = {"bigserial": "bigint", "serial": "integer"}
_DEFAULT = re.compile(r"\bDEFAULT\s+(\S+)", re.I)


def statements() -> list[str]:
    """The statements creating the tables, adding the columns an older store lacks, and the
    indexes; each may run again on a store that has them."""
    tables = [
        f"CREATE TABLE IF NOT EXISTS {table} ("
        + ", ".join(f'"{c}" {kind} {rest}'.rstrip() for c, (kind, rest) in columns.items())
        + ")"
        for table, columns in CREATED.items()
    ]
    added = [
        f'ALTER TABLE events ADD COLUMN IF NOT EXISTS "{c}" {k}' for c, (k, _) in ADDED.items()
    ]
    return [*tables, *added, *INDEXES]


def table_columns() -> dict[str, dict[str, str]]:
    """Each table's columns and their types as the catalogue names them (format_type)."""
    return {
        table: {
            c: _SERIAL.get(kind, kind)
            for c, (kind, _) in (columns | ADDED if table == "events" else columns).items()
        }
        for table, columns in CREATED.items()
    }


def defaults() -> dict[tuple[str, str], str]:
    """Each column default the tables have, as the catalogue gives it (pg_get_expr): a serial's
    sequence, or the DEFAULT written after the type."""
    found = {}
    for table, columns in CREATED.items():
        for column, (kind, rest) in columns.items():
            if kind in _SERIAL:
                found[table, column] = f"nextval('{table}_{column}_seq'::regclass)"
            elif written := _DEFAULT.search(rest):
                found[table, column] = written.group(1)
    return found
