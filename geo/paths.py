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
