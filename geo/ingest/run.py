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
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import TextIO

from geo import store
from geo.ingest.cli import DEFAULT_BATCH
from geo.ingest.progress import Counts, Progress
from geo.ingest.saving import BatchSaved
from geo.ingest.sources import IngestError, Item, open_archive
from geo.ingest.work import (
    ExtractorPlugin,
    Outcome,
    extract_and_save,
    extract_chunk,
    peak_memory_mb,
)
from geo.ingest.writer import IngestResult, Writer

# Reports per task sent to a worker: each task costs the driver (which also runs the local
# scheduler) serialisation and bookkeeping, which on a 2-core machine comes out of the workers'
# time. 64 instead of 16 cut the driver's CPU from 6.0 s to 3.7 s for 1,500 reports.
MAX_CHUNK = 64
# When the workers save what they extract, a chunk is also one store write: a write has a fixed
# cost (typing the frame, the transaction, its fsync: about 60 ms of CPU and 100 ms of waiting
# measured under load), and two workers queue for the store's write lock, so their chunks are
# larger. The last chunk of one worker can leave the other idle for its length (~1 s at 256).
SAVE_CHUNK = 256
# Below this many reports in an archive, a local cluster's start-up (worker processes, each
# opening the gazetteer) costs more than its workers gain on 2 cores: without an explicit
# --workers or --scheduler they go through the plain loop here (cross-over: README, measured
# with benchmarks/ingest.py).
PLAIN_BELOW = 7500


def ingest(
    paths: Sequence[Path | str],
    workers: int | None = None,
    scheduler: str | None = None,
    batch: int = DEFAULT_BATCH,
    store_path: Path | str | None = None,
    stream: TextIO | None = None,
    save_on_workers: bool | None = None,
    readd_deleted: bool = False,
) -> IngestResult:
    """Extract the events of every report under ``paths`` and save them in the store.

    Parameters
    ----------
    paths : sequence of path
        Folders of reports (.txt, .md, .html), single reports, JSON-lines files.
    workers : int, optional
        Local Dask worker processes (0: a plain loop here; None: chosen, see :func:`_choose`).
    scheduler : str, optional
        Address of a running Dask scheduler (``tcp://host:8786``); ``workers`` is then ignored.
    batch : int
        Reports per store write (each write is one save of their events and texts).
    store_path : path, optional
        The store (default ``$SITREP_STORE``).
    stream : file, optional
        Where progress and failed reports go (default stderr).
    save_on_workers : bool, optional
        Whether each worker saves the events of the chunks it extracts (one store write per
        chunk of at most ``batch`` reports) rather than send them here; the workers must reach
        the store (a PostGIS address, a shared file). Default: yes locally, no with ``scheduler``.
    readd_deleted : bool
        Add again events an analyst deleted (else left out, counted in the result).

    Raises
    ------
    IngestError
        Bad arguments or input, or a scheduler that cannot be reached; nothing is stored then.
    geo.store.StoreError
        The store cannot be used.
    """
    _check(workers, batch, store_path)
    archive = open_archive(paths)
    _check_gazetteer()
    counts = Counts(total=archive.total)
    writer = Writer(batch, store_path, counts, Progress(counts, stream), readd_deleted)
    todo = writer.todo(archive, set(store.saved_reports(store_path)["sha256"]))
    try:
        if (first := next(todo, None)) is not None:  # no cluster when the store holds them all
            todo = itertools.chain([first], todo)
            where = _saved_where(save_on_workers, scheduler, store_path)
            local = _choose(workers, scheduler, archive.total)
            _extract_all(todo, writer, local, scheduler, archive.total, where)
    except KeyboardInterrupt:
        writer.flush()
        writer.progress.close()
        raise
    writer.flush()
    writer.progress.close()
    writer.result.seconds = counts.elapsed()
    return writer.result


def _extract_all(
    todo, writer: Writer, workers: int, scheduler: str | None, total: int, where: str | None
) -> None:
    """Every report of ``todo`` through the extractor: in this process, or on Dask workers that
    save what they extract in the store at ``where`` (or send it here to be saved: None)."""
    writer.result.ran_on = _ran_on(workers, scheduler)
    if scheduler is None and workers == 0:
        for chunk in _chunks(todo, MAX_CHUNK):
            writer.take(extract_chunk(chunk), None)
        return
    task = (
        extract_chunk
        if where is None
        else partial(extract_and_save, where=where, readd=writer.readd)
    )
    largest = MAX_CHUNK if where is None else min(SAVE_CHUNK, writer.batch)
    writer.result.worker_memory_mb = _run_dask(
        todo, task, writer.take, workers, scheduler, total, largest
    )


