"""The day or week a report's title gives its whole report: a night named by its days or the
day itself ("the night of 17 to 18 October", "over the day"), or the week a weekly overview
spans ("Regional Overview | 8-14 March 2025")."""

from __future__ import annotations

import re
from datetime import date, timedelta

from geo.extract.dates import When, date_in, names_night_or_today
from geo.extract.day_lines import month_when
from geo.extract.pattern_cues import cued
from geo.extract.publication import (
    MONTH_RE,
    MONTHS,
    WEEKDAY_RE,
    Publication,
    publication_from_header,
)
from geo.extract.sentences import Sentence, is_headline, whole_line
from geo.records import EVENT_YEARS

_YEAR = re.compile(r"\b\d{4}\b")
# a post's pictograph opening its title line ("⚡️ ", "🔴 ")
_PICTOGRAPH = re.compile(r"[ \t]*[\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]+")

# a night named by the day it ran into, as translated bulletins write it: "In the night to 21
# August", "In night from 7 to 8 November", "At night 10/11 Feb" (its day, told by ``date_in``)
_NIGHT_INTO = re.compile(
    r"\bnight\s+(?:(?:on|from|to|into)\s+)?(?:the\s+)?(?:\d{1,2}\s*(?:to|into|-|–|/)\s*)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH_RE})\b",
    re.I,
)
# a title naming the report as the night's, the label alone or before its day and clock
# ("OVERNIGHT BRIEF — Fri 6 Jun 2025, 07:30", "AIR ALERTS | NIGHT SUMMARY", "MORNING SUMMARY |
# 22 January 2026"; not a newsletter's "The Morning Brief", nor "Overnight brief on the talks")
_NIGHTS_REPORT = re.compile(
    r"(?:^\W*|[|—–:]\s*)(?:overnight\s+brief|night\s+(?:brief|summary)|morning\s+summary|"
    r"summary\s+of\s+the\s+night)\b\s*(?:$|[|—–:,(-]|\d)",
    re.I,
)


def title_date(title: str, pub: Publication) -> When | None:
    """The date a title gives the whole report, "the night of 17 to 18 October", "In the night
    to 21 August" or "over the day"; a headline's "overnight" or "on Friday" dates its own
    event only."""
    if names_night_or_today(title) or _NIGHT_INTO.search(title):
        return date_in(title, pub)
    return None


def nights_report(title: str, pub: Publication) -> When | None:
    """A title naming the report as the night's ("OVERNIGHT BRIEF", "Night summary"): its
    undated news is of the night it woke to, the publication day (as "the night of 5 to 6 March"
    on a report of the 6th), also when the title gives that day with its year."""
    return When(pub.day, 1, True) if _NIGHTS_REPORT.search(title) else None


# A summary of one day's news, whose header names the day ("Evening summary for 12.02.2025",
# "Digest for Friday, 4 April 2025", "Results of the day, 3 May 2025"), or an evening's bulletin
# ("EVENING BULLETIN - KHARKIV REGIONAL TV - 4 DECEMBER 2026", "Evening news, 12.03.2025")
_SUMMARY_FOR = re.compile(
    r"(?i)\b(?:summary|digest|round-?up|results|review)\s+(?:for|of)\s+(?:the\s+day\b\W*)?"
    r"(?:\w+day\W+)?\d|\bevening\s+(?:news\s+)?(?:bulletin|news|edition|broadcast|newscast)\b"
    r"[^\n\d]{0,60}\d"
)


def title_when(text: str, sentences: list[Sentence], pub: Publication) -> When | None:
    """The date a title line gives in words ("the night of 17 to 18 October", "over the
    day") or the week it spans ("Regional Overview | 8-14 March 2025"): it dates the report's
    sentences that give none. Other header lines with a year are the publication's date, not
    the title's."""
    for s in sentences:
        if s.paragraph > 3:
            break
        if not (is_headline(text, s) or _pictured_title(text, s)):
            continue
        when = None if re.search(r"\b\d{4}\b", s.text) else title_date(s.text, pub)
        when = when or nights_report(s.text, pub)
        day = publication_from_header(s.text) if _SUMMARY_FOR.search(s.text) else None
        if day is not None and not day.month:  # "Evening summary for 12.02.2025": that day's
            # news; a day with no year is the latest such up to publication ("for 2 May")
            when = When(day.day, 1, True) if _YEAR.search(s.text) else date_in(s.text, pub)
        if when is None and not re.search(r"(?i)\bnight\b", s.text):
            when = period_in(s.text, pub)  # a weekly overview's span ("8-14 March 2025")
        if when is not None:
            return when
    return month_report(text, pub)  # "monthly note, October 2024"


def _pictured_title(text: str, s: Sentence) -> bool:
    """A channel's title opened by a pictograph, which a list's bullet also is ("⚡️ Shelling
    summary for 2 May"): the whole line, and a title once the pictograph is left out."""
    mark = _PICTOGRAPH.match(s.text)
    if mark is None or not whole_line(text, s):
        return False
    rest = s.text[mark.end() :]
    return is_headline(rest, Sentence(rest, 0, len(rest), 0))


