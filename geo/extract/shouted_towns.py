"""Short town names in capitals inside ordinary text: a dateline or label at a line's start
("LUTSK — A missile hit ...", "IZIUM: a guided bomb ...") or a name after a preposition ("our
team in ODESA"). The toponym scan reads a word of five capitals or fewer as an acronym ("NATO",
"SBU"), and the headline rule (``places._headline_towns``) reads only lines all in capitals;
where the text's own shape says the word is a label, the object of "in" or part of a shouted
stretch ("BREAKING | SHAHEDS OVER ODESA. Explosions heard ..."), a theatre town's name of some
size is the town."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Set

from geo.extract.entries import STAMPS
from geo.geocode import Geocoder

# A word of three to five capitals that opens a line (after a bullet, a time or an entry's day:
# "* Nov. 29 - ODESA: ...") or a sentence and is followed by a label's mark: a comma, a colon, a
# dash ("Night summary. IZIUM: ..."). (The spaces around a stamp's mark: one run, then the mark
# and its own run; two runs beside each other split 16,000 spaces every way, 18 s.)
_LABEL = re.compile(
    r"(?:^[ \t]*(?:[-*•#]+[ \t]*)?"
    rf"(?:(?i:{STAMPS})[ \t]*(?:[-–—:,|][ \t]*)?)?|(?<=[.!?;] ))"
    r"(?P<word>[A-Z]{3,5})(?=[ \t]*(?:,|:|[-–—][ \t]))",
    re.M,
)
# ... or a label of any length that opens a line (after marks: "[!] LUTSK — ...", "| ODESA | ...")
# or follows a sentence, and ends at a full stop, a dash, a bar or a bracket ("KHARKOV. Last
# night ...": the toponym scan reads "KHARKOV. Last" as one run of capitalised words).
_LABEL_MARKED = re.compile(
    r"(?:^[-*•#|>\[\]!? \t]{0,12}|(?<=[.!?;] ))"
    r"(?P<word>[A-Z]{3,}(?:[ -][A-Z]{3,})?)(?=[ \t]*(?:\.[ \t]|[-–—][ \t]|[|\]]))",
    re.M,
)
# ... or one that follows a lower-case preposition of place.
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|near|at|over|on|outside|from|of|to)[ \t]+(?P<word>[A-Z]{3,5})\b(?![-'’]?\w)"
)
# ... or one inside a shouted stretch of a mixed line ("BREAKING | SHAHEDS OVER ODESA. Explosions
# heard in the centre"): three words in capitals or more with no lower-case letter between them.
_SHOUTED = re.compile(r"[^a-z\n]{12,}")
_SHOUTED_WORD = re.compile(r"\b[A-Z]{2,}\b")
_SHORT_WORD = re.compile(r"\b(?P<word>[A-Z]{3,5})\b(?![-'’]?\w)")
# Short words in capitals that are theatre towns but more often something else: the Azov
# brigade and sea, an English word.
_NOT_TOWNS = frozenset({"AZOV", "BAR"})
# Below this many people a town is not read from a word in capitals ("LOG" is a hamlet too),
# in a headline line of capitals (places._headline_towns) or a shouted word here.
TOWN_IN_CAPITALS = 10_000


def shouted_towns(
    geocoder: Geocoder, text: str, spans: list[tuple[int, int]], countries: Set[str]
) -> list[tuple[int, int]]:
    """Spans of short words in capitals that name a theatre town (see the module's docstring),
    outside ``spans`` and outside lines all in capitals (the headline rule reads those)."""
    if not countries:
        return []
    found: list[tuple[int, int]] = []
    taken = sorted(spans)  # (kept sorted: a line of thousands of datelines is read in n log n)
    mixed: dict[int, bool] = {}  # whether each line (by its start) has lower case
    for m in _words_to_read(text):
        start, end = m.span("word")
        if m.group("word") in _NOT_TOWNS or overlaps(taken, start, end):
            continue
        line = text.rfind("\n", 0, start) + 1
        if line not in mixed:
            mixed[line] = _in_mixed_line(text, start)
        if not mixed[line]:
            continue
        if any(
            p.country in countries
            and p.feature in ("city", "capital")
            and p.population >= TOWN_IN_CAPITALS
            for p, _ in geocoder.gazetteer.lookup(m.group("word"))
        ):
            found.append((start, end))
            bisect.insort(taken, (start, end))
    return found


def overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of ``taken`` (sorted spans that do not overlap)."""
    i = bisect.bisect_left(taken, (end,))
    return i > 0 and taken[i - 1][1] > start


def _words_to_read(text: str) -> Iterator[re.Match[str]]:
    """The short words in capitals that a label, a preposition or a shouted stretch holds."""
    yield from _LABEL.finditer(text)
    yield from _LABEL_MARKED.finditer(text)
    yield from _AFTER_PREPOSITION.finditer(text)
    for stretch in _SHOUTED.finditer(text):
        if len(_SHOUTED_WORD.findall(stretch.group())) >= 3:
            yield from _SHORT_WORD.finditer(text, stretch.start(), stretch.end())


def _in_mixed_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` has lower-case letters (is not a headline in capitals)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    return any(ch.islower() for ch in line)
