"""Dates: the publication date from a report's header, and each sentence's date relative to it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from geo.extract.wording import words

_MONTHS = {
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
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_WEEKDAY_RE = "|".join(_WEEKDAYS)
_HEADER_DATES = [
    re.compile(
        r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?:\s*[-,]?\s*(?P<h>\d{1,2}):(?P<min>\d{2}))?"
    ),
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<h>\d{2}):(?P<min>\d{2}))?"),
    re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mn>{_MONTH_RE})\.?\s+(?P<y>\d{{4}})", re.I),
    re.compile(rf"\b(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}}),?\s+(?P<y>\d{{4}})", re.I),
]


@dataclass(frozen=True, slots=True)
class Publication:
    """When the report came out; ``morning`` when it was published before noon (or no time)."""

    day: date
    morning: bool = True


# "KYIV, March 8 (Reuters) -", "KHARKIV, Ukraine, 14 June (AP) —": wire copy's dateline, whose
# day has no year: the latest such day on or before today.
_DATELINE = re.compile(
    r"^\s*[A-Z][\w'’ .-]{1,40}(?:,\s*[A-Z][\w'’ .-]{1,30})?,\s+"
    rf"(?:(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<mn2>{_MONTH_RE})\.?)"
    r"(?:\s*(?:\([^)\n]{1,40}\))?\s*[-–—]|\.\s*/[^/\n]{1,20}/\.?)",
    re.I | re.M,
)


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
    found = _dated_header(head)
    return found if found is not None else _dateline(head, today or date.today())


def _dateline(head: str, today: date) -> Publication | None:
    m = _DATELINE.search(head)
    if m is None:
        return None
    month = _MONTHS[(m.group("mn") or m.group("mn2")).lower()]
    day = int(m.group("d") or m.group("d2"))
    for year in (today.year, today.year - 1):
        try:
            when = date(year, month, day)
        except ValueError:  # 29 February of a year that has none
            continue
        if when <= today:
            return Publication(when)
    return None


def _dated_header(head: str) -> Publication | None:
    for pattern in _HEADER_DATES:
        m = pattern.search(head)
        if not m:
            continue
        g = m.groupdict()
        try:
            month = int(g["m"]) if g.get("m") else _MONTHS[g["mn"].lower()]
            day = date(int(g["y"]), month, int(g["d"]))
        except (ValueError, KeyError):
            continue
        if not plausible_publication(day):
            continue
        hour = int(g["h"]) if g.get("h") else None
        return Publication(day, morning=hour is None or hour < 12)
    return None


@dataclass(frozen=True, slots=True)
class When:
    """A sentence's date: the day, its precision (1 day, 2 week, 3 month), whether words gave it,
    and whether an earlier sentence of its paragraph gave it (``carried``: weaker than its own,
    yet a day the text names)."""

    day: date
    precision: int
    explicit: bool
    carried: bool = False


_REL_WEEK = words(
    "the previous week", "last week", "the week before", "a week ago", "the past week"
)
_THIS_WEEK = words("this week", "earlier this week", "in recent days", "in the past few days")
_LAST_MONTH = words("last month", "the previous month", "a month ago")
_THIS_MONTH = words("this month", "earlier this month")
_RECENTLY = words("recently", "lately")
_YESTERDAY = words("yesterday")
_TODAY = words(
    "today",
    "this morning",
    "tonight",
    "over the day",
    # a statement's own day: "in the past twenty-four hours"
    r"(?:in|over|during)\s+the\s+(?:past|last)\s+(?:24|twenty-four)\s+hours",
)
_NIGHT = words("overnight", "during the night", "last night", "in the night", "at night")
_EVENING = words(
    "in the evening",
    "this evening",
    "on the evening",
    "late in the day",
    "in the afternoon",
    "late last night",
    "(?:shortly |just )?before midnight",  # in a morning report: the eve
)
_WEEKDAY = re.compile(rf"\b(?:on\s+|last\s+)?(?P<wd>{_WEEKDAY_RE})\b", re.I)
_MONTH_YEAR = words(
    rf"(?:in|early|late|mid-?|during)\s+(?P<mn>{_MONTH_RE})\.?,?\s+(?P<y>(?:19|20)\d\d)"
)
_SPAN_END = re.compile(
    r"[^.;]{0,40}?\b(?:and|to|until|into)\s+(?:[\w.:]+\s+){0,3}?(?:on\s+)?"
    rf"(?P<wd>{_WEEKDAY_RE})\b",
    re.I,
)
# "the night of 7 to 8 March": the night ends on the second day.
_NIGHT_OF = re.compile(
    rf"\bnight of (?:the )?\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|into|-|–)\s*(?:the )?"
    rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{_MONTH_RE})\b\.?(?:\s+(?P<y>\d{{4}}))?",
    re.I,
)
# "the night of November 12-13", "the night of Nov. 12 to 13, 2025": the month first
_NIGHT_OF_MONTH_FIRST = re.compile(
    rf"\bnight of (?:the )?(?P<mn>{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:to|into|-|–)\s*"
    rf"(?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?",
    re.I,
)
_EXPLICIT_DAY = [
    re.compile(
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn>{_MONTH_RE})\b\.?(?:\s+(?P<y>\d{{4}}))?",
        re.I,
    ),
    re.compile(
        rf"\b(?P<mn>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}}))?",
        re.I,
    ),
]
_PRESENT = words(r"(is|are|am)\s+(also\s+)?\w+ing", "meets|meet|takes place|is taking place")


_SPOKEN_ON = re.compile(
    r"\b(?:said|says|told\s+\w+|announced|reported|added|stated|wrote|confirmed)\s+"
    rf"(?:on\s+)?(?:{_WEEKDAY_RE}|yesterday|today)\b",
    re.I,
)


# "Footage geolocated on 9 June shows ...": the day the footage appeared dates that sentence's
# event only; "Ground fighting is taking place near X": under way as the report is written.
_OWN_DAY_ONLY = re.compile(
    r"\b(?:footage|imagery|images|video|photos?)\s+(?:geolocated|published|posted)\s+on\b|"
    r"\bgeolocated\s+on\b",
    re.I,
)


def carries(sentence: str) -> bool:
    """Whether the day a sentence gives may date the undated sentences after it."""
    return not _OWN_DAY_ONLY.search(sentence)


def ongoing(sentence: str) -> bool:
    """Whether the sentence tells of something under way (present tense): the report's day."""
    return bool(_PRESENT.search(sentence))


