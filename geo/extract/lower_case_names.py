"""Place names in text typed without capitals: a chat message ("explosions in kharkiv right
now"), an automatic caption, a transcript. The toponym scan reads capitalised runs only; where
the text's own shape is lower case (a line with no capitalised word, or a whole text next to
none), a word or two that name a theatre town of some size or a theatre region are read too.
Ordinary text keeps its lower-case words as words: a line with capitals is not read here."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Set
from itertools import accumulate

from geo.geocode import Geocoder

_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'’-]*")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z\u00df-\u024f][a-z\u00df-\u024f'’-]+")
# A line this long with no capitalised word is typed in lower case; a whole text whose
# capitalised words are this rare is too (a caption's odd "I" or a pasted name aside).
LINE_WORDS = 5
CHAT_WORDS = 2  # fewer where most of the text's lines are typed so ("sirens in lviv")
TEXT_CAPITALISED = 0.03
# Below this many people a town is not read from a lower-case word: villages share their
# names with too many words.
LOWER_TOWN_SIZE = 5_000
TWO_WORD_TOWN_SIZE = 1_000  # two words ("kozacha lopan") are seldom ordinary words
_CALLED = re.compile(r"\b(?:village|town|city|settlement|hamlet)\s+of\s+$")
# English words that are also the names of theatre towns of that size or regions.
_WORDS = frozenset("human marks blast progress bore buy bar mir snow".split())


def lower_case_names(
    geocoder: Geocoder, text: str, spans: list[tuple[int, int]], countries: Set[str]
) -> list[tuple[int, int]]:
    """Spans of lower-case words (one or two) that name a theatre town or region, in the lines
    typed in lower case (see the module's docstring), outside ``spans``."""
    if not countries:
        return []
    lines = _lower_lines(text)
    if not lines:
        return []
    lookup = geocoder.gazetteer.lookup

    def names(name: str, least: int) -> bool:
        return any(
            p.country in countries
            and (
                (p.feature in ("city", "capital", "village") and p.population >= least)
                or p.feature == "admin1"
            )
            for p, _ in lookup(name)
        )

    taken = _overlaps(spans)
    found: list[tuple[int, int]] = []
    for start, line in lines:
        words = [m.span() for m in _LOWER_WORD.finditer(line)]
        i = 0
        while i < len(words):
            for j in (i + 1, i):  # two words first ("kryvyi rih"), then one
                if j >= len(words) or (j > i and words[j][0] - words[i][1] != 1):
                    continue
                s, e = start + words[i][0], start + words[j][1]
                name = text[s:e].rstrip("'’-")
                e = s + len(name)
                if name in _WORDS or taken(s, e):
                    continue
                # a name of two words, or one the text calls a village, may be a small place
                called = _CALLED.search(text, max(0, s - 20), s) is not None
                least = 0 if called else (TWO_WORD_TOWN_SIZE if j > i else LOWER_TOWN_SIZE)
                if names(name, least):
                    found.append((s, e))
                    i = j
                    break
            i += 1
    return found


def _lower_lines(text: str) -> list[tuple[int, str]]:
    """The lines typed in lower case, with their offsets: every line where the whole text's
    capitalised words are rare, else the lines with no capitalised word (acronyms and "I"
    aside): of words enough, or of two words or more where most lines are so (a chat)."""
    lines = []
    at = 0
    words = capitalised = 0
    for line in text.splitlines(keepends=True):
        found = _WORD.findall(line)
        caps = sum(map(_capitalised, found))
        words += len(found)
        capitalised += caps
        lines.append((at, line, len(found), caps))
        at += len(line)
    if words and capitalised <= TEXT_CAPITALISED * words:
        return [(start, line) for start, line, _, _ in lines]
    lower = [(start, line, n) for start, line, n, caps in lines if n >= CHAT_WORDS and not caps]
    if 2 * len(lower) > sum(n >= CHAT_WORDS for _, _, n, _ in lines):  # most lines: a chat
        return [(start, line) for start, line, _ in lower]
    return [(start, line) for start, line, n in lower if n >= LINE_WORDS]


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


def _overlaps(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether a span from ``s`` to ``e`` overlaps one of ``spans``, by bisection (each word was
    tried against every span: a one-paragraph transcript of 180 kB spent 22 s here; review36)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))  # the furthest end so far

    def taken(s: int, e: int) -> bool:
        i = bisect_left(starts, e)  # the spans that start before ``e``
        return i > 0 and reach[i - 1] > s

    return taken
