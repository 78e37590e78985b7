"""Figures of an earlier attack told after an event (issue 16, figures of matched records: ours
has a figure where the gold has none): "The same plant was hit in March, when two workers were
killed", "Last week, shelling of the same street killed four", "In a strike on the city on 8
April, 17 people were killed" after today's strike on the city are that earlier attack's, not
today's. A sentence continuing an event gives it no figures when the time it names ends at least
two days before the event's day (a day, a week or a month the dates read), or when it names in
words a month before the event's, or "a month ago", "last year"; the day before may still be the
event's own (a night's strike told "on Tuesday evening" in a Wednesday story)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from geo.extract.publication import MONTH_RE, MONTHS

if TYPE_CHECKING:
    from geo.extract.dates import When

# "in March" (not "in March 3": a day the dates read), "a month ago", "last year", "two years
# earlier"
_MONTH_NAMED = re.compile(rf"\b(?:in|since|during)\s+(?P<m>{MONTH_RE})\b(?!\s+\d)", re.I)
_AGO = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|\d+)\s+(?:months?|years?)\s+(?:ago|earlier|"
    r"before)|last\s+(?:month|year|summer|winter|spring|autumn)|the\s+previous\s+(?:month|year))\b",
    re.I,
)


def _ends(when: When) -> date:
    """The last day of the span a date stands for (a day, its week, its month)."""
    if when.precision == 1:
        return when.day
    if when.precision == 2:
        return when.day - timedelta(days=when.day.weekday()) + timedelta(days=6)
    return (when.day.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def earlier_attack(text: str, when: When | None, event: When) -> bool:
    """Whether a sentence continuing an event of ``event``'s day tells of an earlier time: its
    figures are another attack's."""
    if when is not None and when.explicit and not when.carried:
        return _ends(when) <= event.day - timedelta(days=2)
    if _AGO.search(text):
        return True
    m = _MONTH_NAMED.search(text)
    if m is None:
        return False
    month = MONTHS.get(m.group("m").lower())
    return month is not None and month != event.day.month
