"""Saving an ingestion's results: finished reports gathered into batches, each saved in one
store write on a background thread, so that the driver keeps the workers fed while a batch is
written (one save at a time; the next batch fills meanwhile).
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from geo.ingest.progress import Counts, Progress
from geo.ingest.saving import BatchSaved, save_batch
from geo.ingest.sources import Failed, Item
from geo.ingest.work import Outcome
from geo.store.removal import withheld_note


@dataclass
class IngestResult:
    """What an ingestion did (see :func:`ingest`): the running counts, and what was stored."""

    counts: Counts = field(default_factory=Counts)
    extracted: int = 0  # reports whose events are in the store
    events: int = 0  # events written
    added: int = 0
    updated: int = 0
    withheld: int = 0  # events deleted earlier, not added again
    failures: list[Failed] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (report name, warning)
    seconds: float = 0.0
    store_seconds: float = 0.0
    worker_memory_mb: dict[str, float] = field(default_factory=dict)
    ran_on: str = "nothing to extract"  # the plain loop or the cluster that extracted

    @property
    def total(self) -> int:
        """Reports in the input."""
        return self.counts.total

    @property
    def skipped(self) -> int:
        """Reports already in the store, not extracted again."""
        return self.counts.skipped

    def summary(self) -> str:
        """One line for the end of a run."""
        per_s = self.extracted / self.seconds if self.seconds > 0 else 0.0
        warned = f", {len(self.warnings):,} with warnings" if self.warnings else ""
        return (
            f"{self.total:,} reports: {self.extracted:,} extracted ({per_s:,.1f}/s), "
            f"{self.skipped:,} already stored, {len(self.failures):,} failed{warned}; "
            f"{self.events:,} events, {self.added:,} new in the store, {self.updated:,} updated "
            f"({self.ran_on})"
        ) + (f"; {withheld_note(self.withheld, '--readd-deleted')}" if self.withheld else "")


class Writer:
    """Collects finished reports and saves them in batches; keeps the counts."""

    def __init__(
        self,
        batch: int,
        path: Path | str | None,
        counts: Counts,
        progress: Progress,
        readd: bool = False,
    ):
        self.batch, self.path, self.counts, self.progress = batch, path, counts, progress
        self.readd = readd  # events deleted earlier added again
        self.result = IngestResult(counts)
        self.waiting: dict[str, Item] = {}
        self.done: list[tuple[Item, list[dict]]] = []
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sitrep-store")
        self._saving: Future | None = None
        self._next_line = batch

    def todo(self, archive, known: set[str]) -> Iterator[Item]:
        """Reports to extract: unreadable ones listed, stored and repeated texts skipped."""
        names: set[str] = set()
        for entry in archive:
            if isinstance(entry, Failed):
                self.fail(entry.name, entry.reason)
            elif entry.sha256 in known:
                self.counts.skipped += 1
                self.counts.done += 1
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

    def warn(self, name: str, warnings: tuple[str, ...]) -> None:
        """List the warnings that come with a stored report's events."""
        for warning in warnings:
            self.result.warnings.append((name, warning))
            self.progress.warned(name, warning)

    def take(self, outcomes: list[Outcome], saved: BatchSaved | None = None) -> None:
        """Record finished reports and save a batch when enough are waiting; or, with ``saved``,
        count what the worker that extracted them has saved itself."""
        if saved is not None:
            self._take_saved(outcomes, saved)
            return
        for outcome in outcomes:
            item = self.waiting.pop(outcome.sha256)
            if outcome.error is not None:
                self.fail(item.name, outcome.error)
                continue
            self.warn(item.name, outcome.warnings)
            self.done.append((item, outcome.records or []))
            self.counts.done += 1
            self.counts.events += len(outcome.records or [])
        self.progress.tick()
        if len(self.done) >= self.batch:
            self._hand_over()

    def flush(self) -> None:
        """Save what is waiting and wait for every save to end (raises what a save raised)."""
        if self.done:
            self._hand_over()
        self._wait()
        self._pool.shutdown()

    def _hand_over(self) -> None:
        self._wait()
        batch, self.done = self.done, []
        self._saving = self._pool.submit(self._save, batch)

    def _wait(self) -> None:
        if self._saving is not None:
            saving, self._saving = self._saving, None
            saving.result()
            self.progress.checkpoint()

    def _save(self, batch: list[tuple[Item, list[dict]]]) -> None:
        """One store write of ``batch`` (on the saver thread)."""
        self.count_saved(save_batch(batch, self.path, self.readd))

    def count_saved(self, done: BatchSaved | None) -> None:
        """Add one store write's figures to the result."""
        if done is not None:
            self.result.store_seconds += done.seconds
            self.result.extracted += done.reports
            self.result.events += done.events
            self.result.added += done.saved.added
            self.result.updated += done.saved.updated
            self.result.withheld += len(done.saved.withheld)

    def _take_saved(self, outcomes: list[Outcome], saved: BatchSaved) -> None:
        """Record a chunk that a worker extracted and saved itself."""
        for outcome in outcomes:
            item = self.waiting.pop(outcome.sha256)
            if outcome.error is not None:
                self.fail(item.name, outcome.error)
            else:
                self.warn(item.name, outcome.warnings)
                self.counts.done += 1
        self.counts.events += saved.events
        self.count_saved(saved)
        self.progress.tick()
        if self.counts.done >= min(self._next_line, self.counts.total):  # a line per --batch
            self._next_line = self.counts.done + self.batch
            self.progress.checkpoint()
