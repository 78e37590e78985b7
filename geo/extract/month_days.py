"""A day named with its month: "on 9 November", "Nov. 21, 2025", "the night of 7 to 8 March" (the
morning it ended), "on 9 and 10 November" (the first of two days told for one event), and a
weekday's day of the month ("Sunday the 14th")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from geo.extract.pattern_cues import cued
from geo.extract.publication import MONTH_RE, MONTHS
from geo.records import EVENT_YEARS

# "the night of 7 to 8 March": the night ends on the second day.
NIGHT_OF = re.compile(
    rf"\bnight of (?:the )?\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|into|-|–)\s*(?:the )?"
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{MONTH_RE})\b\.?(?:\s+(?P<y>\d{{4}}))?",
    re.I,
)
# "the night of November 12-13", "the night of Nov. 12 to 13, 2025", "overnight on March 4 to
# 5": the month first
NIGHT_OF_MONTH_FIRST = re.compile(
    rf"\b(?:night of|overnight(?: on| from)?) (?:the )?(?P<mn>{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|into|-|–)\s*"
    rf"(?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?",
    re.I,
)
EXPLICIT_DAY = [
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{MONTH_RE})\b\.?(?:\s+(?P<y>\d{{4}}))?",
        re.I,
    ),
    re.compile(
        rf"\b(?P<mn>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?",
        re.I,
    ),
]
EXPLICIT_DAY = [cued(p) for p in EXPLICIT_DAY]  # (tried where a month is named)
# "on 9 and 10 November" (as "on November 9 and 10" is): two days for one event, read as the
# first (two_days keeps the span in the notes); not "between 14 and 17 November", a run dated by
# its end, nor days further apart than a week's span, two events
_FIRST_OF_TWO = re.compile(r"(?<!night of )\b(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&)\s+$", re.I)
_RUN_BEFORE = re.compile(r"\b(?:between|from)\b[^.;]{0,24}$", re.I)
MOST_APART = 6  # days


def _first_of_two(sentence: str, start: int, day: int) -> int:
    """The first of two days named for one event ("9 and 10 November") whose second, ``day``,
    starts at ``start``; else ``day``."""
    before = sentence[max(0, start - 60) : start]
    m = _FIRST_OF_TWO.search(before)
    if m is None or _RUN_BEFORE.search(before, 0, m.start()):
        return day
    first = int(m.group("d"))
    return first if first < day <= first + MOST_APART else day


NAMED_DAYS = (NIGHT_OF, NIGHT_OF_MONTH_FIRST, *EXPLICIT_DAY)


def names_day_of_month(sentence: str) -> bool:
    """Whether a sentence names a day with its month (a night by its two days too)."""
    return any(p.search(sentence) for p in NAMED_DAYS)


def day_of_month(sentence: str, p: date) -> tuple[date, bool] | None:
    """The day a sentence names with its month ("on 9 November", "the night of 7 to 8 March",
    "Nov. 21, 2025"), a year back when it lies ahead of the publication day ``p``, and whether
    it is then likely still to come (named without its year, within the months ahead)."""
    for pattern in NAMED_DAYS:
        m = pattern.search(sentence)
        if m and m.group("mn").lower() in MONTHS:
            year = int(m.group("y")) if m.group("y") else p.year
            if year not in EVENT_YEARS:  # "31 December 9999" is no day an event happened on
                continue
            day = int(m.group("d"))
            if pattern is EXPLICIT_DAY[0]:
                day = _first_of_two(sentence, m.start(), day)
            try:
                d = date(year, MONTHS[m.group("mn").lower()], day)
            except ValueError:
                continue
            if not m.group("y") and d > p + timedelta(days=1):
                ahead = d <= p + timedelta(days=92)
                return d.replace(year=d.year - 1), ahead
            return d, False
    return None


_DAY_OF_MONTH = re.compile(r",?\s+the\s+(?P<dom>\d{1,2})(?:st|nd|rd|th)\b", re.I)


def of_the_month(sentence: str, end: int, day: date) -> date:
    """The weekday ``day`` that the sentence names, moved back by weeks to the day of the month
    it gives after the weekday ("Sunday the 14th"), if one of the last five weeks has it."""
    m = _DAY_OF_MONTH.match(sentence, end)
    if m is None:
        return day
    for weeks in range(6):
        if (d := day - timedelta(weeks=weeks)).day == int(m.group("dom")):
            return d
    return day
