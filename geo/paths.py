"""Where Sitrep Map keeps its files: repository data, built caches and the event store."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
STATIC_DIR = ROOT / "static"
VENDOR_DIR = STATIC_DIR / "vendor"


def cache_dir() -> Path:
    """Folder for built indexes (git-ignored); ``$SITREP_CACHE`` overrides it."""
    return Path(os.environ.get("SITREP_CACHE", ROOT / "cache"))


def gazetteer_path() -> Path:
    """The SQLite gazetteer built by ``python -m geo build-gazetteer``."""
    return cache_dir() / "gazetteer.sqlite"


def store_path() -> Path:
    """The GeoPackage event store; ``$SITREP_STORE`` overrides the default in ``data/``."""
    return Path(os.environ.get("SITREP_STORE", DATA_DIR / "store.gpkg"))


def is_postgres(location: str | Path) -> bool:
    """Whether ``location`` is a PostgreSQL address rather than a file path."""
    return str(location).startswith(("postgresql://", "postgres://"))


def context_path(store: Path) -> Path:
    """The context layers' GeoPackage beside the GeoPackage store ``store``."""
    return store.with_name(f"{store.stem}.context.gpkg")


def stored_files() -> list[Path]:
    """The files holding what is stored: the GeoPackage store at ``$SITREP_STORE``, the files
    SQLite keeps beside it while writing, and its context layers (none for a PostGIS store)."""
    if is_postgres(os.environ.get("SITREP_STORE", "")):
        return []
    store = store_path()
    beside = [store.with_name(store.name + end) for end in ("-wal", "-shm", "-journal")]
    return [store, *beside, context_path(store)]
