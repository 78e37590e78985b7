"""Alike events keep their stored ids when their report is read again.

Two events of one report with the same type, place, day and weapon share the extractor's id key
(:func:`geo.records.event_id`); :func:`geo.records.distinct_ids` tells them apart in text order
(``ID``, ``ID-2``, ``ID-3``). A report read again with an alike event added before them (a live
blog's newest entry on top) gives every later one the id of the one before it: a save then wrote
the new event over the first one's row, an analyst's corrections and all, and stored the
corrected event again as new, uncorrected. Before a save is planned, the rows of such a group
take the stored ids of the events whose sentence (``source_text``) they repeat; the others keep
the group's remaining ids in text order (a sentence the report rewrote updates its row as
before).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from geo.records import COLUMNS

# the extractor's ids (geo.records.event_id), with distinct_ids' suffix
_MADE = re.compile(r"(sm-[0-9a-f]{12})(?:-([2-9]|[1-9]\d{1,5}))?")
_TEXT = COLUMNS.index("source_text")
# ids of a group looked for in the store beyond the group's own: events the report no longer
# tells may stand between (a live blog that dropped an entry)
SPARE = 4
# numbers past a group's size looked up at most (an imported file's ids may say "ID-999999": three
# such rows asked the store for 3,000,000 ids)
MAX_SKIPPED = 16
V = TypeVar("V")


def _groups(rows: list[tuple]) -> dict[str, list[int]]:
    """The positions of the rows of each alike group, by the group's key."""
    out: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        m = _MADE.fullmatch(str(row[0]))
        if m is not None:
            out.setdefault(m.group(1), []).append(i)
    return out


def _number(eid: str) -> int:
    m = _MADE.fullmatch(eid)
    return int(m.group(2) or 1) if m else 0


def siblings_to_look_up(stored: Mapping[str, tuple], rows: list[tuple]) -> list[str]:
    """The ids a save looks for in the store besides its rows' own (``stored``: those found):
    where a row's id is stored with another sentence, the ids of its alike group up to
    :data:`SPARE` past its size (``ID-2`` .. ``ID-n``), so an event the report now tells first,
    or after one it dropped, is found under the id it was stored with. (None for a save that
    repeats its events or adds new ones: a second query only where the order moved.)"""
    out: list[str] = []
    for key, members in _groups(rows).items():
        if all(stored.get(str(rows[i][0]), rows[i])[_TEXT] == rows[i][_TEXT] for i in members):
            continue
        top = max(len(members), *(_number(str(rows[i][0])) for i in members))
        last = min(top, len(members) + MAX_SKIPPED) + SPARE
        out += [e for e in (key, *(f"{key}-{n}" for n in range(2, last + 1))) if e not in stored]
    return out


def follow_stored(stored: Mapping[str, tuple], rows: list[tuple]) -> dict[str, str]:
    """Give the rows of each alike group the stored ids of the events whose sentence they repeat
    (``rows`` changed in place; ``stored``: the stored row of each id looked up). Returns the
    ids that changed, ``{old: new}``."""
    moved: dict[str, str] = {}
    stored_groups: dict[str, list[str]] = {}
    for eid in stored:
        if (m := _MADE.fullmatch(eid)) is not None:
            stored_groups.setdefault(m.group(1), []).append(eid)
    for key, members in _groups(rows).items():
        own = [str(rows[i][0]) for i in members]
        siblings = stored_groups.get(key, [])
        if len(set(own)) < len(own) or not siblings:
            continue  # (a repeated id: the last row wins as before)
        by_text: dict[str, list[str]] = {}
        for eid in sorted(siblings, key=_number):
            by_text.setdefault(str(stored[eid][_TEXT]), []).append(eid)
        given: dict[int, str] = {}
        for i in members:
            found = by_text.get(str(rows[i][_TEXT]))
            if found:
                given[i] = found.pop(0)
        taken = set(given.values())  # (a set: a group of 20,000 rows took 2 s, 200,000 hours)
        free = iter([e for e in sorted(own, key=_number) if e not in taken])
        for i in members:
            new = given.get(i) or next(free)
            if new != rows[i][0]:
                moved[str(rows[i][0])] = new
                rows[i] = (new, *rows[i][1:])
    return moved


def renamed(by_id: Mapping[str, V] | None, moved: Mapping[str, str]) -> Mapping[str, V] | None:
    """``by_id`` (a save's versions or edits, by event id) under the ids :func:`follow_stored`
    gave."""
    if by_id is None or not moved:
        return by_id
    return {moved.get(k, k): v for k, v in by_id.items()}