# "Week 10 (Monday 3 to Sunday 9 March 2025)", "3-9 March": a span of days a title covers.
_PERIOD = re.compile(
    rf"\b(?:(?:{WEEKDAY_RE})\s+)?(?P<d1>\d{{1,2}})(?:\s+(?P<mn1>{MONTH_RE})\.?)?\s*"
    rf"(?:to|-|–|—)\s*(?:(?:{WEEKDAY_RE})\s+)?(?P<d2>\d{{1,2}})\s+(?P<mn2>{MONTH_RE})\b\.?"
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
    if year not in EVENT_YEARS:
        return None
    try:
        end = date(year, MONTHS[m.group("mn2").lower()], int(m.group("d2")))
        start = date(year, MONTHS[(m.group("mn1") or m.group("mn2")).lower()], int(m.group("d1")))
    except ValueError:
        return None
    if start > end:
        start = start.replace(year=year - 1)
    middle = start + (end - start) / 2
    if not 1 <= (end - start).days <= 6 or middle.year not in EVENT_YEARS:
        return None
    return When(middle, 2, True)


# A periodic report's month ("Protection of civilians: monthly note, October 2024", "Reporting
# period: October 2025", "update for April 2024", "1-31 October 2025"): the month alone (no day,
# no weekday, not the end of a span of months), on a header line that names the report or its
# period; not an issue's month ("October 2024 issue", the month it is sent in) nor a month
# counted from ("since February 2022")
_REPORTED_MONTH = re.compile(
    r"(?<!\d)(?<!\d\s)(?<!of\s)(?<![-–—/])(?<![-–—/]\s)(?<!since\s)(?<!from\s)(?<!after\s)"
    rf"(?:\b1\s*(?:-|–|—|to)\s*(?:28|29|30|31)\s+)?\b(?P<mn>{MONTH_RE})\.?,?\s+(?P<y>\d{{4}})\b"
    r"(?!\s*(?:[-/–]\s*\d|issue|edition))",
    re.I,
)
_REPORT_WORD = re.compile(
    r"(?i)\b(?:monthly|month|(?:reporting\s+)?period|update|report|bulletin|note|summary|review|"
    r"digest|overview|snapshot|dashboard|fact\s?sheet|brief(?:ing)?|statistics)\b"
)
_HEADER_LINES = 8


def month_report(text: str, pub: Publication) -> When | None:
    """The month a periodic report covers, named on one of its first lines with a word for the
    report or its period: its undated events are of that month (month precision), when it is
    the month of publication or the one before (not a month of background)."""
    lines = [line for line in text[:2000].splitlines() if line.strip()][:_HEADER_LINES]
    for line in lines:
        if len(line.split()) > 20 or re.search(rf"(?i)\b(?:{WEEKDAY_RE})\b", line):
            continue
        found = list(_REPORTED_MONTH.finditer(line))
        if len(found) == 1 and _REPORT_WORD.search(line):
            return _month_of(found[0], pub)
    return None


def _month_of(m: re.Match, pub: Publication) -> When | None:
    year, month = int(m.group("y")), MONTHS[m.group("mn").lower()]
    if year not in EVENT_YEARS:
        return None
    first = date(year, month, 1)
    before = (pub.day.replace(day=1) - timedelta(days=1)).replace(day=1)
    return When(first, 3, True) if before <= first <= pub.day else None


_BARE_MONTH = re.compile(rf"(?i)\b(?:in|during|for|of)\s+(?P<mn>{MONTH_RE})\b(?!\s*\d)")


def heading_period(heading: str, pub: Publication) -> When | None:
    """The week ("3-9 March 2025"), the day ("on 11 May 2025", "over the past day") or the month
    ("Civilian casualties verified in October 2025, by region") a table's heading names, not
    after the publication: its rows' date (week, day or month precision); None for a heading of
    no such span ("in 2023", "since February 2022")."""
    week = period_in(heading, pub)
    if week is not None:
        return week
    day = date_in(heading, pub)  # "on 11 May 2025, by district", "over the past day"
    if day is not None and day.precision == 1 and (day.explicit or day.worded):
        return day
    found = list(_REPORTED_MONTH.finditer(heading))
    bare = _BARE_MONTH.search(heading) if not found and not _YEAR.search(heading) else None
    if bare is not None:  # "verified in October": the last October up to the publication
        month = month_when(bare.group("mn"), None, pub.day)
    elif len(found) == 1:
        month = month_when(found[0].group("mn"), found[0].group("y"), pub.day)
    else:
        return None
    return month if month.day.year in EVENT_YEARS and month.day <= pub.day else None


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_REPORTED_MONTH = cued(_REPORTED_MONTH)
