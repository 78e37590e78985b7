"""A team store's tables as Sitrep Map made them, checked in the catalogue before each use.

Anyone who may change a shared database's schema can make its tables run code: ``events`` turned
into a view computes its rows on every read (a join with ``generate_series`` never ends), a
trigger or a rule decides what a save keeps (``RETURN NULL`` dropped every saved event while the
save reported them added), a column's default, generated expression, check or index expression
runs a function on every save, a row-level security policy on every row read, and a column of
another type stops every read with the driver's traceback. None of it is data, so the store is
refused in one line before anything is read or saved. Extra columns that take NULL are left to
the team (inserts leave them empty), as are extra indexes on plain columns.
"""

from __future__ import annotations

import psycopg

from geo.store import pg_tables
from geo.vocabulary import shortened

TABLES = pg_tables.table_columns()
_DEFAULTS = pg_tables.defaults()  # the only column defaults the store's own tables have
_OWN_EXPRESSIONS = (  # how our own indexes on an expression or with a condition end
    "USING btree (lower(weapon))",
    "USING btree (lower(weapon_category))",
    "USING btree (source) WHERE (action = 'delete'::text)",
)
_KINDS = {"v": "a view", "m": "a materialized view", "f": "a foreign table", "p": "partitioned"}

_RELATIONS = """
SELECT t.name, c.relkind, c.relrowsecurity,
    (SELECT min(tgname) FROM pg_trigger WHERE tgrelid = c.oid AND NOT tgisinternal),
    (SELECT min(rulename) FROM pg_rewrite WHERE ev_class = c.oid),
    (SELECT min(conname) FROM pg_constraint WHERE conrelid = c.oid AND contype NOT IN ('p', 'u')),
    (SELECT min(inhrelid::regclass::text) FROM pg_inherits WHERE inhparent = c.oid),
    (SELECT array_agg(pg_get_indexdef(indexrelid)) FROM pg_index WHERE indrelid = c.oid
        AND (indexprs IS NOT NULL OR indpred IS NOT NULL))
FROM unnest(%s::text[]) AS t(name) JOIN pg_class c ON c.oid = to_regclass(t.name)
"""
_COLUMNS = """
SELECT t.name, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
    pg_get_expr(d.adbin, d.adrelid), a.attgenerated <> ''
FROM unnest(%s::text[]) AS t(name)
JOIN pg_attribute a ON a.attrelid = to_regclass(t.name) AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
"""


def refusal(con: psycopg.Connection) -> str | None:
    """What in the store's tables is not as Sitrep Map made them (one clause naming it, "'events'
    is a view ..."), or None when nothing is. Two catalogue queries, asked once
    per open store (PostgisStore._connect); the tables are not read."""
    names = list(TABLES)
    for row in con.execute(_RELATIONS, (names,)).fetchall():
        found = _relation_refusal(*row)
        if found:
            return found
    for row in con.execute(_COLUMNS, (names,)).fetchall():
        found = _column_refusal(*row)
        if found:
            return found
    return None


def _relation_refusal(
    table: str,
    kind: str,
    row_security: bool,
    trigger: str | None,
    rule: str | None,
    constraint: str | None,
    child: str | None,
    expressions: list[str] | None,
) -> str | None:
    if kind != "r":
        return f"'{table}' is {_KINDS.get(kind, 'not a table')}, computed or fetched when it is read, not a plain table"
    if trigger:
        return f"'{table}' has a trigger {_quoted(trigger)}, which runs on every save"
    if rule:
        return f"'{table}' has a rule {_quoted(rule)}, which rewrites what is read or saved"
    if row_security:
        return f"'{table}' has row-level security on: its policies run on every row read"
    if constraint:
        return f"'{table}' has a constraint {_quoted(constraint)} Sitrep Map did not make (checked on every save)"
    if child:
        return (
            f"'{table}' has a table inheriting from it ({_quoted(child)}), whose rows it would show"
        )
    for definition in expressions or ():
        if not definition.endswith(_OWN_EXPRESSIONS):
            return f"'{table}' has an index on an expression Sitrep Map did not make ({shortened(definition)}), computed on every save"
    return None


def _column_refusal(
    table: str, column: str, kind: str, not_null: bool, default: str | None, generated: bool
) -> str | None:
    wanted = TABLES[table].get(column)
    where = f"column {_quoted(column)} of '{table}'"
    if wanted is not None and kind != wanted:
        return f"{where} is {shortened(kind)}, not {wanted}"
    if generated or (default is not None and _DEFAULTS.get((table, column)) != default):
        return f"{where} has a default or generated value Sitrep Map did not set, computed on every save"
    if wanted is None and not_null:
        return f"{where} may not be empty, and Sitrep Map does not fill it"
    return None


def _quoted(name: str) -> str:
    return f"'{shortened(' '.join(name.split()))}'"
