"""Who claims an event, as a filter: the claimants the events name, and which of them a word keeps.

An investigator's first question of a claim is who makes it ("everything the regional
administration says", "what Russian Telegram channels claim"), and the events' ``claimed_by``
was shown in every popup, table and export but could be chosen by no filter, link or command
(newuser37). A word keeps the events whose claimant holds it as whole words, in any case:
"Fedorov" keeps "Ivan Fedorov", "telegram" keeps "Russian Telegram channels" and "Mayor of Kyiv
(Telegram)", "Ministry of Defence" both ministries; a claimant chosen from the list is such a
word too, and keeps itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import pandas as pd


def pattern(words: Iterable[str]) -> re.Pattern[str] | None:
    """One case-folded pattern finding any of ``words`` as whole words (None for no word)."""
    parts = [
        rf"(?<!\w){re.escape(w)}(?!\w)"
        for w in dict.fromkeys(" ".join(w.split()).casefold() for w in words)
        if w
    ]
    return re.compile("|".join(parts)) if parts else None


def holds(values: Sequence[str], words: Iterable[str]) -> list[bool]:
    """Whether each claimant of ``values`` holds one of ``words`` (whole words, any case)."""
    found = pattern(words)
    if found is None:
        return [False] * len(values)
    return [bool(found.search(" ".join(str(v).split()).casefold())) for v in values]


def menu(column: pd.Series) -> list[str]:
    """The claimants of ``column`` (events' ``claimed_by``), the most frequent first, then by
    name, each once."""
    named = column.dropna().astype(str).str.strip()
    counts = named[named != ""].value_counts()
    return sorted(counts.index, key=lambda c: (-int(counts[c]), c.casefold()))


def _held_by(options: Sequence[str]) -> Callable[[str], bool]:
    """Whether some option holds a word (whole words, any case): the options joined once, each
    distinct word searched once (a link repeating a word thousands of times costs one search)."""
    joined = "\n".join(" ".join(str(o).split()).casefold() for o in options)
    seen: dict[str, bool] = {}

    def held(word: str) -> bool:
        w = " ".join(word.split()).casefold()
        if w not in seen:
            found = pattern([w])
            seen[w] = found is not None and found.search(joined) is not None
        return seen[w]

    return held


def chosen(words: Sequence[str], options: Sequence[str]) -> list[str]:
    """The filter's values for ``words``: an option spelt so in any case as the option, another
    word as typed when some option holds it, a word none holds left out (:func:`unknown`)."""
    by_fold = {o.casefold(): o for o in options}
    held = _held_by(options)
    out: list[str] = []
    for word in dict.fromkeys(" ".join(w.split()) for w in words):
        found = by_fold.get(word.casefold()) or (word if held(word) else None)
        if found and found not in out:
            out.append(found)
    return out


def unknown(words: Sequence[str], options: Sequence[str]) -> list[str]:
    """The ``words`` no claimant among ``options`` holds."""
    held = _held_by(options)
    return [w for w in words if w.strip() and not held(w)]
