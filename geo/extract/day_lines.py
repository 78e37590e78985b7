"""A live blog's day lines: a line that is a full date alone ("12 May", "Monday 12 May", "**13 May
2025**", "2025-05-12") or a date opening an entry with its clock ("13 May 01:10", "13 May, 01:10 - ..."). The
entries under it that give only a clock time ("22:15") are that day's, up to the next day line,
however many blank lines and entries stand between (a heading line heads only its block).

Any other report's day headings ("Sunday, 1 June", "## 10 June", "**May 17**": a date alone on
its line, not among the header lines that give the publication's day, standing alone between
blank lines or a markdown heading; one on its block's first line heads that block only, as
``geo.extract.blocks`` reads it) govern their section the same way: a digest's day told once for the paragraphs under it, up to the next day heading; a
month alone on its line ("## March 2025", "MAY", a monthly note's month line among its header
lines too) governs its section with month precision (its year, or the latest such month)."""

from __future__ import annotations

import bisect
import re
from datetime import date

from geo.extract.dates import When, date_in
from geo.extract.publication import MONTH_RE, MONTHS, WEEKDAY_RE, Publication
from geo.extract.sentences import CLOCK

_DAY = (
    rf"(?:(?:{WEEKDAY_RE}),?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\.?|(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?\s+(?:19|20)\d\d)?"
    r"|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"  # "2025-05-12", "12.05.2025"
)
# the day alone on its line, or the day and a clock opening the line's entry
_DAY_LINE = re.compile(
    rf"(?im)^[ \t*_#>]*(?P<day>{_DAY})"
    rf"(?:[ \t*_]*$|,?[ \t]+(?:at[ \t]+)?{CLOCK}\b)"
)

# a live blog's stamp naming its weekday ("22:05 (Sunday) - ...", "Monday, 01:15", "01:15,
# Monday"): a night retold hour by hour days later, or a blog run over two days; not the
# entry's own words after its clock ("22:05 - On Sunday ...")
_WEEKDAY_STAMP = re.compile(
    rf"(?im)^[ \t*_#>]*(?:{CLOCK}[ \t]*(?:,[ \t]*|\([ \t]*)(?P<wd>{WEEKDAY_RE})\)?|"
    rf"(?P<wd2>{WEEKDAY_RE}),?[ \t]+{CLOCK})[ \t*_]*(?:$|[-–—|:])"
)

# another report's day heading: a date or a weekday alone on its line ("Sunday, 1 June",
# "## 10 June", "**SATURDAY**", "May 17:")
_HEADING = re.compile(
    rf"(?im)^[ \t*_#>]*(?:(?P<day>{_DAY}|(?:{WEEKDAY_RE}))|"
    rf"(?P<mn>{MONTH_RE})\.?(?:,?\s+(?P<y>(?:19|20)\d\d))?)[ \t*_:.]*$"
)

# a heading that stands alone (a blank line or the end under it) heads a section
_SECTION = re.compile(r"[ \t]*(?:\n[ \t]*\n|\n?[ \t]*\Z)")


class DayLines:
    """Where each day line stands in a live blog, and the day it gives (the report's first line,
    its title, gives none)."""

    def __init__(self, text: str, pub: Publication, header: frozenset[int] | None = None) -> None:
        """``header``: not a live blog, the day headings only (a date, a weekday or a month
        alone on its line), none on the report's header lines (their numbers)."""
        found = []
        line, at = 0, 0
        for m in (_DAY_LINE if header is None else _HEADING).finditer(text):
            month = header is not None and m.group("mn")  # "## March 2025", "MAY"
            if header is not None:
                line, at = line + text.count("\n", at, m.start()), m.start()
                if line in header and not month:  # (a monthly note's month line governs)
                    continue
                if not _SECTION.match(text, m.end()) and not m.group(0).lstrip().startswith("#"):
                    continue  # a heading on its block's first line heads that block only
            if month and m.start() > 0:
                found.append((m.start(), month_when(month, m.group("y"), pub.day)))
                continue
            when = date_in(m.group("day"), pub) if m.start() > 0 and not month else None
            if when is not None and when.precision == 1:
                found.append((m.start(), when))
        found = sorted(found + _weekday_stamps(text, pub), key=lambda f: f[0])
        self.starts = [at for at, _ in found]
        self.days = [when for _, when in found]

    def over(self, pos: int) -> When | None:
        """The day of the last day line before ``pos`` (carried: weaker than a sentence's own
        date, yet a day the text names), or None."""
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 0:
            return None
        day = self.days[k]
        return When(day.day, day.precision, False, True)


def _weekday_stamps(text: str, pub: Publication) -> list[tuple[int, When]]:
    """A live blog's stamps that name their weekday, each with the day it names (the latest
    such day up to publication)."""
    found = []
    for m in _WEEKDAY_STAMP.finditer(text):
        when = date_in(m.group("wd") or m.group("wd2"), pub) if m.start() > 0 else None
        if when is not None and when.precision == 1:
            found.append((m.start(), when))
    return found


def month_when(name: str, year: str | None, pub: date) -> When:
    """The month a heading names, in its year or the latest such month up to publication."""
    month = MONTHS[name.lower()]
    return When(date(int(year) if year else pub.year - (month > pub.month), month, 1), 3, True)
