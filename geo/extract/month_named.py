"""A month named without its year ("In March", "back in April", "in early February", "last
October", "during May"): an older event retold, dated to that month (month precision), the
latest such month up to publication ("last October" in October: the year before). Only the full
name, capitalised ("in may" is no month); a month followed by a day or a year is left to the
day and month-year rules of ``geo.extract.dates``, and one after "since" or "until" is a span's
edge, not the event's month."""

from __future__ import annotations

import re
from datetime import date

from geo.extract.publication import MONTHS

# the full names, capitalised ("May", not the abbreviations nor "may")
_MONTH_NAMES = [
    max((k for k, v in MONTHS.items() if v == n), key=len).title() for n in range(1, 13)
]
MONTH_ALONE = re.compile(
    r"\b(?i:(?P<last>last\s+)|(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?|"
    r"during\s+|(?:early|late|mid-?)\s*|throughout\s+|"
    r"at\s+the\s+(?:start|end|beginning)\s+of\s+)"
    rf"(?P<mn>{'|'.join(_MONTH_NAMES)})\b(?!\s*,?\s*(?:\d|of\b))"
)


# a relative clause about something's past ("the brigades that broke through at Robotyne in
# August have since ...", "the offensive which began in June"): its month is not the event's;
# "that" after a verb of saying opens what was said ("HRMMU verified that ... during October")
_RELATIVE = re.compile(r"(?:^|\s)(?P<before>[\w'’-]+)\s+(?:that|which|who)\b", re.I)
_SAYING = re.compile(
    r"said|says|say|reported|reports|verified|confirmed|claimed|claims|announced|added|stated|"
    r"noted|wrote|showed|shows|found|believe|believes|think|thinks",
    re.I,
)
_CLAUSE_EDGE = re.compile(r"[,;:()]")


def month_alone(sentence: str, pub: date, background: re.Pattern[str]) -> date | None:
    """The first day of the month a sentence names without a year, or None: not in a relative
    clause about something's past, nor in a clause of ``background`` ("after Ukraine launched
    a push in the Kherson region in late August")."""
    if not MONTH_ALONE.search(sentence):  # (most sentences: no month, no background read)
        return None
    sentence = background.sub(" ", sentence)
    m = MONTH_ALONE.search(sentence)
    if m is None:
        return None
    clause = _CLAUSE_EDGE.split(sentence[: m.start()])[-1]
    if any(not _SAYING.fullmatch(r.group("before")) for r in _RELATIVE.finditer(clause)):
        return None
    month = _MONTH_NAMES.index(m.group("mn")) + 1
    back = month > pub.month or (month == pub.month and m.group("last") is not None)
    return date(pub.year - 1 if back else pub.year, month, 1)
