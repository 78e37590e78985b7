"""Finding toponyms in free text (context for ``geocode --context``; the extractor builds on it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.gazetteer import normalize
from geo.geocode.candidates import TOWNS

if TYPE_CHECKING:
    from geo.geocode.resolver import Geocoder

_CAP_RUN = re.compile(
    r"[A-Z\u0400-\u042F\u0406\u0407\u0404][\w'’\-.]*"
    r"(?:(?:[ \t]+(?:of|on|de|del|di|la|am|upon)[ \t]+|[ \t]+|-)[A-Z\u0400-\u042F][\w'’\-.]*)*"
)
# A word ending a sentence ("Mykolaiv.") ends its run; abbreviations ("U.S.", "St.") do not.
_RUN_END = re.compile(r"(?<=[a-z\u0430-\u044f]{3})\.(?=[ \t]|$)")
_STOPWORDS = frozenset(
    normalize(w)
    for w in """The A An In On At Of For And But Or If As By From To With Meanwhile However
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December President Minister Ministry Defence Defense
    He She It They We I This That These Those His Her Their Our According Following After Before
    Mr Mrs Ms Dr General Army Forces Council Report Reports Today Yesterday Tomorrow News Agency
    Russian Ukrainian American British German French Italian Polish European Western Eastern
    North South East West Northern Southern Central Sunday's Telegram Air Force Navy One Two Three
    Four Five Six Seven Eight Nine Ten Several Many Some All Both Each Every No Not Also Then
    There Here When While Where What Who Why How""".split()
)


def find_toponyms(geocoder: Geocoder, text: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs that the gazetteer knows, longest match first.

    A name inside a longer run counts only when the run's other words are neutral (function
    words, acronyms, other places): "Meanwhile Russia" yields Russia, "John Kirby" yields nothing.
    An acronym ("NATO") only matches countries and regions, never a town of that name.
    """
    lookup = geocoder.gazetteer.lookup
    spans: list[tuple[int, int]] = []
    for run_start, run_end in _runs(text):
        words = [
            (w.start() + run_start, w.end() + run_start)
            for w in _WORD.finditer(text[run_start:run_end])
        ]
        found: list[tuple[int, int, int, int]] = []  # word i..j, span s..e
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                s, e = words[i][0], words[j - 1][1]
                while e > s and text[e - 1] in ".-'’":
                    e -= 1
                if _is_place_name(lookup, text[s:e]):
                    found.append((i, j, s, e))
                    i = j
                    break
            else:
                i += 1
        covered = {k for i, j, _, _ in found for k in range(i, j)}
        loose = [text[s:e] for k, (s, e) in enumerate(words) if k not in covered]
        if all(_is_neutral(lookup, w) or _is_common(w, text) for w in loose):
            spans.extend((s, e) for _, _, s, e in found)
    return spans


def _runs(text: str) -> list[tuple[int, int]]:
    """Capitalised word runs, cut where a sentence ends inside one."""
    out = []
    for m in _CAP_RUN.finditer(text):
        start = m.start()
        for end in _RUN_END.finditer(m.group()):
            out.append((start, m.start() + end.start()))
            start = m.start() + end.end()
        if start < m.end():
            out.append((start, m.end()))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in out if text[s:e].strip()]


def _is_place_name(lookup, name: str) -> bool:
    if not name[:1].isupper() or normalize(name) in _STOPWORDS:
        return False
    hits = lookup(name)
    if name.isupper() and len(name) <= 5:
        return any(p.feature not in TOWNS for p, _ in hits)
    return bool(hits)


# Capitalised at a sentence's start, these report words are not parts of names.
_COMMON = frozenset(
    """attack attacks shelling strike strikes drone drones missile missiles fighting explosions
    explosion rockets rocket debris police officials troops forces soldiers fire fires shells
    artillery heavy fierce several new further more residents civilians air defence defense
    shelled struck hit overnight earlier later local regional ukrainian russian""".split()
)


def _is_common(word: str, text: str) -> bool:
    """A capitalised word that is an ordinary word: known report vocabulary, or written in lower
    case elsewhere in the same text."""
    low = word.rstrip(".,'’").lower()
    return low in _COMMON or bool(re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text))


def _is_neutral(lookup, word: str) -> bool:
    word = word.rstrip(".,'’")
    return (
        not word
        or normalize(word) in _STOPWORDS
        or word.isupper()
        or not word[:1].isupper()
        or bool(lookup(word, demonyms=True))
    )


_WORD = re.compile(r"[\w'’\-.]+")
