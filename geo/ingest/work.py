"""What runs on a worker: extract a chunk of reports with the process's one extractor (and, when
the workers reach the store, save the chunk's events from the worker).

The extractor (gazetteer, geocoder) is made once per process and kept: a Dask worker process opens
the gazetteer when :class:`ExtractorPlugin` registers with it, and every task in that process uses
the same one. The plain loop (``--workers 0``) calls the same function in the calling process.
Workers of a remote cluster need this package and a built gazetteer (``$SITREP_CACHE``) on their
machine.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from geo.ingest.saving import BatchSaved, save_batch
from geo.ingest.sources import Item

_LOCK = threading.Lock()
_EXTRACTOR = None


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one report: its event records, or the reason it failed (one line), and
    the warnings a reader should see beside its events (a text that does not look like English)."""

    sha256: str
    records: list[dict] | None = None
    error: str | None = None
    warnings: tuple[str, ...] = ()


def extractor():
    """The process's extractor on the offline gazetteer (made at the first call, then kept)."""
    global _EXTRACTOR
    with _LOCK:
        if _EXTRACTOR is None:
            from geo.extract import Extractor
            from geo.gazetteer import Gazetteer
            from geo.geocode import Geocoder

            _EXTRACTOR = Extractor(Geocoder(Gazetteer()))
        return _EXTRACTOR


def extract_chunk(items: list[Item]) -> list[Outcome]:
    """Event records of each report, or why it failed: one report's error never stops the rest.

    Parameters
    ----------
    items : list of Item
        Reports to extract, in any order.

    Returns
    -------
    list of Outcome
        One per item, in the same order.
    """
    x = extractor()
    out = []
    for item in items:
        try:
            records, warnings = x.extract_with_warnings(item.text, item.name, item.published)
        except Exception as exc:  # any error in one report is that report's failure only
            reason = str(exc).splitlines()[0] if str(exc) else ""
            out.append(Outcome(item.sha256, error=f"{type(exc).__name__}: {reason}".rstrip(": ")))
        else:
            out.append(Outcome(item.sha256, records=records, warnings=tuple(warnings)))
    return out


def extract_and_save(
    items: list[Item], where: str, readd: bool = False
) -> tuple[list[Outcome], BatchSaved | None]:
    """Extract ``items`` and save their events in one store write from this worker; the outcomes
    come back without their records (the driver only counts them; None: all of them failed)."""
    outcomes = extract_chunk(items)
    by_hash = {item.sha256: item for item in items}
    done = [(by_hash[o.sha256], o.records or []) for o in outcomes if o.error is None]
    saved = save_batch(done, where, readd)
    return [Outcome(o.sha256, error=o.error, warnings=o.warnings) for o in outcomes], saved


def peak_memory_mb() -> float:
    """Peak resident memory of this process in MB (for the per-worker figure)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


try:
    from distributed import WorkerPlugin as _PluginBase
except ImportError:  # the plain loop needs no Dask
    _PluginBase = object  # type: ignore[assignment,misc]


class ExtractorPlugin(_PluginBase):
    """Opens the gazetteer once in each worker process as the worker joins (or at registration)."""

    name = "sitrep-extractor"

    def setup(self, worker) -> None:
        extractor()
