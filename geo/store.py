"""Event persistence: one GeoPackage file at ``$SITREP_STORE`` (default ``data/store.gpkg``).

Writes go to a copy that replaces the store in one rename, so a crash mid-save leaves the previous
file as it was. A file that is not a Sitrep Map store is refused, never overwritten.
"""

from __future__ import annotations

import fcntl
import getpass
import hashlib
import json
import os
import sqlite3
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow.compute as pc
import pyogrio
import shapely

from geo import events as ev
from geo.paths import store_path

LAYER = "events"


class StoreError(RuntimeError):
    """The store file cannot be used; the message says why and what to do."""


def check(path: Path) -> None:
    """Refuse a file that is not a GeoPackage holding a Sitrep Map events layer."""
    try:
        with open(path, "rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise StoreError(f"cannot read the store {path}: {exc.strerror}") from None
    if head != b"SQLite format 3\x00":
        raise StoreError(
            f"{path} is not a GeoPackage (not SQLite): point SITREP_STORE at a Sitrep Map store "
            "or at a new file name"
        )
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
        finally:
            con.close()
    except sqlite3.DatabaseError:
        raise StoreError(
            f"{path} is not a GeoPackage (no gpkg_contents table) or is damaged: point "
            "SITREP_STORE at a Sitrep Map store or at a new file name"
        ) from None
    if LAYER not in tables:
        raise StoreError(
            f"{path} is a GeoPackage without an '{LAYER}' layer, so not a Sitrep Map store: "
            "point SITREP_STORE at a new file name"
        )


def load(path: Path | None = None) -> gpd.GeoDataFrame:
    """Events saved in the store (an empty frame when there is no store yet).

    Read column by column through Arrow: the few-valued text columns
    (:data:`geo.events.LOW_CARDINALITY`) become pandas categories, the others pandas strings, so
    no Python object is made per event and cell (100,000 events load in about 0.3 s).
    """
    path = Path(path) if path else store_path()
    if not path.exists():
        return ev.empty_frame()
    check(path)
    meta, table = pyogrio.read_arrow(path, layer=LAYER)
    if table.num_rows == 0:
        return ev.empty_frame()
    geometry_column = meta.get("geometry_name") or "wkb_geometry"
    columns = {}
    for name in ev.COLUMNS:
        if name not in table.column_names:
            columns[name] = pd.Series([None] * table.num_rows, dtype=object)
            continue
        column = table.column(name)
        if name in ev.LOW_CARDINALITY:
            columns[name] = pc.dictionary_encode(column).to_pandas()
        elif name in ev.INTEGER_COLUMNS:
            columns[name] = column.to_pandas().astype("int8")
        elif name in ev.COUNT_COLUMNS:
            columns[name] = pd.array(column.to_pandas(), dtype="Int64")
        else:
            columns[name] = column.to_pandas()
    frame = pd.DataFrame(columns)
    geometry = shapely.from_wkb(table.column(geometry_column).to_numpy(zero_copy_only=False))
    return gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")


@dataclass(frozen=True, slots=True)
class Report:
    """The report a set of events came from, kept with them in the store."""

    source: str
    text: str
    published: str | None = None


@dataclass(frozen=True, slots=True)
class SaveResult:
    added: int
    updated: int
    unchanged: int
    total: int


_HISTORY_SQL = """
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY AUTOINCREMENT, changed_at TEXT NOT NULL, user TEXT NOT NULL,
    action TEXT NOT NULL, event_id TEXT NOT NULL, source TEXT, changes TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
    source TEXT PRIMARY KEY, sha256 TEXT NOT NULL, published TEXT, saved_at TEXT NOT NULL,
    text TEXT NOT NULL);
"""


def save(
    frame: gpd.GeoDataFrame,
    path: Path | None = None,
    report: Report | Sequence[Report] | None = None,
    user: str | None = None,
) -> SaveResult:
    """Add new events, update changed ones (by ``event_id``), and log every change.

    The whole store is rewritten into a temporary file that replaces it in one rename, under an
    exclusive lock: a crash leaves the previous store, and two savers run one after the other, each
    on the other's result.

    Parameters
    ----------
    frame : GeoDataFrame
        Events in the schema (EPSG:4326).
    report : Report or sequence of Report, optional
        Where they came from; stored once per source (several reports for a batch, in the same
        save).
    user : str, optional
        Who saves (default: the login name).
    """
    path = Path(path) if path else store_path()
    if frame.crs is None or frame.crs.to_epsg() != 4326:
        raise StoreError(f"events should be in EPSG:4326, got {frame.crs} instead")
    user = user or getpass.getuser()
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path):
        _remove_stale_temporaries(path)
        current = load(path)
        changes, added, updated, unchanged = _changes(current, frame)
        merged = ev.concat(
            [current[~current["event_id"].isin(frame["event_id"])], frame[current.columns]]
        )
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.gpkg")
        try:
            merged.to_file(tmp, layer=LAYER, driver="GPKG", engine="pyogrio", use_arrow=True)
            _write_tables(tmp, path, changes, report, user)
            with open(tmp, "rb") as f:
                os.fsync(f.fileno())
            os.replace(tmp, path)
            _fsync_dir(path.parent)
        finally:
            tmp.unlink(missing_ok=True)
    return SaveResult(added, updated, unchanged, len(merged))


