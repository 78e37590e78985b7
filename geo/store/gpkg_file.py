"""The GeoPackage file itself: opening it with the functions GDAL's triggers call, telling a
Sitrep Map store from any other file, making a new one, migrating an older one, and clearing what
killed saves left beside it."""

from __future__ import annotations

import os
import sqlite3
import struct
import threading
from pathlib import Path

import pyogrio
import shapely

from geo import events as ev
from geo.records import COLUMNS, TEXT_COLUMNS
from geo.store import common, gpkg_schema
from geo.store.common import StoreError

LAYER = "events"
GPKG_HEADER = b"GP\x00\x01" + struct.pack("<i", 4326)  # little-endian, no envelope, EPSG:4326
_ENVELOPE_BYTES = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}
# GDAL's SQLite and Python's share POSIX locks per process: closing one file descriptor drops
# the other's locks, so this process never reads with one while it writes with the other.
PROCESS_LOCK = threading.RLock()
COLUMNS_SQL = ", ".join(f'"{c}"' for c in COLUMNS)

_SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS sitrep_schema (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS history (
    id INTEGER PRIMARY KEY AUTOINCREMENT, changed_at TEXT NOT NULL, user TEXT NOT NULL,
    action TEXT NOT NULL, event_id TEXT NOT NULL, source TEXT, changes TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS history_event_id ON history (event_id);
CREATE INDEX IF NOT EXISTS history_deleted ON history (source) WHERE action = 'delete';
"""
_REPORTS_SQL = """
CREATE TABLE reports (
    sha256 TEXT PRIMARY KEY, source TEXT NOT NULL, published TEXT, saved_at TEXT NOT NULL,
    text TEXT NOT NULL)
"""


def wkb(blob: bytes) -> bytes:
    """The WKB inside a GeoPackage geometry blob (after its header and optional envelope)."""
    return blob[8 + _ENVELOPE_BYTES.get((blob[3] >> 1) & 7, 0) :]


def bounds(blob: bytes) -> tuple[float, float, float, float]:
    """min x, min y, max x, max y of a GeoPackage geometry blob: from its envelope, or straight
    from the bytes of a point, or (any other shape without an envelope) through shapely."""
    order = "<" if blob[3] & 1 else ">"
    if (blob[3] >> 1) & 7:  # the envelope: min x, max x, min y, max y
        min_x, max_x, min_y, max_y = struct.unpack_from(order + "4d", blob, 8)
        return min_x, min_y, max_x, max_y
    body = wkb(blob)
    order = "<" if body[0] == 1 else ">"
    if struct.unpack_from(order + "I", body, 1)[0] == 1:  # a 2D point
        x, y = struct.unpack_from(order + "2d", body, 5)
        return x, y, x, y
    min_x, min_y, max_x, max_y = (float(v) for v in shapely.from_wkb(body).bounds)
    return min_x, min_y, max_x, max_y


def _bound(index: int):
    def bound(blob: bytes | None) -> float | None:
        return None if blob is None else bounds(blob)[index]

    return bound


# How long a reader or saver waits for another process's transaction on the store to end.
LOCK_WAIT_SECONDS = 300.0


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    """A connection with the GeoPackage functions GDAL's spatial-index triggers call."""
    uri = f"file:{path}?mode={'ro' if readonly else 'rw'}"
    con = sqlite3.connect(uri, uri=True, timeout=LOCK_WAIT_SECONDS, isolation_level=None)
    con.create_function("ST_IsEmpty", 1, lambda b: None if b is None else int(bool(b[3] & 0x10)))
    for i, name in enumerate(("ST_MinX", "ST_MinY", "ST_MaxX", "ST_MaxY")):
        con.create_function(name, 1, _bound(i), deterministic=True)
    return con


def _not_a_store(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    """The store refused in one line: busy when SQLite gave up waiting for another process's
    lock (no damage: saying so would invite deleting a good store), else not a store."""
    if "locked" in str(exc) or "busy" in str(exc):
        return StoreError(
            f"{path} is busy: another process has held it for {LOCK_WAIT_SECONDS:g} s (a save "
            "still running?); try again when it ends"
        )
    return StoreError(
        f"{path} is not a GeoPackage (no gpkg_contents table) or is damaged: point "
        "SITREP_STORE at a Sitrep Map store or at a new file name"
    )


def check(path: Path) -> None:
    """Refuse a file that is not a GeoPackage holding a Sitrep Map ``events`` layer.

    A save killed mid-way left a journal: opening the file read-write rolls it back first
    (SQLite's own recovery), so the checks read the last committed state.
    """
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
        con = connect(path, readonly=not os.access(path, os.W_OK))
        try:
            tables = {r[0] for r in con.execute("SELECT table_name FROM gpkg_contents")}
            columns = {r[1] for r in con.execute(f"PRAGMA table_info({LAYER})")}
            foreign = gpkg_schema.refusal(con)
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _not_a_store(path, exc) from None
    if LAYER not in tables or "event_id" not in columns:
        raise StoreError(
            f"{path} is a GeoPackage without a Sitrep Map '{LAYER}' layer (with event_id), so "
            "not a Sitrep Map store: point SITREP_STORE at a new file name"
        )
    if foreign:
        raise StoreError(
            f"{path} is not as Sitrep Map made it: {foreign}. Nothing was read or saved: undo "
            "that change to the file, or point SITREP_STORE at another store"
        )


def create(path: Path) -> None:
    """A new empty store, made aside and linked into place only if no one made it meanwhile."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new.gpkg")
    try:
        pyogrio.write_dataframe(
            ev.empty_frame(), tmp, layer=LAYER, driver="GPKG", geometry_type="Point"
        )
        con = connect(tmp)
        try:
            con.execute("BEGIN IMMEDIATE")
            migrate(con)
            con.execute("COMMIT")
        finally:
            con.close()
        os.link(tmp, path)
    except FileExistsError:
        pass
    finally:
        tmp.unlink(missing_ok=True)


def remove_stale_temporaries(path: Path) -> None:
    """Files of saves killed mid-way whose process is gone: a new store being made, or the
    whole-file copies (and their journals) that earlier versions wrote beside the store."""
    for tmp in path.parent.glob(f".{path.name}.*.*"):
        if not tmp.name.endswith(
            (".new.gpkg", ".new.gpkg-journal", ".tmp.gpkg", ".tmp.gpkg-journal")
        ):
            continue
        try:
            os.kill(int(tmp.name[len(path.name) + 2 :].split(".")[0]), 0)
        except ProcessLookupError:
            tmp.unlink(missing_ok=True)
        except (ValueError, PermissionError):
            continue


def migrate(con: sqlite3.Connection) -> None:
    """Bring a store of any earlier schema to :data:`common.SCHEMA_VERSION` (in the caller's
    transaction): versions on events, reports keyed by content hash, the history index."""
    for statement in filter(str.strip, _SCHEMA_SQL.split(";")):
        con.execute(statement)
    columns = {r[1] for r in con.execute(f"PRAGMA table_info({LAYER})")}
    for name in COLUMNS:  # fields added to the schema since the store was made
        if name not in columns:
            kind = "TEXT" if name in TEXT_COLUMNS else "INTEGER"
            con.execute(f'ALTER TABLE {LAYER} ADD COLUMN "{name}" {kind}')
    row = con.execute("SELECT max(version) FROM sitrep_schema").fetchone()
    if row[0] is not None and row[0] >= common.SCHEMA_VERSION:
        return
    if "version" not in columns:
        con.execute(f"ALTER TABLE {LAYER} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "reports" in tables:
        con.execute("ALTER TABLE reports RENAME TO reports_v1")
        con.execute(_REPORTS_SQL)
        con.execute(
            "INSERT OR IGNORE INTO reports SELECT sha256, source, published, saved_at, text "
            "FROM reports_v1"
        )
        con.execute("DROP TABLE reports_v1")
    else:
        con.execute(_REPORTS_SQL)
    try:
        con.execute(f"CREATE UNIQUE INDEX IF NOT EXISTS {LAYER}_event_id ON {LAYER} (event_id)")
    except sqlite3.IntegrityError:  # a foreign-made store with repeated ids: still index them
        con.execute(f"CREATE INDEX IF NOT EXISTS {LAYER}_event_id ON {LAYER} (event_id)")
    for table in ("history", "reports"):
        con.execute(
            "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier) "
            "VALUES (?, 'attributes', ?)",
            (table, table),
        )
    con.execute("DELETE FROM sitrep_schema")
    con.execute("INSERT INTO sitrep_schema VALUES (?)", (common.SCHEMA_VERSION,))


def point_blob(lat: float, lon: float) -> bytes:
    """A point as a GeoPackage geometry blob (little-endian WKB, EPSG:4326)."""
    return GPKG_HEADER + struct.pack("<BIdd", 1, 1, lon, lat)
