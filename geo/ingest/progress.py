"""Progress of an ingestion: one line redrawn in place on a terminal, plain lines otherwise.

Shows reports done of the total, reports per second, events found, failures and reports skipped
(already in the store). Failed reports are written as their own lines (``failed NAME: REASON``)
as they happen, above the redrawn line on a terminal, and so are reports stored with a warning
(``warning NAME: WHAT``, e.g. a text that does not look like English).
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from typing import TextIO


@dataclass
class Counts:
    """Running totals of an ingestion."""

    total: int = 0
    done: int = 0
    events: int = 0
    failed: int = 0
    skipped: int = 0
    started: float = field(default_factory=time.perf_counter)

    def elapsed(self) -> float:
        """Seconds since the start."""
        return time.perf_counter() - self.started

    def rate(self) -> float:
        """Reports extracted (not skipped) per second since the start."""
        elapsed = self.elapsed()
        return (self.done - self.skipped) / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        return (
            f"{self.done:,}/{self.total:,} reports, {self.rate():,.1f} reports/s, "
            f"{self.events:,} events, {self.failed:,} failed, {self.skipped:,} skipped"
        )


class Progress:
    """Draws :class:`Counts` on ``stream`` (stderr by default).

    Parameters
    ----------
    counts : Counts
        The totals to show; the caller updates them and calls :meth:`tick`.
    stream : file, optional
        Where to draw; a terminal gets a bar redrawn at most ten times a second, anything else
        a plain line each time :meth:`checkpoint` is called (after each batch written).
    """

    def __init__(self, counts: Counts, stream: TextIO | None = None) -> None:
        self.counts = counts
        self.stream = stream or sys.stderr
        self.terminal = bool(getattr(self.stream, "isatty", lambda: False)())
        self._drawn = 0.0

    def tick(self) -> None:
        """Redraw the bar on a terminal (throttled); nothing otherwise."""
        now = time.perf_counter()
        if self.terminal and now - self._drawn >= 0.1:
            self._drawn = now
            self.stream.write("\r\x1b[K" + self._bar())
            self.stream.flush()

    def checkpoint(self) -> None:
        """A plain line with the totals when not on a terminal (after each batch stored)."""
        if not self.terminal:
            self.stream.write("ingest: " + self.counts.line() + "\n")
            self.stream.flush()

    def failed(self, name: str, reason: str) -> None:
        """List one failed report with its name and reason."""
        self._listed("failed", name, reason)

    def warned(self, name: str, warning: str) -> None:
        """List one stored report whose events come with a warning."""
        self._listed("warning", name, warning)

    def _listed(self, word: str, name: str, reason: str) -> None:
        prefix = "\r\x1b[K" if self.terminal else ""
        self.stream.write(f"{prefix}{word} {_one_line(name)}: {_one_line(reason)}\n")
        self._drawn = 0.0
        self.tick()

    def close(self) -> None:
        """Finish the bar (a terminal keeps its last state on its own line)."""
        if self.terminal:
            self.stream.write("\r\x1b[K" + self._bar() + "\n")
            self.stream.flush()

    def _bar(self, width: int = 24) -> str:
        c = self.counts
        share = c.done / c.total if c.total else 1.0
        filled = int(round(share * width))
        return f"[{'#' * filled}{'.' * (width - filled)}] {share:4.0%} " + c.line()


def _one_line(text: str) -> str:
    """Names and reasons come from untrusted reports: no line breaks or terminal controls."""
    return "".join(ch if ch.isprintable() else " " for ch in text)[:300]