def spoken_on(sentence: str) -> bool:
    """Whether the sentence's day is only when someone spoke ("the UN said on Tuesday")."""
    return bool(_SPOKEN_ON.search(sentence))


def title_date(title: str, pub: Publication) -> When | None:
    """The date a title gives the whole report, "the night of 17 to 18 October" or "over the
    day"; a headline's "overnight" or "on Friday" dates its own event only."""
    if _NIGHT_OF.search(title) or _NIGHT_OF_MONTH_FIRST.search(title) or _TODAY.search(title):
        return date_in(title, pub)
    return None


# "ODESA, March 8 (Newswire) -", "KHARKIV, Ukraine, Sept 10, 2022 (Newswire) —", "MOSCOW,
# November 13. /Agency/.": agency wire copy; its day is the story's publication, not an event's.
DATELINE = re.compile(
    # (the place may be left out: "Sept 7 (Corvid Wire) - ")
    r"(?m)^(?:[A-Z][A-Z .'-]+(?:, [A-Za-z .]+)?, )?[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?"
    r"(?: \([^)]+\) [-–—]|\. /[^/\n]{1,20}/\.)"
)


def date_in(sentence: str, pub: Publication) -> When | None:
    """The date a sentence gives, relative to the publication date, or None."""
    p = pub.day
    head = DATELINE.match(sentence)
    sentence = sentence[head.end() :] if head else sentence
    for pattern in (_NIGHT_OF, _NIGHT_OF_MONTH_FIRST, *_EXPLICIT_DAY):
        m = pattern.search(sentence)
        if m and m.group("mn").lower() in _MONTHS:
            try:
                year = int(m.group("y")) if m.group("y") else p.year
                d = date(year, _MONTHS[m.group("mn").lower()], int(m.group("d")))
            except ValueError:
                continue
            if not m.group("y") and d > p + timedelta(days=1):
                d = d.replace(year=d.year - 1)
            return When(d, 1, True)
    m = _MONTH_YEAR.search(sentence)
    if m:  # "In December 2022": month precision
        return When(date(int(m.group("y")), _MONTHS[m.group("mn").lower()], 1), 3, True)
    m = _WEEKDAY.search(sentence)
    if m:
        # "between late on Monday and 7 a.m. on Tuesday": a span is dated by its end
        span = re.search(r"\b(?:between|from)\s+(?:\w+\s+){0,3}$", sentence[: m.start()], re.I)
        # "Saturday night into Sunday": the night ends on the second day
        night = re.match(r"\s+night\s+(?:into|to)\b", sentence[m.end() :], re.I)
        later = _SPAN_END.match(sentence, m.end()) if span or night else None
        m = later or m
        back = (p.weekday() - _WEEKDAYS.index(m.group("wd").lower())) % 7
        return When(p - timedelta(days=back), 1, True)
    if _YESTERDAY.search(sentence):
        return When(p - timedelta(days=1), 1, True)
    if _REL_WEEK.search(sentence):
        return When(p - timedelta(days=p.weekday() + 7), 2, True)
    if _THIS_WEEK.search(sentence):
        return When(p - timedelta(days=p.weekday()), 2, True)
    if _LAST_MONTH.search(sentence):
        first = p.replace(day=1) - timedelta(days=1)
        return When(first.replace(day=1), 3, True)
    if _THIS_MONTH.search(sentence):
        return When(p.replace(day=1), 3, True)
    if _EVENING.search(sentence):
        return When(p - timedelta(days=1) if pub.morning else p, 1, True)
    if _NIGHT.search(sentence) or _TODAY.search(sentence):
        return When(p, 1, True)
    if _RECENTLY.search(sentence):
        return When(p - timedelta(days=1), 2, True)
    return None


