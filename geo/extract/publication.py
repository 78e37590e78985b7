"""The publication date of a report, from its header or its dateline, and the names of months
and weekdays that the dates of its sentences are read with as well (``geo.extract.dates``)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from geo.extract.pattern_cues import cued

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY_RE = "|".join(WEEKDAYS)
# The time of day on the header's line, after its date ("8 March 2025 · 10:12", "Thursday 20 June
# 2024 - last updated 18.20 BST": British style writes it with a dot) or before it ("as of 22:00,
# 18.09.2025", "Morning summary | 08:00 | 21.11.2025", an official update's "as of 07.30 on ...").
_CLOCK_AFTER = r"(?:[^\n\d]{0,20}?\b(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)\b(?![.:]\d))?"
_CLOCK_BEFORE = r"(?:\b(?P<hb>[01]?\d|2[0-3])[:.](?P<minb>[0-5]\d)\b(?![.:]\d)[^\n\d]{0,12}?)?"
_HEADER_DATES = [
    re.compile(_CLOCK_BEFORE + r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _CLOCK_AFTER),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<min>\d{2}))?"),
    re.compile(
        _CLOCK_BEFORE
        + rf"\b(?P<d>\d{{1,2}})\s+(?P<mn>{MONTH_RE})\.?\s+(?P<y>\d{{4}})"
        + _CLOCK_AFTER,
        re.I,
    ),
    re.compile(
        _CLOCK_BEFORE
        + rf"\b(?P<mn>{MONTH_RE})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})"
        + _CLOCK_AFTER,
        re.I,
    ),
]


@dataclass(frozen=True, slots=True)
class Publication:
    """When the report came out; ``morning`` when it was published before noon (or no time),
    ``clock`` when the report gives its time of day."""

    day: date
    morning: bool = True
    clock: bool = False
    month: bool = False  # only the title's month and year are known: ``day`` is the month's end


# A day and its month without a year, either way round: "3 December", "Dec. 3", "December 3rd"
DAY_MONTH = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\.?"
    rf"|(?:{MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)"
)
# "KYIV, March 8 (Reuters) -", "KHARKIV, Ukraine, 14 June (AP) —": wire copy's dateline, whose
# day has no year: the latest such day on or before today. A factbox's or a roundup's has no
# city but its agency: "Dec 5 (Wire) - Here are ..." (not a log entry's weekday, "Nov. 29 (Sat) -").
_DATELINE = re.compile(
    r"^\s*[A-Z][\w'’ .-]{1,40}(?:,\s*[A-Z][\w'’ .-]{1,30})?,\s+"
    rf"(?P<dm>{DAY_MONTH})"
    r"(?:\s*(?:\([^)\n]{1,40}\))?\s*[-–—]|\.\s*/[^/\n]{1,20}/\.?)"
    rf"|^\s*(?P<dm2>{DAY_MONTH})\s*\((?!\s*(?:mon|tue|wed|thu|fri|sat|sun))"
    r"[A-Za-z][^)\n]{1,30}\)\s*[-–—]",
    re.I | re.M,
)
_DAY_OR_MONTH = re.compile(rf"(?P<d>\d{{1,2}})|(?P<mn>{MONTH_RE})", re.I)


def _day_month(words: str, today: date) -> Publication | None:
    """The latest day on or before ``today`` that ``words`` ("3 December", "Dec. 3") name."""
    day = month = 0
    for m in _DAY_OR_MONTH.finditer(words):
        if m.group("d"):
            day = int(m.group("d"))
        else:
            month = MONTHS[m.group("mn").lower()]
    return _latest(month, day, today) if day and month else None


# Days a report can have been published on. Counting "the day before", "last week" or "last
# year" from year 1 or 9999 falls off Python's calendar (OverflowError): such a day in a header
# is no publication date, and one given by hand is refused.
PUBLISHED_YEARS = range(1900, 2101)


def plausible_publication(day: date) -> bool:
    """Whether ``day`` can be a report's publication date (see :data:`PUBLISHED_YEARS`)."""
    return day.year in PUBLISHED_YEARS


def publication_from_header(text: str, today: date | None = None) -> Publication | None:
    """The publication date (and time) from the first lines of a report, if they carry one; a
    dateline's day without a year is the latest such day on or before ``today``."""
    head = "\n".join(text.splitlines()[:8])
    today = today or date.today()
    if issued := _issued(head):
        return issued
    covered = _period_end(head, today)
    found = _dated_header(head, covered.day if covered else None) or _dateline(head, today)
    return found or covered or _month_of_title(text, today) or _day_of_title(text, today)


# The day a header says the report was issued: "Issued 5 November 2025", "Released on Monday,
# 10.11.2025", "Published: 9 June 2025" (over any day of the period it covers)
_ISSUED = re.compile(
    r"\b(?:issued|released|published|date\s+of\s+issue)(?:\s+on)?\s*:?\s*"
    rf"(?:(?:{WEEKDAY_RE}),?\s+)?",
    re.I,
)


def _issued(head: str) -> Publication | None:
    for m in _ISSUED.finditer(head):
        for pattern in _HEADER_DATES:
            if (day := pattern.match(head, m.end())) and (found := _dated_header(day.group(0))):
                return found
    return None


