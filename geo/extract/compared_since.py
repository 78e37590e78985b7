"""A past attack named to compare: "It was the deadliest attack on the city since a drone strike
in January that killed nine in X", "the heaviest shelling of our town since the strike on the Y
bus station last autumn": the news is measured by it, and it is no event of the report's (the
places told after the comparison's "since" get no record)."""

from __future__ import annotations

import re

from geo.extract.draft import Draft
from geo.extract.pattern_cues import cued

# a superlative or a first of an attack ("the deadliest attack on", "the largest on", "the first
# such strike"), then "since" and the event it is measured by (not "broke through the first line
# at X in August and have since made small gains")
_COMPARED = re.compile(
    r"\b(?:deadliest|bloodiest|heaviest|worst|largest|biggest|strongest|fiercest|first|"
    r"most\s+(?:massive|intense|serious|powerful|destructive|lethal))\s+"
    r"(?:(?:[\w-]+\s+){0,3}?(?:attacks?|strikes?|raids?|shelling|bombardments?|barrages?|"
    r"bombing|assaults?|onslaught|salvos?)\b|(?:on|against)\b)[^.;]{0,100}?\bsince\b",
    re.I,
)
_COMPARED = cued(_COMPARED)  # (tried only on a text holding a word it needs)


def drop_compared(drafts: list[Draft]) -> list[Draft]:
    """The drafts less those at a place named after a comparison's "since"."""
    out = []
    for d in drafts:
        m = _COMPARED.search(d.sentence.text)
        if m is not None and d.place_offset() >= m.end():
            continue
        out.append(d)
    return out