def _changes(current: gpd.GeoDataFrame, frame: gpd.GeoDataFrame) -> tuple[list, int, int, int]:
    """History entries for saving ``frame`` over ``current``, and the counts.

    Each entry's changes are JSON text: an insert logs the record as saved; an update logs
    ``{field: [before, after]}`` for the fields that changed. Rows are compared column by column (vectorised); only new and changed
    rows become Python objects, so saving a large import stays fast.
    """
    is_new = ~frame["event_id"].isin(current["event_id"]).to_numpy()
    inserted = frame[is_new]
    changes = [
        ("insert", eid, source, record)
        for eid, source, record in zip(
            inserted["event_id"].tolist(),
            inserted["source"].tolist(),
            _records_json(inserted),
            strict=True,
        )
    ]
    both = frame[~is_new]
    if not len(both):
        return changes, int(is_new.sum()), 0, 0
    before = current.set_index("event_id").loc[both["event_id"]]
    differs = np.zeros(len(both), dtype=bool)
    for name in [c for c in ev.COLUMNS if c != "event_id"]:
        a = before[name].astype(object).to_numpy()
        b = both[name].astype(object).to_numpy()
        a_null, b_null = pd.isna(a), pd.isna(b)
        a, b = np.where(a_null, None, a), np.where(b_null, None, b)  # pd.NA has no truth value
        differs |= (a_null != b_null) | (~a_null & ~b_null & (a != b))
    for axis in ("x", "y"):
        a = np.round(getattr(before.geometry, axis).to_numpy(), 6)
        differs |= a != np.round(getattr(both.geometry, axis).to_numpy(), 6)
    olds = {r["event_id"]: r for r in _rows(before.reset_index()[differs])}
    for row in _rows(both[differs]):
        diff = json.dumps(_diff(olds[row["event_id"]], row), default=str)
        changes.append(("update", row["event_id"], row.get("source"), diff))
    return changes, int(is_new.sum()), int(differs.sum()), int((~differs).sum())


def _records_json(frame: gpd.GeoDataFrame) -> list[str]:
    """Each row as a JSON object with lat/lon (pandas' C writer; empty fields are null)."""
    plain = pd.DataFrame(frame[list(ev.COLUMNS)]).assign(
        lat=frame.geometry.y.round(6), lon=frame.geometry.x.round(6)
    )
    if not len(plain):
        return []
    return plain.to_json(orient="records", lines=True, force_ascii=False).splitlines()


def _rows(frame: gpd.GeoDataFrame) -> list[dict]:
    out = []
    xs, ys = frame.geometry.x.tolist(), frame.geometry.y.tolist()
    for i, row in enumerate(frame[list(ev.COLUMNS)].to_dict("records")):
        clean = {
            k: (None if pd.isna(v) else (v.item() if hasattr(v, "item") else v))
            for k, v in row.items()
        }
        clean["lat"], clean["lon"] = round(ys[i], 6), round(xs[i], 6)
        out.append(clean)
    return out