# The period a report covers ("Reporting period: 1-31 October 2025", "Period covered: 3 to 9 Nov
# 2025", "Monthly note covering March 2025"): its days, an incident's among them, are no
# publication day; the report came out at its end at the earliest.
_PERIOD = re.compile(
    r"\b(?:period(?:\s+covered)?|covering|covers(?:\s+the\s+period)?)\b\s*:?\s*"
    r"(?P<span>[^|\n]{1,60}?)(?=\s*(?:\||$|\.\s|\bissued\b|\breleased\b|\bpublished\b))",
    re.I | re.M,
)


def _period_end(head: str, today: date) -> Publication | None:
    """The last day of the period the header says the report covers, if it names one."""
    m = _PERIOD.search(head)
    if m is None:
        return None
    if found := _dated_header(m.group("span"), last=True):
        return Publication(found.day)
    return _month_of_title(m.group("span"), today)


# A title's day and month with no year: "Russia-Ukraine war: live updates, 3 December",
# "Wednesday 3 December", "Key events, December 3" (not a span's first day, "3-9 March")
_TITLE_DAY = re.compile(rf"(?:^|[\s,:(])(?P<dm>{DAY_MONTH})\W*$", re.I)


def _day_of_title(text: str, today: date) -> Publication | None:
    """The report's title (its first line) ends with a day and a month and no year: the latest
    such day on or before ``today`` (a live blog's "live updates, 3 December")."""
    title = next((line for line in text.splitlines() if line.strip()), "")
    m = _TITLE_DAY.search(title[:200])
    if m is None:
        return None
    return _day_month(m.group("dm"), today)


def _latest(month: int, day: int, today: date) -> Publication | None:
    """The latest day of that month and day on or before ``today`` (this year or the last)."""
    for year in (today.year, today.year - 1):
        try:
            when = date(year, month, day)
        except ValueError:  # 29 February of a year that has none
            continue
        if when <= today:
            return Publication(when)
    return None


# A title's month and year ("incidents in May 2025", "2025-05", "March-April 2025": the later),
# or its season ("summer 2024"), not one an earlier time is counted from ("since February 2022")
# nor a day's that no calendar has ("31 February 2024")
_SEASONS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
_TITLE_MONTH = re.compile(
    rf"(?<!since )(?<!from )(?<!after )(?<!before )(?<!\d )\b(?:(?P<mn>{MONTH_RE}|"
    rf"{'|'.join(_SEASONS)})\.?,?\s+(?P<y>\d{{4}})|(?P<y2>\d{{4}})-(?P<m>0[1-9]|1[0-2]))\b(?![-/]\d)",
    re.I,
)


def _month_of_title(text: str, today: date) -> Publication | None:
    """The report's title (its first line) names a month and no day: the report came out at the
    earliest at that month's end (today, if the month is not over)."""
    title = next((line for line in text.splitlines() if line.strip()), "")
    found = list(_TITLE_MONTH.finditer(title))
    if not found:
        return None
    m = found[-1]
    name = (m.group("mn") or "").lower()
    month = int(m.group("m")) if m.group("m") else _SEASONS.get(name) or MONTHS[name]
    year = int(m.group("y") or m.group("y2"))
    if year not in PUBLISHED_YEARS:
        return None
    end = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    first = end.replace(day=1)
    return Publication(min(end, today) if first <= today else end, month=True)


def _dateline(head: str, today: date) -> Publication | None:
    m = _DATELINE.search(head)
    if m is None:
        return None
    return _day_month(m.group("dm") or m.group("dm2"), today)


def impossible_header_date(text: str) -> str | None:
    """A date in the report's first lines that no calendar has ("31 February 2024", "2024-13-02",
    "1 May 0001"), when the header gives no other: what the reader should be told, since the
    events are then dated from today."""
    if publication_from_header(text) is not None:
        return None
    head = "\n".join(text.splitlines()[:8])
    return next((m.group(0).strip() for m, day in _header_days(head) if day is None), None)


def stamped_line(line: str) -> bool:
    """Whether a line carries a header's full date with its clock ("as of 08:00, 5 December
    2026", "08.00 on 19.02.2025"): the stamp of an update."""
    return any(
        (m := pattern.search(line)) and (m.groupdict().get("h") or m.groupdict().get("hb"))
        for pattern in _HEADER_DATES
    )


def _dated_header(
    head: str, covered_until: date | None = None, last: bool = False
) -> Publication | None:
    """The first full date of the header, after the days of the period it covers (up to
    ``covered_until``); its ``last`` date instead, for the end of a period's span."""
    found = list(_header_days(head))
    if last:
        found = sorted((x for x in found if x[1] is not None), key=lambda x: x[0].end())[-1:]
    for m, day in found:
        if day is None or (covered_until is not None and day <= covered_until):
            continue
        g = m.groupdict()
        clock = g.get("h") or g.get("hb")
        hour = int(clock) if clock else None
        return Publication(day, morning=hour is None or hour < 12, clock=hour is not None)
    return None


def _header_days(head: str) -> Iterator[tuple[re.Match, date | None]]:
    """Each header date pattern's first match in ``head``, in the patterns' order, with its day
    (None when no calendar has it or it is no plausible publication day)."""
    for pattern in _HEADER_DATES:
        m = pattern.search(head)
        if not m:
            continue
        g = m.groupdict()
        try:
            month = int(g["m"]) if g.get("m") else MONTHS[g["mn"].lower()]
            day: date | None = date(int(g["y"]), month, int(g["d"]))
        except (ValueError, KeyError):
            day = None
        yield m, day if day is not None and plausible_publication(day) else None


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_ISSUED = cued(_ISSUED)
