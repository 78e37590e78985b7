"""Whole archives of reports into the store, extracted on Dask workers (``python -m geo ingest``).

>>> from geo.ingest import ingest
>>> result = ingest(["archive/"], workers=2)  # doctest: +SKIP
>>> print(result.summary())  # doctest: +SKIP

The names below are imported on first use, so that the command line can build its parser
(:mod:`geo.ingest.cli`) without loading pandas and Dask.
"""

from __future__ import annotations

import importlib

_EXPORTS = {
    "DEFAULT_BATCH": "geo.ingest.cli",
    "IngestResult": "geo.ingest.writer",
    "ingest": "geo.ingest.run",
    "Failed": "geo.ingest.sources",
    "IngestError": "geo.ingest.sources",
    "Item": "geo.ingest.sources",
    "open_archive": "geo.ingest.sources",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'geo.ingest' has no attribute {name!r}")
