"""Counts in words for what people read (pages, command line, warnings): "1 event", "2 events"."""

from __future__ import annotations


def counted(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and its noun in the number it takes: "1 event", "3,883 events", "2 wolves" with
    ``plural``."""
    return f"{n:,} {noun if n == 1 else plural or noun + 's'}"
