"""The year a paragraph has told before a day it names without one: "The summer of 2023 brought
the missiles. On 22 June, cruise missiles hit the bridge", "By 2024 the grid was the target. On
22 March that year, ...", "In June 2023 came the flood. On 6 June the dam gave way". A long read
retelling past years names the year once and then its days; each day is of that year, not the
latest such day before the publication (issue 16: a retrospective's days were read a year or two
late).

Not a year told as background ("the war has gone on since the invasion in February 2022", "the
plant had stood idle until 2023"), nor one a noun wears ("the 2024 harvest"), nor a year the
publication's or later. And news stays news: a day within a month before the publication is the
report's own whatever year the paragraph told before ("Kherson was liberated on 11 November 2022.
On 3 March, artillery hit the port", published on 5 March), and a day before a full date's is not
that year's (the 3 March of 2022 came before the 11 November the paragraph told)."""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, timedelta

from geo.extract.month_days import day_of_month
from geo.extract.publication import DAY_MONTH

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# a year told as background of the story, not as its time: "since", "until", "the invasion of
# February 2022", "annexed in 2014", "ever since", "before 2022", "restored after 2022"
_BACKGROUND = re.compile(
    r"\b(?:since|until|till|before|after|ever|invasion|invaded|invade|annex\w*|full-scale)\b", re.I
)
# a year a noun wears: "the 2024 harvest", "its 2023 budget", "last 2022's" (not "in 2024")
_WORN = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that|last|next)\s+$", re.I)
# a day's full date ending on the year: "on 11 April 2024", "April 11, 2024"
_FULL_DATE = re.compile(rf"\b(?:{DAY_MONTH}),?\s+$", re.I)
_REACH = 120  # how far back in its sentence a year's frame may reach
_HEAD_WORDS = 4  # a frame opens its sentence: "The summer of 2023", "By 2024,", "In June 2023"
_NEWS = timedelta(days=31)  # a day this close before the publication is the report's own


def _frame(before: str, year: int) -> tuple[int, date | None] | None:
    """The year (and the full date, when one ends on it) that sets the time of what follows, a
    year whose sentence's text before it is ``before``: a full date or a sentence's opening
    words, neither told as background nor worn by a noun; else None."""
    if _BACKGROUND.search(before) or _WORN.search(before):
        return None
    if full := _FULL_DATE.search(before):
        told = day_of_month(full.group(0), date(year, 12, 31))
        return (year, told[0]) if told else None
    return (year, None) if len(before.split()) <= _HEAD_WORDS else None


class ToldYears:
    """The years a text tells, found once (a paste is one long line: each sentence's look back
    must not scan the line again)."""

    def __init__(self, text: str) -> None:
        self._breaks = [m.start() for m in re.finditer("\n", text)]
        self._at: list[int] = []
        self._frames: list[tuple[int, date | None] | None] = []  # None: no frame
        for m in _YEAR.finditer(text):
            window = text[max(0, m.start() - _REACH) : m.start()]
            clause = re.split(r"[.;!?\n]", window)[-1]
            self._at.append(m.start())
            self._frames.append(_frame(clause, int(m.group(0))))

    def year_of(self, start: int, day: date, pub: date) -> int | None:
        """The year of ``day`` (a day named without its year at ``start``, read as the latest
        such day up to the publication ``pub``), when the year its paragraph told last before it
        sets it; else None."""
        if pub - day <= _NEWS:
            return None
        i = bisect_left(self._at, start) - 1
        frame = self._frames[i] if i >= 0 else None
        if frame is None:
            return None
        line = bisect_left(self._breaks, start) - 1
        if line >= 0 and self._at[i] < self._breaks[line]:
            return None  # told in an earlier paragraph
        year, since = frame
        if year >= pub.year:
            return None
        try:
            moved = day.replace(year=year)
        except ValueError:  # 29 February
            return None
        return year if since is None or moved >= since else None
