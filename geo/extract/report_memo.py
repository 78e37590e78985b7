"""Answers of pure readers of a sentence, kept until the next report: several readers ask the
same reader of the same sentence (whether it gives the narrator's own eyes: 4,832 asks of 1,738
sentences over seven development folders; its casualty figures: 2,049 of 1,789), and the answer
is the text's alone. Forgotten at each report (:func:`forget`, from
:func:`geo.extract.lexicon.read_afresh`), so a report read twice is timed afresh."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

from geo.extract.sentences import MAX_SENTENCE, headline

T = TypeVar("T")

# a text longer than a sentence may be (a paste of one line) is read, not kept; at most so many
LONGEST, MOST_KEPT = MAX_SENTENCE, 4096
_FORGETTERS: list[Callable[[], None]] = [headline.cache_clear]  # (a sentence's title shape)


def per_report(reader: Callable[[str], T]) -> Callable[[str], T]:
    """``reader`` (of one text, with an answer not changed by its callers) with its answers
    kept by text until :func:`forget`."""
    kept = lru_cache(maxsize=MOST_KEPT)(reader)
    _FORGETTERS.append(kept.cache_clear)

    @wraps(reader)
    def read(text: str) -> T:
        return kept(text) if len(text) <= LONGEST else reader(text)

    return read


def forget() -> None:
    """Forget every kept answer (a new report)."""
    for clear in _FORGETTERS:
        clear()
