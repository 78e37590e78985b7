"""The year a paragraph has told before a day it names without one: "The summer of 2023 brought
the missiles. On 22 June, cruise missiles hit the bridge", "By 2024 the grid was the target. On
22 March that year, ...", "In June 2023 came the flood. On 6 June the dam gave way". A long read
retelling past years names the year once and then its days; each day is of that year, not the
latest such day before the publication (issue 16: a retrospective's days were read a year or two
late).

Not a year told as background ("the war has gone on since the invasion in February 2022", "the
plant had stood idle until 2023"): the days after it are the report's own; nor a year the
publication's or later."""

from __future__ import annotations

import re
from bisect import bisect_left

from geo.extract.publication import MONTH_RE

_YEAR = re.compile(r"\b(20[0-2]\d)\b")
# a year told as background of the story, not as its time: "since", "until", "the invasion of
# February 2022", "annexed in 2014", "ever since", "before 2022", "restored after 2022"
_BACKGROUND = re.compile(
    r"\b(?:since|until|till|before|after|ever|invasion|invaded|invade|annex\w*|full-scale)\b", re.I
)
# a day's full date ending on the year: "on 11 April 2024", "April 11, 2024"
_FULL_DATE = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})|\b(?:{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?,)\s+$",
    re.I,
)
_REACH = 120  # how far back in its sentence a year's frame may reach
_HEAD_WORDS = 4  # a frame opens its sentence: "The summer of 2023", "By 2024,", "In June 2023"


def _frame(before: str) -> bool:
    """Whether a year whose sentence's text before it is ``before`` sets the time of what
    follows: a full date, or a sentence's opening words, neither told as background."""
    if _BACKGROUND.search(before):
        return False
    return bool(_FULL_DATE.search(before)) or len(before.split()) <= _HEAD_WORDS


class ToldYears:
    """The years a text tells, found once (a paste is one long line: each sentence's look back
    must not scan the line again)."""

    def __init__(self, text: str) -> None:
        self._breaks = [m.start() for m in re.finditer("\n", text)]
        self._at: list[int] = []
        self._year: list[int | None] = []  # None: told as background
        for m in _YEAR.finditer(text):
            window = text[max(0, m.start() - _REACH) : m.start()]
            clause = re.split(r"[.;!?\n]", window)[-1]
            self._at.append(m.start())
            self._year.append(int(m.group(1)) if _frame(clause) else None)

    def before(self, start: int, pub_year: int) -> int | None:
        """The year told last in the line before ``start``, when it is an earlier year than the
        publication's and not background; else None."""
        i = bisect_left(self._at, start) - 1
        if i < 0:
            return None
        line = bisect_left(self._breaks, start) - 1
        if line >= 0 and self._at[i] < self._breaks[line]:
            return None  # told in an earlier paragraph
        year = self._year[i]
        return year if year is not None and year < pub_year else None
