"""What both store backends share: the records they exchange, who saves, and the change plan.

A save is planned here, before any backend writes: which events are new, which changed (with
the fields from what to what), which are unchanged, which an import may not replace, and which
were edited by someone else since the analyst opened them.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import geopandas as gpd

from geo.labels import label, moment
from geo.records import given
from geo.store.alike import follow_stored, renamed

# Frames and rows moved to geo.store.frames; the names stay importable from here.
from geo.store.frames import column_values, frame_from_arrow, frame_rows  # noqa: F401
from geo.store.redeleted import FIELDS, deleted_again
from geo.textio import json_value
from geo.vocabulary import shortened

SCHEMA_VERSION = 2  # 1: reports keyed by source, no versions; 2: versions, reports by hash


# The events' points are PostGIS geometries: a database without the extension stopped an import
# with a traceback ending 'type "geometry" does not exist' (newuser26).
NO_POSTGIS = (
    "the database {where} has no PostGIS: run CREATE EXTENSION postgis; in it (psql, as its "
    "owner or a superuser), then try again"
)


class StoreError(RuntimeError):
    """The store cannot be used or the save is refused; the message says why and what to do."""


class ConflictError(StoreError):
    """An event was edited by someone else since the analyst opened it; nothing was saved."""


@dataclass(frozen=True, slots=True)
class Report:
    """The report a set of events came from, kept with them in the store (keyed by its hash)."""

    source: str
    text: str
    published: str | None = None


@dataclass(frozen=True, slots=True)
class SaveRequest:
    """One save, as a backend receives it: the events, the reports they came from, who saves,
    the versions the saver opened (``base``: an edit of an older one is refused) and the ids an
    import may not replace (``protected``)."""

    frame: gpd.GeoDataFrame
    reports: Sequence[Report]
    user: str
    base: Mapping[str, int] | None = None
    protected: Collection[str] = ()
    edited: Mapping[str, Collection[str] | Mapping[str, object]] | None = None
    action: str = "insert"  # how a new event is logged ("restore": put back by an undo)
    readd_deleted: bool = False  # events deleted earlier are added again when they come again


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What a save did: events added, updated, unchanged, refused, and the store's total;
    ``kept``: events where a stored correction was kept against a re-extraction (see :func:`plan`);
    ``withheld``: ids of events an analyst deleted earlier, not added again (see :func:`plan`)."""

    added: int
    updated: int
    unchanged: int
    total: int
    refused: tuple[str, ...] = ()
    kept: int = 0
    withheld: tuple[str, ...] = ()


_SOURCE, _PLACE = FIELDS.index("source"), FIELDS.index("place")


@dataclass(slots=True)
class Plan:
    """What a save writes: positions of new and changed rows, and the history entries it logs
    (action, event_id, source, JSON of the record or of ``{field: [before, after]}``)."""

    inserts: list[int]
    updates: list[int]
    unchanged: int
    refused: tuple[str, ...]
    history: list[tuple[str, str, str | None, str]] = field(default_factory=list)
    kept: int = 0
    withheld: tuple[str, ...] = ()

    def result(self, total: int) -> SaveResult:
        """What the save did, once written, the store holding ``total`` events."""
        added, updated = len(self.inserts), len(self.updates)
        return SaveResult(
            added, updated, self.unchanged, total, self.refused, self.kept, self.withheld
        )


def report_hash(report: Report) -> str:
    """SHA-256 of the report's text (UTF-8): the key a report is stored under."""
    return hashlib.sha256(report.text.encode("utf-8", "surrogatepass")).hexdigest()


def change_time() -> str:
    """When a save or delete is logged (its history entries and reports): to the microsecond, so
    two within one second stay two (a report's events are the inserts of its save; an undo puts
    back only the last delete); the History page shows it to the minute."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def current_user() -> str:
    """Who saves: ``$SITREP_USER`` when set, else the operating system's login name."""
    return os.environ.get("SITREP_USER") or getpass.getuser()


