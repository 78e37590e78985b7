"""One store write of an ingestion: a batch of finished reports' events and texts.

Called by the driver's saver thread (:mod:`geo.ingest.writer`) or, when the workers reach the
store themselves, on the worker that extracted the batch (:func:`geo.ingest.work.extract_and_save`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from geo import events as ev
from geo import store
from geo.ingest.sources import Item
from geo.records import COLUMNS


@dataclass(frozen=True, slots=True)
class BatchSaved:
    """What one store write did: its reports and events, the store's counts, how long it took."""

    reports: int
    events: int
    saved: store.SaveResult
    seconds: float


def save_batch(
    batch: list[tuple[Item, list[dict]]], where: str | Path | None, readd: bool = False
) -> BatchSaved | None:
    """Save the events of ``batch`` (report, its event records) with the reports' texts, in one
    store write (one transaction: all of it or nothing); None when the batch is empty.
    ``readd``: events deleted earlier are added again (see :func:`geo.store.save`)."""
    if not batch:
        return None
    records = [r for _, rs in batch for r in rs]
    frame = ev.from_columns(pd.DataFrame(records, columns=[*COLUMNS, "lat", "lon"]))
    frame = frame.drop_duplicates("event_id", keep="last")
    reports = [
        store.Report(item.name, item.text, item.published.isoformat() if item.published else None)
        for item, _ in batch
    ]
    started = time.perf_counter()
    saved = store.save(frame, where, report=reports, readd_deleted=readd)
    return BatchSaved(len(batch), len(records), saved, time.perf_counter() - started)
