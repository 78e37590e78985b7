"""Deleting events from a PostGIS store: the rows removed and each logged whole in the history
(see :mod:`geo.store.removal`), in the caller's transaction, the store's counts kept true;
the last delete undone in the same way."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pandas as pd
import psycopg
from psycopg import sql

from geo.store import common, removal


def delete_in(
    con: psycopg.Connection, event_ids: Sequence[str], user: str, columns: sql.Composable
) -> removal.DeleteResult:
    """Remove the stored events of ``event_ids`` (``columns``: the schema's, in order)."""
    ids = list(dict.fromkeys(event_ids))
    found = con.execute(
        sql.SQL(
            "DELETE FROM events WHERE event_id = ANY(%s) RETURNING {}, ST_Y(geom), ST_X(geom)"
        ).format(columns),
        (ids,),
    ).fetchall()
    stored = {row[0]: tuple(row) for row in found}
    now = common.change_time()
    con.cursor().executemany(
        'INSERT INTO history (changed_at, "user", action, event_id, source, changes) '
        "VALUES (%s, %s, %s, %s, %s, %s)",
        [(now, user, *entry) for entry in removal.delete_entries(stored)],
    )
    total = con.execute(
        "UPDATE sitrep_counts SET events = events - %s, changes = changes + %s RETURNING events",
        (len(stored), 1 if stored else 0),
    ).fetchone()
    deleted = tuple(eid for eid in ids if eid in stored)
    missing = tuple(eid for eid in ids if eid not in stored)
    return removal.DeleteResult(deleted, missing, int(total[0]) if total else 0)


def deleted_entries(con: psycopg.Connection, rows: list[tuple]) -> list[tuple[str, str]]:
    """``(event_id, record JSON)`` of the deletes of events with the ids or sources of ``rows``
    that the store does not hold now (see :func:`geo.store.common.plan`)."""
    source = common.FIELDS.index("source")
    return con.execute(
        "SELECT event_id, changes FROM history WHERE action = 'delete' "
        "AND (event_id = ANY(%s) OR source = ANY(%s)) "
        "AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = history.event_id)",
        ([r[0] for r in rows], list({r[source] for r in rows} - {None})),
    ).fetchall()


def undo_in(
    con: psycopg.Connection,
    user: str,
    expected: tuple[str, str] | None,
    save: Callable[[common.SaveRequest], common.SaveResult],
) -> removal.UndoResult | None:
    """Undo the last delete in the caller's transaction (see :func:`removal.undo_last`)."""
    entries = con.execute(
        'SELECT changed_at, "user", action, changes FROM history WHERE action = ANY(%s) '
        "ORDER BY id",
        ([removal.DELETE, removal.RESTORE],),
    ).fetchall()

    def held(ids: list[str]) -> list[str]:
        found = con.execute("SELECT event_id FROM events WHERE event_id = ANY(%s)", (ids,))
        return [r[0] for r in found.fetchall()]

    history = pd.DataFrame(entries, columns=removal.UNDO_COLUMNS)
    return removal.undo_last(history, expected, user, held, save)