def of_the_night(sentence: str) -> bool:
    """Whether the sentence's only date words are the night's or the day's ("overnight", "this
    morning", "in the evening"): no day or date of its own."""
    if not (_NIGHT.search(sentence) or _TODAY.search(sentence) or _EVENING.search(sentence)):
        return False
    return not (
        _WEEKDAY.search(sentence)
        or _YESTERDAY.search(sentence)
        or any(p.search(sentence) for p in (_NIGHT_OF, _NIGHT_OF_MONTH_FIRST, *_EXPLICIT_DAY))
    )


def day_heading(sentence: str, pub: Publication) -> When | None:
    """The day a short heading line gives its item ("Sunday.", "Saturday evening.", "Also
    Saturday night."): the night and the evening its item tells of are that day's."""
    if len(sentence.split()) > 4:
        return None
    when = date_in(sentence, pub)
    return when if when is not None and when.precision == 1 and not of_the_night(sentence) else None


def default_date(
    sentence: str, pub: Publication, title: When | None = None, bulletin: bool = False
) -> When:
    """No date words: the date the report's title gives for the whole report (``title``), if
    any; else the publication day for present tense or a side's own same-day bulletin
    (``bulletin``: a ministry's statement, an air force's tally), else the day before."""
    if title is not None:
        return When(title.day, title.precision, False)
    if bulletin or ongoing(sentence):
        return When(pub.day, 1, False)
    return When(pub.day - timedelta(days=1), 1, False)


def window(w: When) -> tuple[date, date]:
    """The first and last day a date of this precision covers."""
    if w.precision == 1:
        return w.day, w.day
    if w.precision == 2:
        start = w.day - timedelta(days=w.day.weekday())
        return start, start + timedelta(days=6)
    start = w.day.replace(day=1)
    nxt = (start + timedelta(days=32)).replace(day=1)
    return start, nxt - timedelta(days=1)


def dates_agree(a: When, b: When) -> bool:
    """Two dates can be one event's: either is only the report's default, or their windows
    overlap. A day carried from an earlier sentence is named by the text: "* 28 August - 598
    drones. 23 were killed in Kyiv" is not the Kyiv strike of the night the report is about."""
    if not ((a.explicit or a.carried) and (b.explicit or b.carried)):
        return True
    (s1, e1), (s2, e2) = window(a), window(b)
    return s1 <= e2 and s2 <= e1


# "Week 10 (Monday 3 to Sunday 9 March 2025)", "3-9 March": a span of days a title covers.
_PERIOD = re.compile(
    rf"\b(?:(?:{_WEEKDAY_RE})\s+)?(?P<d1>\d{{1,2}})(?:\s+(?P<mn1>{_MONTH_RE})\.?)?\s*"
    rf"(?:to|-|–|—)\s*(?:(?:{_WEEKDAY_RE})\s+)?(?P<d2>\d{{1,2}})\s+(?P<mn2>{_MONTH_RE})\b\.?"
    r"(?:\s+(?P<y>\d{4}))?",
    re.I,
)


def period_in(head: str, pub: Publication) -> When | None:
    """The week a report's title covers ("Monday 3 to Sunday 9 March 2025"): dated to the week
    (its middle day), or None when the head names no span of two to seven days."""
    m = _PERIOD.search(head)
    if m is None:
        return None
    year = int(m.group("y")) if m.group("y") else pub.day.year
    try:
        end = date(year, _MONTHS[m.group("mn2").lower()], int(m.group("d2")))
        start = date(year, _MONTHS[(m.group("mn1") or m.group("mn2")).lower()], int(m.group("d1")))
    except ValueError:
        return None
    if start > end:
        start = start.replace(year=year - 1)
    if not 1 <= (end - start).days <= 6:
        return None
    return When(start + (end - start) / 2, 2, True)