def plan(
    stored: Mapping[str, tuple],
    rows: list[tuple],
    versions: Mapping[str, int],
    request: SaveRequest,
    last_edit: Callable[[str], tuple[str, str] | None] = lambda _eid: None,
    changes: Callable[[list[str]], Iterable[tuple[str, str]]] = lambda _eids: (),
    deleted: Callable[[list[tuple]], Iterable[tuple[str, str]]] = lambda _rows: (),
) -> Plan:
    """Compare the rows to save with the stored rows of the same ids and plan the save.

    Parameters
    ----------
    stored : mapping of str to tuple
        The stored row (see :data:`FIELDS`) of each ``event_id`` among ``rows``.
    rows : list of tuple
        The events to save, as :func:`geo.store.frames.frame_rows` makes them; the last of a repeated id wins.
    versions : mapping
        Stored version of each event in ``stored``.
    request : SaveRequest
        Its ``base`` (the version of each event when the analyst opened it: an event changed
        since then is refused with :class:`ConflictError`), ``protected`` (ids this save may not
        replace) and ``edited`` (fields a person set in this save: they replace a correction;
        mapped to the values they replaced, a new event's are logged as its first correction).
    last_edit : callable
        ``event_id -> (user, when)`` of the latest stored change, for the conflict message.
    changes : callable
        ``event_ids -> (event_id, changes JSON)`` of their stored updates, oldest first: a field
        whose latest change went from the value saved now to the stored one keeps the stored
        value (a correction is not undone by saving again what it corrected; counted in
        :attr:`Plan.kept`).
    deleted : callable
        ``new rows -> (event_id, record JSON)`` of the deletes of events not stored now with
        those rows' ids or sources (see :func:`_withheld`).
    """
    moved = follow_stored(stored, rows)  # alike events keep their stored ids (geo.store.alike)
    base, edited = renamed(request.base, moved), renamed(request.edited, moved)
    last = {row[0]: i for i, row in enumerate(rows)}
    refused = tuple(sorted(eid for eid in last if eid in request.protected))
    out = Plan([], [], 0, refused)
    diffs = _inserts_and_diffs(out, stored, rows, last, request, edited, deleted)
    corrected = latest_changes(changes([eid for eid, diff in diffs.items() if diff]))
    for eid, diff in diffs.items():
        i = last[eid]
        diff = _keep_corrections(out, rows, i, stored[eid], diff, corrected.get(eid, {}), edited)
        row = rows[i]
        if not diff:
            out.unchanged += 1
            continue
        if base is not None:
            _check_version(eid, row, diff, versions, base, last_edit)
        out.updates.append(i)
        out.history.append(("update", eid, row[_SOURCE], _json(diff)))
    return out


def _inserts_and_diffs(
    out: Plan,
    stored: Mapping[str, tuple],
    rows: list[tuple],
    last: Mapping[str, int],
    request: SaveRequest,
    edited: Mapping | None,
    deleted: Callable[[list[tuple]], Iterable[tuple[str, str]]],
) -> dict[str, dict]:
    """Plan the new events (those deleted earlier left out: :func:`_withheld`); return each
    stored event's fields that differ, by id."""
    withheld = _withheld(
        out, [rows[i] for e, i in last.items() if e not in stored], request, deleted, last
    )
    protected = frozenset(request.protected)
    diffs = {}
    for eid, i in last.items():
        if eid in protected or eid in withheld:
            continue
        row = rows[i]
        old = stored.get(eid)
        if old is None:
            _insert(out, i, row, (edited or {}).get(eid), request.action)
            continue
        diffs[eid] = _diff(history_record(old), history_record(row))
    return diffs


def _withheld(
    out: Plan,
    new: list[tuple],
    request: SaveRequest,
    deleted: Callable[[list[tuple]], Iterable[tuple[str, str]]],
    present: Collection[str] = (),
) -> frozenset[str]:
    """The ids of the ``new`` rows that an analyst deleted earlier (:func:`deleted_again`), put
    in ``out.withheld``: left out of the save (a delete holds against a report read again),
    unless the request says ``readd_deleted`` or is an undo's restore; ``present``: the ids
    of every row of the save."""
    if request.action == "restore" or request.readd_deleted or not new:
        return frozenset()
    protected = frozenset(request.protected)
    new = [row for row in new if row[0] not in protected]
    out.withheld = tuple(deleted_again(new, deleted(new) if new else (), present))
    return frozenset(out.withheld)


