"""Area names with "and" inside ("Trinidad and Tobago", "Sistan and Baluchestan", "Perth and
Kinross"), which the scan of capitalised runs reads as two: found by the words around each
" and " of a text, in place of their parts."""

from __future__ import annotations

import re
from functools import lru_cache

from geo.gazetteer import normalize

# A joined name's words: (the words before its first "and", the words after it).
JoinedNames = dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]
_JOIN_WORD = re.compile(r"[^\W\d_][\w'’]*")


@lru_cache(maxsize=8)
def joined_names(keys: frozenset[str]) -> JoinedNames:
    """The area names with "and" inside ("Trinidad and Tobago", "Sistan and Baluchestan",
    "Perth and Kinross"), by the first word after their "and"."""
    out: JoinedNames = {}
    for key in keys:
        if " and " in key:
            words = key.split()
            cut = words.index("and")
            if cut and cut < len(words) - 1:
                out.setdefault(words[cut + 1], []).append(
                    (tuple(words[:cut]), tuple(words[cut + 1 :]))
                )
    return out


def with_joined_names(
    spans: list[tuple[int, int]], text: str, joined: JoinedNames
) -> list[tuple[int, int]]:
    """``spans`` with the joined names of ``joined`` found in ``text`` (capitalised), in place
    of the parts of them the scan found. Only the words around each " and " are read."""
    found = []
    at = text.find(" and ")
    while at != -1:
        first = _JOIN_WORD.match(text, at + 5)
        word = first.group() if first else ""
        # Most "and"s are followed by a lower-case word: no name of this kind ("the" aside).
        names = None
        if word[:1].isupper() or word == "the":
            names = joined.get(
                word.lower() if word.isalpha() and word.isascii() else normalize(word)
            )
        if names:
            after = list(_JOIN_WORD.finditer(text, at + 5, at + 80))
            before = list(_JOIN_WORD.finditer(text, max(0, at - 80), at))
            for head, tail in names:
                if len(before) < len(head) or len(after) < len(tail):
                    continue
                words_before = before[len(before) - len(head) :]
                if all(
                    normalize(w.group()) == k for w, k in zip(words_before, head, strict=True)
                ) and all(normalize(w.group()) == k for w, k in zip(after, tail, strict=False)):
                    start = words_before[0].start()
                    if text[start].isupper():
                        found.append((start, after[len(tail) - 1].end()))
                        break
        at = text.find(" and ", at + 5)
    if not found:
        return spans
    found = [
        (s, e)
        for s, e in found
        if not any(a <= s and e <= b < e + 99 and (a, b) != (s, e) for a, b in found)
    ]
    rest = [(s, e) for s, e in spans if not any(a < e and s < b for a, b in found)]
    return sorted(rest + found)
