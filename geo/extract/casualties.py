"""Casualty figures: killed and injured, in words or digits."""

from __future__ import annotations

import re

_CASUALTY_WORD = re.compile(
    r"\b(killed|dead|died|injured|wounded|hurt|killing|injuring|wounding|nobody|no one)\b", re.I
)

_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
}
_NUMBER_WORDS.update(
    {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "hundred": 100, "a": 1, "an": 1}
)


def _number_pattern(words) -> str:
    """Digits (``1,200`` too) or one of ``words``, longest first."""
    return r"(?:\d{1,3}(?:[,.]\d{3})+|\d+|" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_NUM = _number_pattern(_NUMBER_WORDS)
_NUM_NO_ARTICLE = _number_pattern(w for w in _NUMBER_WORDS if w not in ("a", "an"))
_GAP_WORDS = (
    r"people|civilians|soldiers|servicemen|residents|persons|children|men|women|others|more|workers|"
    r"passengers|police|officers|were|was|have|has|had|been|are|reportedly|also|later|critically|"
    r"seriously|slightly|lightly|severely|other|of|them|at|least"
)
_COUNT_BEFORE = re.compile(
    rf"\b(?P<n>{_NUM_NO_ARTICLE})\b(?:\s+(?:{_GAP_WORDS})\b)*\s+(?P<what>killed|dead|died|injured|wounded|hurt)\b",
    re.I,
)
_COUNT_AFTER = re.compile(
    rf"\b(?P<what>killing|injuring|wounding|killed|injured|wounded)\s+(?:at least\s+|some\s+)?(?P<n>{_NUM})\b"
    r"(?!\s*(?:km|kilometres|kilometers|miles|percent|years? ago|in \d))",
    re.I,
)
_NOBODY = re.compile(
    r"\b(?:nobody|no one|no-one) (?:was|were) (?:hurt|injured|killed|harmed)|\bno (?:casualties|injuries)\b",
    re.I,
)


def _number(word: str) -> int | None:
    w = word.lower().replace(",", "").replace(".", "")
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def casualty_figures(text: str) -> dict[str, int]:
    """Killed and injured figures in a sentence ("two killed and 11 injured", "injuring 15")."""
    out: dict[str, int] = {}
    if _NOBODY.search(text):
        out = {"killed": 0, "injured": 0}
    for m in list(_COUNT_BEFORE.finditer(text)) + list(_COUNT_AFTER.finditer(text)):
        n = _number(m.group("n"))
        if n is None:
            continue
        what = m.group("what").lower()
        key = "killed" if what in ("killed", "dead", "died", "killing") else "injured"
        out[key] = max(out.get(key, 0), n)
    return out


def first_casualty(text: str) -> re.Match | None:
    """The first casualty word in a sentence."""
    return _CASUALTY_WORD.search(text)
