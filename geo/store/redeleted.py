"""Which events of a save an analyst deleted earlier: the same id, or an updated copy of one (the
same report, place, day and type under another id: a weapon named now). A delete holds against
its report read again; it holds against one copy only. A report read again may also tell a
second event at that place that day (a strike of another weapon): only where the deleted
event's own id came back no more, and as many rows as deletes so read, the closest to the
deleted one's sentence, are its copies (every row of the key was left out: a deleted drone
withheld the missile a later copy of the report added)."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from geo.records import COLUMNS
from geo.store.nearest_rows import take_nearest
from geo.textio import json_value

FIELDS = (*COLUMNS, "lat", "lon")  # a row: the schema's columns, then the point
KEY = ("source", "place", "event_date", "event_type")  # one event of one report
_AT = tuple(FIELDS.index(k) for k in KEY)
_TEXT, _START = FIELDS.index("source_text"), FIELDS.index("span_start")


def deleted_again(
    rows: list[tuple], entries: Iterable[tuple[str, str]], present: Collection[str] = ()
) -> list[str]:
    """Ids of ``rows`` (new to the store) that are events deleted earlier (``entries``: their
    delete history entries, ``(event_id, record JSON)``): the same id, or a copy of one whose id
    is none of ``present`` (the ids of every row of the save), in the order of ``rows``."""
    records: dict[str, dict | None] = {}
    for eid, text in entries:
        try:
            value = json_value(text)
        except (TypeError, ValueError):
            continue  # (a store edited by hand)
        records[eid] = value if isinstance(value, dict) else None
    gone: dict[tuple, list[dict]] = {}  # deleted events whose id the save holds no more, by key
    for eid, record in records.items():
        if record is not None and eid not in present:
            gone.setdefault(tuple(record.get(k) for k in KEY), []).append(record)
    out = {row[0] for row in rows if row[0] in records}
    copies: dict[tuple, list[tuple]] = {}
    for row in rows:
        key = tuple(row[i] for i in _AT)
        if row[0] not in records and key in gone:
            copies.setdefault(key, []).append(row)
    for key, candidates in copies.items():  # its sentence first, then the nearest span
        out.update(candidates[i][0] for i in take_nearest(candidates, gone[key], _TEXT, _START))
    return [row[0] for row in rows if row[0] in out]