def _diff(before: dict, after: dict) -> dict:
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


def _write_tables(
    tmp: Path, previous: Path, changes: list, report: Report | Sequence[Report] | None, user: str
) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    con = sqlite3.connect(tmp)
    try:
        con.executescript(_HISTORY_SQL)
        if previous.exists():
            con.execute("ATTACH DATABASE ? AS old", (str(previous),))
            names = {
                r[0] for r in con.execute("SELECT name FROM old.sqlite_master WHERE type='table'")
            }
            if "history" in names:
                con.execute("INSERT INTO history SELECT * FROM old.history")
            if "reports" in names:
                con.execute("INSERT INTO reports SELECT * FROM old.reports")
            con.commit()
            con.execute("DETACH DATABASE old")
        con.executemany(
            "INSERT INTO history (changed_at, user, action, event_id, source, changes) VALUES (?,?,?,?,?,?)",
            [(now, user, action, eid, source, diff) for action, eid, source, diff in changes],
        )
        reports = [report] if isinstance(report, Report) else list(report or ())
        con.executemany(
            "INSERT OR REPLACE INTO reports VALUES (?,?,?,?,?)",
            [
                (
                    r.source,
                    hashlib.sha256(r.text.encode("utf-8")).hexdigest(),
                    r.published,
                    now,
                    r.text,
                )
                for r in reports
            ],
        )
        for table in ("history", "reports"):
            con.execute(
                "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) VALUES (?, 'attributes', ?)",
                (table, table),
            )
        con.commit()
    finally:
        con.close()


def _remove_stale_temporaries(path: Path) -> None:
    """Temporary files of saves that were killed before their rename (their process is gone)."""
    for tmp in path.parent.glob(f".{path.name}.*.tmp.gpkg"):
        try:
            pid = int(tmp.name[len(path.name) + 2 :].split(".")[0])
            os.kill(pid, 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except (ValueError, PermissionError):
            continue


@contextmanager
def _locked(path: Path):
    lock_path = path.with_name(f".{path.name}.lock")
    with open(lock_path, "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def history(path: Path | None = None) -> pd.DataFrame:
    """Every change ever saved: when, who, what (insert/update), which event, which fields."""
    path = Path(path) if path else store_path()
    if not path.exists():
        return pd.DataFrame(
            columns=["changed_at", "user", "action", "event_id", "source", "changes"]
        )
    check(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return pd.read_sql_query(
            "SELECT changed_at, user, action, event_id, source, changes FROM history ORDER BY id",
            con,
        )
    except pd.errors.DatabaseError:
        return pd.DataFrame(
            columns=["changed_at", "user", "action", "event_id", "source", "changes"]
        )
    finally:
        con.close()


def saved_reports(path: Path | None = None) -> pd.DataFrame:
    """The reports saved events came from (source, hash, publication date, when saved)."""
    path = Path(path) if path else store_path()
    if not path.exists():
        return pd.DataFrame(columns=["source", "sha256", "published", "saved_at"])
    check(path)
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return pd.read_sql_query(
            "SELECT source, sha256, published, saved_at FROM reports ORDER BY saved_at", con
        )
    except pd.errors.DatabaseError:
        return pd.DataFrame(columns=["source", "sha256", "published", "saved_at"])
    finally:
        con.close()


def load_all(gazetteer, path: Path | None = None) -> gpd.GeoDataFrame:
    """The reference report's events together with everything saved in the store.

    A stored event with the same id as a reference one replaces it (an analyst's correction).
    Each event gets its derived ``side_of_line`` from the store's context layers
    (:mod:`geo.context`, :mod:`geo.sides`).
    """
    from geo import context, sides

    reference = ev.load_reference(gazetteer)
    stored = load(path)
    if stored.empty:
        frame = reference
    else:
        frame = ev.concat([reference[~reference["event_id"].isin(stored["event_id"])], stored])
    frame["side_of_line"] = sides.side_of_line(frame, context.load(context.path_for(path)))
    return frame