def _insert(
    out: Plan, i: int, row: tuple, edited: Collection[str] | Mapping | None, action: str
) -> None:
    """Plan a new event: its row, logged whole, then the fixes a person made before saving."""
    out.inserts.append(i)
    out.history.append((action, row[0], row[_SOURCE], _json(history_record(row))))
    first = _first_corrections(row, edited)
    if first:
        out.history.append(("update", row[0], row[_SOURCE], _json(first)))


def _first_corrections(row: tuple, edited: Collection[str] | Mapping | None) -> dict:
    """``{field: [extracted, saved]}`` of a new event's fields a person changed before its
    first save (``edited`` maps each to the value it replaced), logged as a correction so that
    saving the extraction again keeps them, as it keeps corrections of stored events."""
    if not isinstance(edited, Mapping):
        return {}
    saved = history_record(row)
    before = {
        k: round(v, 6) if k in ("lat", "lon") and isinstance(v, float) else v
        for k, v in edited.items()
        if k in saved
    }
    return {k: [v, saved[k]] for k, v in before.items() if v != saved[k]}


def corrected_rows(
    stored: Mapping[str, tuple],
    rows: list[tuple],
    changes: Callable[[list[str]], Iterable[tuple[str, str]]],
) -> list[tuple]:
    """``rows`` as a save would keep them: the save planned by :func:`plan` and not written, so
    a field whose stored value is a correction of exactly the value in the row shows the
    correction (an analyst reviewing a re-extracted report sees what the store will hold)."""
    out = list(rows)
    plan(stored, out, {}, SaveRequest(gpd.GeoDataFrame(), (), ""), changes=changes)
    return out


def latest_changes(entries: Iterable[tuple[str, str]]) -> dict[str, dict[str, list]]:
    """The latest ``[before, after]`` of each field, by event, from update history entries
    (``(event_id, changes JSON)``, oldest first)."""
    out: dict[str, dict[str, list]] = {}
    for eid, changes in entries:
        try:
            fields = json_value(changes)  # a store edited by hand may hold any text here
        except (TypeError, ValueError):
            continue
        if isinstance(fields, dict):
            out.setdefault(eid, {}).update(
                (k, v) for k, v in fields.items() if isinstance(v, list) and len(v) == 2
            )
    return out


def _keep_corrections(
    out: Plan,
    rows: list[tuple],
    i: int,
    old: tuple,
    diff: dict,
    corrected: Mapping[str, list],
    edited: Mapping[str, Collection[str]] | None,
) -> dict:
    """The fields of ``diff`` left to write once those that would put back the value a stored
    correction replaced keep the stored value (in ``rows[i]``, counted in ``out.kept``)."""
    by_person = (edited or {}).get(rows[i][0], ())
    undone = {
        k
        for k, (stored, new) in diff.items()
        if k in corrected and k not in by_person and corrected[k] == [new, stored]
    }
    if undone & {"lat", "lon"}:  # the point moves as one
        undone |= {"lat", "lon"} & diff.keys()
    if not undone:
        return diff
    out.kept += 1
    rows[i] = tuple(o if k in undone else v for k, v, o in zip(FIELDS, rows[i], old, strict=True))
    return {k: v for k, v in diff.items() if k not in undone}


def history_record(row: tuple) -> dict:
    """A row as a dict, its point rounded to 6 decimals (0.1 m): what history logs."""
    return dict(zip(FIELDS, (*row[:-2], round(row[-2], 6), round(row[-1], 6)), strict=True))


def _json(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)


def _check_version(
    eid: str,
    row: tuple,
    diff: dict,
    versions: Mapping[str, int],
    base: Mapping[str, int],
    last_edit: Callable[[str], tuple[str, str] | None],
) -> None:
    stored, opened = versions.get(eid, 1), base.get(eid, 0)
    if stored == opened:
        return
    who, when = last_edit(eid) or ("someone", None)
    at = "an unknown time" if when is None else moment(when)  # as History writes it
    # in the form's words ("killed", not the stored "fatalities")
    fields = "; ".join(
        f"{label(k)}: theirs {given(a)}, yours {given(b)}" for k, (a, b) in diff.items()
    )
    raise ConflictError(
        f"event {shortened(eid)} ({shortened(str(row[_PLACE]))}) was edited by {who} at {at} since you opened it "
        f"(version {opened} then, {stored} now): {fields}. Nothing was saved; reopen it to see "
        "their change"
    )


def _diff(before: dict, after: dict) -> dict:
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}
