"""Taking events back out of the store: one event, or every event one report or import added.

A delete writes the whole record of each event it removes into the history (action ``delete``,
who and when, as a save logs an insert), so the History page tells it and the last delete can be
undone: :func:`last_delete` finds it, and the store saves its records again, logged as
``restore``. The functions here are pure (pandas and the stored rows); the backends write.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass

import pandas as pd

from geo import events as ev
from geo.store.common import FIELDS, ConflictError, SaveRequest, history_record
from geo.textio import json_value

DELETE, RESTORE = "delete", "restore"
# the history's columns :func:`last_delete` reads, and the entries it needs
UNDO_COLUMNS = ["changed_at", "user", "action", "changes"]


@dataclass(frozen=True, slots=True)
class DeleteResult:
    """What a delete did: the ids removed, the ids asked for that the store does not hold, and
    the store's total after it."""

    deleted: tuple[str, ...]
    missing: tuple[str, ...]
    total: int


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What undoing the last delete did: the ids put back, those left as they are because the
    store holds them again (saved since), and when and by whom the delete was made."""

    restored: tuple[str, ...]
    skipped: tuple[str, ...]
    deleted_at: str
    deleted_by: str


def delete_entries(stored: Mapping[str, tuple]) -> list[tuple[str, str, str | None, str]]:
    """The history entries of deleting ``stored`` (event id to stored row, :data:`FIELDS`):
    action, event id, source and the whole record as JSON (what an undo puts back)."""
    source = FIELDS.index("source")
    return [
        (DELETE, eid, row[source], json.dumps(history_record(row), ensure_ascii=False))
        for eid, row in stored.items()
    ]


def last_delete(history: pd.DataFrame) -> tuple[str, str, list[dict]] | None:
    """The latest delete that was not undone: when, who, and the records it removed (the
    history entries of one delete share their time and user and follow one another); None when
    the store's latest delete or restore is a restore, or it has none."""
    rows = history[history["action"].isin([DELETE, RESTORE])]
    if rows.empty or rows["action"].iloc[-1] != DELETE:
        return None
    when, who = rows["changed_at"].iloc[-1], rows["user"].iloc[-1]
    records = []
    for action, at, by, text in zip(
        rows["action"][::-1],
        rows["changed_at"][::-1],
        rows["user"][::-1],
        rows["changes"][::-1],
        strict=True,
    ):
        if action != DELETE or at != when or by != who:
            break
        record = _record(text)
        if record is not None:
            records.append(record)
    return str(when), str(who), records[::-1]


def undo_last(
    history: pd.DataFrame,
    expected: tuple[str, str] | None,
    user: str,
    held: Callable[[list[str]], Collection[str]],
    save: Callable[[SaveRequest], object],
) -> UndoResult | None:
    """Put back the events of the last delete that the store does not hold (None when there is
    no delete left to undo); ``history``: its delete and restore entries (:data:`UNDO_COLUMNS`,
    in order), ``held``: of some ids, those stored, ``save``: the store's save. A backend calls
    it inside one transaction under its write lock, so that no teammate writes between the check
    of what is absent and the restore (a re-added event was overwritten by the deleted record).
    With ``expected`` (the delete's time and user a page showed), a teammate's delete made since
    is not undone in its place: :class:`ConflictError`, nothing put back."""
    found = last_delete(history)
    if found is None:
        return None
    when, who, records = found
    if expected is not None and (when, who) != tuple(expected):
        raise ConflictError(undo_conflict(expected, found))
    present = set(held([r["event_id"] for r in records]))
    back = [r for r in records if r["event_id"] not in present]
    if back:
        save(SaveRequest(ev.to_frame(back), [], user, action=RESTORE))
    skipped = tuple(r["event_id"] for r in records if r["event_id"] in present)
    return UndoResult(tuple(r["event_id"] for r in back), skipped, when, who)


def undo_conflict(expected: tuple[str, str], found: tuple[str, str, list[dict]]) -> str:
    """Why an undo of the delete ``expected`` (its time and user) put nothing back: the last
    delete is now ``found``, made since the undo was offered."""
    when, who, records = found

    def at(moment: str) -> str:  # "2026-12-07 09:58:35" of an ISO time
        return str(moment)[:19].replace("T", " ")

    return (
        f"nothing was put back: {who} deleted {len(records)} event"
        f"{'s' if len(records) != 1 else ''} at {at(when)}, after the delete by {expected[1]} at "
        f"{at(expected[0])} that this undo was for; undo now puts back that newer delete"
    )


def _record(text: object) -> dict | None:
    """A deleted event's record from its history entry (None when a hand-edited store made it
    unreadable)."""
    try:
        value = json_value(str(text))
    except (TypeError, ValueError):
        return None
    return value if isinstance(value, dict) and set(FIELDS) <= value.keys() else None


def report_event_ids(history: pd.DataFrame, reports: pd.DataFrame, name: str) -> list[str]:
    """Ids of the events the saves of report or file ``name`` added (a paste's title, an
    imported file's name, as the reports table keeps it): the inserts logged at the time such
    a report was saved, in history order."""
    times = set(reports.loc[reports["source"] == name, "saved_at"].astype(str))
    added = history[(history["action"] == "insert") & history["changed_at"].astype(str).isin(times)]
    return list(dict.fromkeys(added["event_id"].astype(str)))


def report_names(history: pd.DataFrame, reports: pd.DataFrame, stored: set[str]) -> dict[str, int]:
    """Each saved report or file, newest first, with how many of the events it added the store
    still holds (only those holding some)."""
    out = {}
    for name in reversed(list(dict.fromkeys(reports["source"].astype(str)))):
        held = sum(eid in stored for eid in report_event_ids(history, reports, name))
        if held:
            out[name] = held
    return out


def withheld_note(count: int, readd: str) -> str:
    """What a save says of the ``count`` events it left out because an analyst deleted them
    earlier (:attr:`geo.store.SaveResult.withheld`), and how to bring them back: ``readd``
    names the way where the save was made (a tick box, a command-line flag)."""
    if not count:
        return ""
    were = "event deleted earlier was" if count == 1 else "events deleted earlier were"
    return (
        f"{count:,} {were} not re-added (a deleted event stays deleted when its report comes "
        f"again). To bring {'it' if count == 1 else 'them'} back: undo the delete (History page, "
        f"or python -m geo delete --undo), or save again with {readd}."
    )
