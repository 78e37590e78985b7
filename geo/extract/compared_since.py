"""A past attack named to compare: "It was the deadliest attack on the city since a drone strike
in January that killed nine in X", "the heaviest shelling of our town since the strike on the Y
bus station last autumn": the news is measured by it, and it is no event of the report's (the
places told after the comparison's "since" get no record). So is a past event named as the start
of a time: "under pressure since Russia captured X early this month", "has pressed for a meeting
since the X summit of 15 August", "in Russian hands since the first weeks of the invasion, when a
column fought its way into X" (the places of the "since" clause get no record; "Since midnight
the enemy has attacked near X" tells the news)."""

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

# "since" and, within a few words, what happened then: a past verb of its own subject ("since
# Russia captured X"; not "since Monday they have struck X") or an event's noun ("since the X
# summit", "since the first weeks of the invasion")
_SINCE_EVENT = cued(
    re.compile(
        r"\bsince\s+(?:[\w'’-]+\s+){0,6}?(?:(?<!have\s)(?<!has\s)(?:captured|seized|took|"
        r"retook|recaptured|launched|began|crossed|invaded|entered|occupied)|summit|incursion|"
        r"invasion|offensive|capture|occupation|withdrawal)\b",
        re.I,
    )
)
# where the "since" clause ends: a comma, semicolon or colon not going on with "when"
_CLAUSE_END = re.compile(r"[,;:](?!\s+when\b)")


def drop_compared(drafts: list[Draft]) -> list[Draft]:
    """The drafts less those at a place named after a comparison's "since", or in a "since"
    clause that names a past event."""
    out = []
    for d in drafts:
        m = _COMPARED.search(d.sentence.text)
        if m is not None and d.place_offset() >= m.end():
            continue
        if _in_since_clause(d):
            continue
        out.append(d)
    return out


def _in_since_clause(d: Draft) -> bool:
    text = d.sentence.text
    m = _SINCE_EVENT.search(text)
    if m is None:
        return False
    end = _CLAUSE_END.search(text, m.end())
    return m.start() < d.place_offset() < (end.start() if end else len(text))
