"""Days counted back from the day of writing: "three days ago", "2 days ago", "48 hours ago",
"the day before yesterday" are that many days before publication (``dates.date_in`` read them as
no day, so the day before); "at the weekend", "over the weekend", "this weekend" are the last
weekend up to publication, told as its week (a Saturday or a Sunday, no saying which)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from geo.extract.numbers import ANY_NUMBER, number
from geo.extract.pattern_cues import cued

_COUNT = rf"(?P<n>{ANY_NUMBER})"  # ("a day ago", "three days ago", "48 hours ago")
_AGO = re.compile(
    rf"\b(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?{_COUNT}\s+"
    r"(?P<unit>days?|hours?)\s+(?:ago|earlier\s+than\s+this)\b",
    re.I,
)
_AGO = cued(_AGO)  # (tried only on a text holding a word it needs)
_DAY_BEFORE_YESTERDAY = re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I)
_WEEKEND = re.compile(
    r"\b(?:at|over|during|on)\s+the\s+weekend\b|\b(?:this|last|past)\s+weekend\b", re.I
)


def days_counted_back(sentence: str, pub: date) -> tuple[date, int] | None:
    """The day (and its precision, 1 day or 2 week) that a count back from publication gives,
    or None when the sentence has none."""
    if _DAY_BEFORE_YESTERDAY.search(sentence):
        return pub - timedelta(days=2), 1
    if m := _AGO.search(sentence):
        n = number(m.group("n").lower()) or 0
        days = n if m.group("unit").lower().startswith("day") else n // 24
        if 0 < days <= 14:
            return pub - timedelta(days=days), 1
        return None
    if _WEEKEND.search(sentence):
        # the weekend up to publication: a Saturday or Sunday report's own, else the one before
        return pub - timedelta(days=(pub.weekday() - 5) % 7), 2
    return None


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_WEEKEND = cued(_WEEKEND)