def _choose(workers: int | None, scheduler: str | None, total: int) -> int:
    """Local workers (0: the plain loop): as asked, or, when nothing was asked, the plain loop
    for an archive of fewer than :data:`PLAIN_BELOW` reports and one worker per core above."""
    if workers is not None or scheduler is not None:
        return workers or 0
    return 0 if total < PLAIN_BELOW else os.cpu_count() or 1


def _ran_on(workers: int, scheduler: str | None) -> str:
    """Where the reports were extracted, for the summary line."""
    if scheduler is not None:
        return f"on the Dask cluster at {scheduler}"
    if workers == 0:
        return "plain loop in this process"
    return f"local Dask cluster of {workers} worker{'s' if workers != 1 else ''}"


def _check(workers: int | None, batch: int, store_path: Path | str | None) -> None:
    """Refuse bad numbers, and a store this user may only read, before any work."""
    if (workers is not None and workers < 0) or batch < 1:
        raise IngestError(
            f"--workers should be 0 or more and --batch 1 or more, got {workers} and {batch}"
        )
    if not store.writable(store_path):
        raise IngestError(f"the store {store_path or store.location()} is read-only for this user")


def _saved_where(
    save_on_workers: bool | None, scheduler: str | None, store_path: Path | str | None
) -> str | None:
    """The store the workers save in, or None when they send their events here to be saved."""
    if save_on_workers is None:
        save_on_workers = scheduler is None
    return str(store_path or store.location()) if save_on_workers else None


def _check_gazetteer() -> None:
    """Refuse to start without the offline gazetteer (workers of a local cluster share it)."""
    from geo.gazetteer import Gazetteer, GazetteerMissingError

    try:
        Gazetteer()
    except GazetteerMissingError as exc:
        raise IngestError(str(exc)) from None


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
    task: Callable[[list[Item]], list[Outcome] | tuple[list[Outcome], BatchSaved | None]],
    take: Callable[[list[Outcome], BatchSaved | None], None],
    workers: int,
    scheduler: str | None,
    total: int,
    largest: int,
) -> dict[str, float]:
    """Run ``task`` on chunks of ``todo`` (of at most ``largest`` of its ``total`` reports) on a
    Dask cluster, a few chunks in flight per worker thread; peak MB per worker."""
    from distributed import as_completed

    with ExitStack() as stack:
        client = _client(stack, workers, scheduler)
        _prepare_workers(client, scheduler)
        threads = max(1, sum(client.nthreads().values()))
        size = max(1, min(largest, total // (threads * 4)))
        chunks, running = _chunks(todo, size), as_completed()
        sent: dict = {}

        def submit() -> None:
            chunk = next(chunks, None)
            if chunk is not None:
                future = client.submit(task, chunk, pure=False)
                sent[future] = chunk
                running.add(future)

        for _ in range(threads * 3):
            submit()
        for future in running:
            chunk = sent.pop(future)
            try:
                result = future.result()
            except Exception as exc:  # a worker that died or a task that broke: its reports fail
                reason = f"worker failed: {type(exc).__name__}: {str(exc).splitlines()[0]}"
                result = [Outcome(item.sha256, error=reason) for item in chunk]
            future.release()
            submit()
            outcomes, saved = result if isinstance(result, tuple) else (result, None)
            take(outcomes, saved)
        return client.run(peak_memory_mb)


def _prepare_workers(client, scheduler: str | None, wait_s: float = 60) -> None:
    """Wait for a worker, then have every worker open the gazetteer (refused if one cannot)."""
    try:
        client.wait_for_workers(1, timeout=wait_s)
    except TimeoutError:
        raise IngestError(
            f"the Dask scheduler at {scheduler} has no workers after {wait_s:.0f} s: start some "
            f"with 'dask worker {scheduler} --nthreads 1'"
        ) from None
    try:
        client.register_plugin(ExtractorPlugin())
    except Exception as exc:  # raised on a worker: a missing gazetteer or package there
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise IngestError(f"the Dask workers cannot extract reports: {reason}") from None


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
