"""The ingestion driver: skip what the store holds, extract the rest on workers, save in batches.

Reports are read here (so remote workers need no access to the files), sent to the workers in
small chunks with only a few chunks in flight at a time (memory stays flat however large the
archive), and each finished report's events wait in a batch that is saved to the store in one
:func:`geo.store.save` together with the reports' texts. A report whose text hash the store
already holds is skipped, so an interrupted run picks up where its last saved batch ended.
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

import pandas as pd

from geo import events as ev
from geo import store
from geo.ingest.cli import DEFAULT_BATCH
from geo.ingest.progress import Counts, Progress
from geo.ingest.sources import Failed, IngestError, Item, open_archive
from geo.ingest.work import ExtractorPlugin, Outcome, extract_chunk, peak_memory_mb

MAX_CHUNK = 16


@dataclass
class IngestResult:
    """What an ingestion did (see :func:`ingest`)."""

    total: int = 0
    extracted: int = 0
    skipped: int = 0
    events: int = 0
    added: int = 0
    updated: int = 0
    failures: list[Failed] = field(default_factory=list)
    seconds: float = 0.0
    store_seconds: float = 0.0
    worker_memory_mb: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        """One line for the end of a run."""
        per_s = self.extracted / self.seconds if self.seconds > 0 else 0.0
        return (
            f"{self.total:,} reports: {self.extracted:,} extracted ({per_s:,.1f}/s), "
            f"{self.skipped:,} already stored, {len(self.failures):,} failed; "
            f"{self.events:,} events, {self.added:,} new in the store, {self.updated:,} updated"
        )


def ingest(
    paths: Sequence[Path | str],
    workers: int = 2,
    scheduler: str | None = None,
    batch: int = DEFAULT_BATCH,
    store_path: Path | None = None,
    stream: TextIO | None = None,
) -> IngestResult:
    """Extract the events of every report under ``paths`` and save them in the store.

    Parameters
    ----------
    paths : sequence of path
        Folders of reports (.txt, .md, .html), single reports, JSON-lines files.
    workers : int
        Worker processes of the local Dask cluster; 0 runs a plain loop in this process.
    scheduler : str, optional
        Address of a running Dask scheduler (``tcp://host:8786``); ``workers`` is then ignored.
    batch : int
        Reports per store write (each write is one save of their events and texts).
    store_path : path, optional
        The store (default ``$SITREP_STORE``).
    stream : file, optional
        Where progress and failed reports go (default stderr).

    Raises
    ------
    IngestError
        Bad arguments or input, or a scheduler that cannot be reached; nothing is stored then.
    geo.store.StoreError
        The store cannot be used.
    """
    if workers < 0 or batch < 1:
        raise IngestError(
            f"--workers should be 0 or more and --batch 1 or more, got {workers} and {batch}"
        )
    archive = open_archive(paths)
    known = set(store.saved_reports(store_path)["sha256"])
    counts = Counts(total=archive.total)
    progress = Progress(counts, stream)
    writer = _Writer(batch, store_path, counts, progress)
    todo = writer.todo(archive, known)
    first = next(todo, None)  # no cluster is started when the store already holds everything
    todo = itertools.chain([first] if first else [], todo)
    try:
        if first is None:
            pass
        elif scheduler is None and workers == 0:
            for chunk in _chunks(todo, MAX_CHUNK):
                writer.take(extract_chunk(chunk))
        else:
            writer.result.worker_memory_mb = _run_dask(
                todo, writer.take, workers, scheduler, archive.total
            )
    except KeyboardInterrupt:
        writer.flush()
        progress.close()
        raise
    writer.flush()
    progress.close()
    writer.result.seconds = counts.elapsed()
    return writer.result


class _Writer:
    """Collects finished reports and saves them in batches; keeps the counts."""

    def __init__(self, batch: int, path: Path | None, counts: Counts, progress: Progress):
        self.batch, self.path, self.counts, self.progress = batch, path, counts, progress
        self.result = IngestResult(total=counts.total)
        self.waiting: dict[str, Item] = {}
        self.done: list[tuple[Item, list[dict]]] = []

    def todo(self, archive, known: set[str]) -> Iterator[Item]:
        """Reports to extract: unreadable ones listed, stored and repeated texts skipped."""
        names: set[str] = set()
        for entry in archive:
            if isinstance(entry, Failed):
                self.fail(entry.name, entry.reason)
            elif entry.sha256 in known:
                self.counts.skipped += 1
                self.counts.done += 1
                self.result.skipped += 1
            elif entry.name in names:
                self.fail(entry.name, "another report in this input has the same name")
            else:
                names.add(entry.name)
                known.add(entry.sha256)
                self.waiting[entry.sha256] = entry
                yield entry
            self.progress.tick()

    def fail(self, name: str, reason: str) -> None:
        self.result.failures.append(Failed(name, reason))
        self.counts.failed += 1
        self.counts.done += 1
        self.progress.failed(name, reason)

    def take(self, outcomes: list[Outcome]) -> None:
        """Record finished reports; save a batch when enough are waiting."""
        for outcome in outcomes:
            item = self.waiting.pop(outcome.sha256)
            if outcome.error is not None:
                self.fail(item.name, outcome.error)
                continue
            self.done.append((item, outcome.records or []))
            self.counts.done += 1
            self.counts.events += len(outcome.records or [])
        self.progress.tick()
        if len(self.done) >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Save the waiting reports' events and texts in one store write."""
        if not self.done:
            return
        records = [r for _, rs in self.done for r in rs]
        frame = ev.from_columns(pd.DataFrame(records, columns=[*ev.COLUMNS, "lat", "lon"]))
        frame = frame.drop_duplicates("event_id", keep="last")
        reports = [
            store.Report(item.name, item.text, item.published and item.published.isoformat())
            for item, _ in self.done
        ]
        started = time.perf_counter()
        saved = store.save(frame, self.path, report=reports)
        self.result.store_seconds += time.perf_counter() - started
        self.result.extracted += len(self.done)
        self.result.events += len(records)
        self.result.added += saved.added
        self.result.updated += saved.updated
        self.done = []
        self.progress.checkpoint()


def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run_dask(
    todo: Iterator[Item],
    take: Callable[[list[Outcome]], None],
    workers: int,
    scheduler: str | None,
    total: int,
) -> dict[str, float]:
    """Extract on a Dask cluster, a few chunks in flight per worker thread; peak MB per worker."""
    from distributed import as_completed

    with ExitStack() as stack:
        client = _client(stack, workers, scheduler)
        client.register_plugin(ExtractorPlugin())
        threads = max(1, sum(client.nthreads().values()))
        size = max(1, min(MAX_CHUNK, total // (threads * 4)))
        chunks, running = _chunks(todo, size), as_completed()
        sent: dict = {}

        def submit() -> None:
            chunk = next(chunks, None)
            if chunk is not None:
                future = client.submit(extract_chunk, chunk, pure=False)
                sent[future] = chunk
                running.add(future)

        for _ in range(threads * 3):
            submit()
        for future in running:
            chunk = sent.pop(future)
            try:
                outcomes = future.result()
            except Exception as exc:  # a worker that died or a task that broke: its reports fail
                reason = f"worker failed: {type(exc).__name__}: {str(exc).splitlines()[0]}"
                outcomes = [Outcome(item.sha256, error=reason) for item in chunk]
            future.release()
            submit()
            take(outcomes)
        return client.run(peak_memory_mb)


def _client(stack: ExitStack, workers: int, scheduler: str | None):
    from distributed import Client, LocalCluster

    if scheduler is not None:
        try:
            return stack.enter_context(Client(scheduler, timeout="10s"))
        except (OSError, TimeoutError, ValueError) as exc:
            raise IngestError(
                f"cannot reach the Dask scheduler at {scheduler} ({type(exc).__name__}): start it "
                "with 'dask scheduler' and workers with 'dask worker ADDRESS --nthreads 1'"
            ) from None
    cluster = stack.enter_context(
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
    )
    return stack.enter_context(Client(cluster))
