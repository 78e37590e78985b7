"""Two days named for one event ("Strikes on Kherson on November 17 and 18 killed four people",
"milbloggers claimed on 20 and 21 October that ..."): the date reader
(:mod:`geo.extract.month_days`) dates the record to the first day, as README's date rules say
(the day the event is first known to have happened; the toll is the two days' together), and
its notes keep the span ("told over 17 and 18 November: dated to the first day"), so that the
second day is not lost to the analyst.
A night told by its two days ("the night of 17 to 18 November") is the morning it ended."""

from __future__ import annotations

import re

from geo.extract.draft import Draft, with_note
from geo.extract.month_days import MOST_APART
from geo.extract.publication import MONTH_RE

_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# "November 17 and 18", "17 and 18 November" (not "the night of 17 to 18 November")
_TWO_DAYS = re.compile(
    rf"(?<!night of )\b(?:(?P<m1>{MONTH_RE})\.?\s+{_DAY}\s+(?:and|&)\s+{_DAY}\b|"
    rf"{_DAY}\s+(?:and|&)\s+{_DAY}\s+(?P<m2>{MONTH_RE})\b)",
    re.I,
)
# a run from one day to the other ("between 14 and 17 October", "between the evenings of 17 and
# 18 February") is a span, not two days: month_days.py reads it
_BETWEEN_BEFORE = re.compile(r"\b(?:between|from)\b[^.;]{0,24}$", re.I)


def note_two_days(drafts: list[Draft]) -> None:
    """Notes the span of each draft whose sentence names two days for one event, which the date
    reader dated to the first ("on 9 and 10 November", "on November 9 and 10": the 9th)."""
    for d in drafts:
        if " and " not in d.sentence.text and "&" not in d.sentence.text:
            continue
        m = _TWO_DAYS.search(d.sentence.text)
        if (
            m is None
            or d.when.precision != 1
            or _BETWEEN_BEFORE.search(d.sentence.text, 0, m.start())
        ):
            continue
        month = m.group("m1") or m.group("m2")
        first, last = (int(g) for g in m.groups()[1:] if g and g.isdigit())
        if not first < last <= first + MOST_APART or d.when.day.day != first:
            continue
        note = (
            f"told over {first} and {last} {month.rstrip('.').capitalize()}: dated to the first day"
        )
        d.notes = with_note(d.notes, note)
