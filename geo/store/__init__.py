"""Event persistence behind one interface, two backends.

``$SITREP_STORE`` (or the ``location`` argument) chooses: a ``postgresql://`` address selects
PostgreSQL with PostGIS (a team's shared store), anything else is a GeoPackage file path (the
embedded default, ``data/store.gpkg``). Both keep the events, every change in ``history`` (when,
who, what) and the reports they came from (keyed by the SHA-256 of their text); both write only
what changed, in one transaction, and refuse an edit made on an older version of an event.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path

import geopandas as gpd
import pandas as pd

from geo import events as ev
from geo.filtering import Filters, apply_filters
from geo.paths import is_postgres, store_path
from geo.store import checks, common, frames
from geo.store.common import (
    ConflictError,
    Report,
    SaveRequest,
    SaveResult,
    StoreError,
    current_user,
    report_hash,
)
from geo.store.gpkg import LAYER, GeoPackageStore
from geo.store.gpkg_file import check as _check_gpkg
from geo.store.removal import DeleteResult, UndoResult

__all__ = [
    "LAYER",
    "ConflictError",
    "DeleteResult",
    "Report",
    "SaveResult",
    "StoreError",
    "UndoResult",
    "check",
    "delete",
    "history",
    "load",
    "load_all",
    "report_hash",
    "save",
    "saved_report",
    "saved_reports",
    "stamp",
    "undo_delete",
    "versions",
    "with_corrections",
    "writable",
]

HISTORY_COLUMNS = ["changed_at", "user", "action", "event_id", "source", "changes"]
REPORT_COLUMNS = ["source", "sha256", "published", "saved_at"]


def location() -> str | Path:
    """Where the store is: ``$SITREP_STORE`` as given (a URL stays a URL), else the default."""
    value = os.environ.get("SITREP_STORE")
    return value if value and is_postgres(value) else store_path()


def open_store(where: str | Path | None = None):
    """The backend for ``where`` (default :func:`location`)."""
    where = where if where is not None else location()
    if is_postgres(where):
        from geo.store.postgis import PostgisStore

        return PostgisStore(str(where))
    return GeoPackageStore(where)


def check(path: Path) -> None:
    """Refuse a file that is not a GeoPackage holding a Sitrep Map events layer."""
    _check_gpkg(Path(path))


def load(path: str | Path | None = None, filters: Filters | None = None) -> gpd.GeoDataFrame:
    """Events saved in the store (an empty frame when there is no store yet).

    Read column by column through Arrow: the few-valued text columns
    (:data:`geo.events.LOW_CARDINALITY`) become pandas categories, the others pandas strings, so
    no Python object is made per event and cell. With ``filters``, only the events they select
    (PostGIS selects them in the database, with its indexes).
    """
    frame = open_store(path).load(filters)
    return frame if filters is None else apply_filters(frame, filters)


def stamp(path: str | Path | None = None) -> int:
    """A number that changes whenever the store does (a key for caches of loaded events)."""
    return open_store(path).stamp()


def save(
    frame: gpd.GeoDataFrame,
    path: str | Path | None = None,
    report: Report | Sequence[Report] | None = None,
    user: str | None = None,
    base: Mapping[str, int] | None = None,
    protected: Collection[str] = (),
    edited: Mapping[str, Collection[str] | Mapping[str, object]] | None = None,
    readd_deleted: bool = False,
) -> SaveResult:
    """Add new events, update changed ones (by ``event_id``), and log every change.

    Only the new and changed rows are written, with their history, in one transaction: a crash
    leaves the store as it was before the save, and concurrent savers each keep their events.

    Parameters
    ----------
    frame : GeoDataFrame
        Events in the schema (EPSG:4326).
    path : str or Path, optional
        The store (default ``$SITREP_STORE``): a GeoPackage path or a ``postgresql://`` address.
    report : Report or sequence of Report, optional
        Where they came from (several for a batch of an archive); each distinct text stored once.
    user : str, optional
        Who saves (default ``$SITREP_USER``, else the login name).
    base : mapping of str to int, optional
        The version of each event when the analyst opened it (see :func:`versions`); a changed
        event whose stored version moved on since then raises :class:`ConflictError`.
    protected : collection of str
        Ids this save may not replace (the reference events, for an import); they are left out
        and listed in :attr:`SaveResult.refused`.
    edited : mapping of str to collection of str, optional
        The fields a person set in this save, by event id. Any other field whose stored value is
        a correction of exactly the value saved now keeps the correction (a re-extraction of the
        same report brings nothing new); such events are counted in :attr:`SaveResult.kept`.
        Given as ``{field: value it replaced}`` (:func:`geo.review.person_edits`), a new event's
        edits are logged as its first correction, so a later re-extraction keeps them too.
    readd_deleted : bool
        Add again the events an analyst deleted earlier (by default such an event, coming again
        with its report, is left out and listed in :attr:`SaveResult.withheld`).

    Returns
    -------
    SaveResult
        Counts of added, updated, unchanged events, the store's total and the refused ids.
    """
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        raise StoreError(f"events should be in EPSG:4326, got {frame.crs} instead")
    reports = [report] if isinstance(report, Report) else list(report or ())
    request = SaveRequest(
        frame, reports, user or current_user(), base, protected, edited, readd_deleted=readd_deleted
    )
    return open_store(path).save(request)


def versions(event_ids: Collection[str], path: str | Path | None = None) -> dict[str, int]:
    """The stored version of each of ``event_ids`` (absent when not stored): pass it as ``base``
    to :func:`save` when the edited events are saved."""
    return open_store(path).versions(list(event_ids))


def with_corrections(
    records: Sequence[dict], path: str | Path | None = None
) -> tuple[list[dict], dict[str, list[str]]]:
    """Extracted ``records`` as saving them would store them: where the store holds an analyst's
    correction of exactly the value a record has, the correction (see :func:`save`'s ``edited``).

    Returns the records (new dicts where a field changed) and, by event id, the fields that show
    a stored correction."""
    from geo.stored_differences import own_offsets

    if not records:
        return list(records), {}
    rows = frames.frame_rows(ev.to_frame(list(records)))
    kept = open_store(path).corrected(rows)
    out, fields = [], {}
    for record, before, after in zip(records, rows, kept, strict=True):
        changed = [k for k, a, b in zip(common.FIELDS, before, after, strict=True) if a != b]
        if changed:  # (an alike event's id is the one it was stored with: geo.store.alike)
            shown = {**record, **{k: after[common.FIELDS.index(k)] for k in changed}}
            # offsets into another report's text would mark the wrong words of this one
            shown, changed = own_offsets(record, shown, changed)
            if changed != ["event_id"]:
                fields[shown["event_id"]] = [k for k in changed if k != "event_id"]
            record = shown
        out.append(record)
    return out, fields


def writable(path: str | Path | None = None) -> bool:
    """Whether this user may write the store (a read-only database role or file says no)."""
    return open_store(path).writable()


def history(path: str | Path | None = None) -> pd.DataFrame:
    """Every change ever saved: when, who, what (insert/update), which event, which fields."""
    return open_store(path).query("history", HISTORY_COLUMNS, "id")


def delete(
    event_ids: Sequence[str], path: str | Path | None = None, user: str | None = None
) -> DeleteResult:
    """Remove the stored events of ``event_ids`` and nothing else, in one transaction, each
    logged whole in the history (action ``delete``: who, when, the record); ids the store does
    not hold are listed in :attr:`DeleteResult.missing`. :func:`undo_delete` puts them back."""
    return open_store(path).delete(list(event_ids), user or current_user())


def undo_delete(
    path: str | Path | None = None,
    user: str | None = None,
    expected: tuple[str, str] | None = None,
) -> UndoResult | None:
    """Put back the events of the last delete (None when there is none left to undo): each
    saved as it was, logged as ``restore``; one the store holds again since is left as it is
    (what is absent is found and put back in one transaction: :func:`removal.undo_last`).
    With ``expected`` (the delete's time and user a page showed), a teammate's delete made
    since is not undone in its place: :class:`ConflictError`, nothing put back."""
    return open_store(path).undo_delete(user or current_user(), expected)


def report_event_ids(name: str, path: str | Path | None = None) -> list[str]:
    """Ids of the events the saves of the report or file ``name`` added (see
    :func:`geo.store.removal.report_event_ids`); empty when no report has that name."""
    from geo.store import removal

    return removal.report_event_ids(history(path), saved_reports(path), name)


def saved_reports(path: str | Path | None = None) -> pd.DataFrame:
    """The reports saved events came from (source, hash, publication date, when saved)."""
    return open_store(path).query("reports", REPORT_COLUMNS, "saved_at")


def saved_report(sha256: str, path: str | Path | None = None) -> Report | None:
    """The saved report of that hash (its source, text and publication date), None when the
    store holds none: a colleague opens it again to correct its events (newuser39)."""
    found = open_store(path).query(
        "reports", [*REPORT_COLUMNS, "text"], "saved_at", where=("sha256", sha256)
    )
    if found.empty:
        return None
    row = found.iloc[-1]
    published = row["published"] if isinstance(row["published"], str) else None
    return Report(str(row["source"]), str(row["text"]), published or None)


def reference_ids(gazetteer) -> frozenset[str]:
    """Ids of the reference report's events: an import may not replace them."""
    return frozenset(ev.load_reference(gazetteer)["event_id"])


def load_all(
    gazetteer,
    path: str | Path | None = None,
    filters: Filters | None = None,
    sample: bool | None = True,
) -> gpd.GeoDataFrame:
    """The reference report's events together with everything saved in the store.

    A stored event with the same id as a reference one replaces it (an analyst's correction).
    Each event gets its derived ``side_of_line`` from the store's context layers
    (:mod:`geo.context`, :mod:`geo.sides`).
    With ``filters``, only the events they select. ``sample``: the reference events (the sample
    every store starts with, corrected or not) included, left out (False), or included only
    while the store holds no event of the user's own (None: what an export gives by default).
    """
    from geo import context, sides

    # side_of_line is derived below, so the side filter can only apply after it
    stored_filters = dataclasses.replace(filters, sides=(), sample=True) if filters else None
    reference = ev.load_reference(gazetteer)
    sample_ids = frozenset(reference["event_id"])
    stored = load(path, stored_filters)
    if sample is None:
        sample = not _holds_own(stored, sample_ids, path, stored_filters is not None)
    if filters is not None and not filters.sample:
        sample = False
    if stored_filters is not None:
        reference = apply_filters(reference, stored_filters)
    if not sample:
        reference = reference.iloc[:0]
        stored = stored[~stored["event_id"].isin(sample_ids)]
    if stored.empty:
        frame = reference
    else:
        frame = ev.concat([reference[~reference["event_id"].isin(stored["event_id"])], stored])
    frame = frame.assign(
        side_of_line=sides.side_of_line(frame, context.load(context.path_for(path)))
    )
    frame = apply_filters(frame, filters) if filters and filters.sides else frame
    frame.attrs[checks.ATTR] = stored.attrs.get(checks.ATTR, [])  # named, not silently dropped
    return frame


def _holds_own(
    stored: gpd.GeoDataFrame, sample_ids: frozenset[str], path: str | Path | None, filtered: bool
) -> bool:
    """Whether the store holds an event that is not the sample's: among ``stored``, or, when
    those were ``filtered``, among all it holds (what a filter leaves is not what the user has)."""
    if not stored["event_id"].isin(sample_ids).all():
        return True
    return filtered and not load(path)["event_id"].isin(sample_ids).all()
