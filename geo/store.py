"""Event persistence: one GeoPackage file at ``$SITREP_STORE`` (default ``data/store.gpkg``).

Writes go to a copy that replaces the store in one rename, so a crash mid-save leaves the previous
file as it was. A file that is not a Sitrep Map store is refused, never overwritten.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import geopandas as gpd
import pandas as pd

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
    """Events saved in the store (an empty frame when there is no store yet)."""
    path = Path(path) if path else store_path()
    if not path.exists():
        return ev.empty_frame()
    check(path)
    frame = gpd.read_file(path, layer=LAYER, engine="pyogrio")
    frame = frame.set_crs(4326, allow_override=True)
    for name in ev.COLUMNS:
        if name not in frame:
            frame[name] = None
    frame["lat"], frame["lon"] = frame.geometry.y, frame.geometry.x
    return ev._typed(pd.DataFrame(frame[[*ev.COLUMNS, "lat", "lon"]]))


def save(frame: gpd.GeoDataFrame, path: Path | None = None) -> int:
    """Add or replace events (by ``event_id``) and write the store atomically.

    Returns
    -------
    int
        How many events the store holds afterwards.
    """
    path = Path(path) if path else store_path()
    current = load(path)
    merged = pd.concat([current[~current["event_id"].isin(frame["event_id"])], frame])
    merged = gpd.GeoDataFrame(merged, geometry="geometry", crs="EPSG:4326")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        merged.to_file(tmp, layer=LAYER, driver="GPKG", engine="pyogrio")
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return len(merged)


def load_all(gazetteer, path: Path | None = None) -> gpd.GeoDataFrame:
    """The reference report's events together with everything saved in the store.

    A stored event with the same id as a reference one replaces it (an analyst's correction).
    """
    reference = ev.load_reference(gazetteer)
    stored = load(path)
    if stored.empty:
        return reference
    combined = pd.concat([reference[~reference["event_id"].isin(stored["event_id"])], stored])
    return gpd.GeoDataFrame(combined, geometry="geometry", crs="EPSG:4326").reset_index(drop=True)
