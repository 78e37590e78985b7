"""Days written in figures: with their year, as logs and tables write them ("2025-06-02",
"02.06.2025"), or without it after the weekday that a diary's, a digest's or a timeline's entry
opens with ("Sat 04.10", "Wed 1/10", "Thursday 25/09", "Night into Sat 4/10", "Night of
9-10.10": the night ends on its second day), or before the clock that stamps a log's line
("03.11 22:40 · Sumy · ..."). A bare "4.10" is a figure, not a day: only the
weekday (or the night's span) makes it one, and it tells day-first from month-first ("Wed 10/1"
in January is month-first when 10 January was no Wednesday)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from geo.extract.pattern_cues import cued
from geo.records import EVENT_YEARS

_WITH_YEAR = re.compile(
    r"\b(?:(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)|"
    r"(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>(?:19|20)\d\d))\b"
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = rf"(?P<wd>{'|'.join(_WEEKDAYS)})(?:[a-z]*day|s|rs?)?\.?,?"
_PAIR = r"(?P<a>\d{1,2})[./](?P<b>\d{1,2})\b(?![./]\d)"
# "Sat 04.10", "Wednesday 05.02", "Saturday 20.09 → Sunday 21.09" (a span: its end)
_AFTER_WEEKDAY = re.compile(
    rf"\b{_WEEKDAY}\s+{_PAIR}(?:\s*(?:→|->|[-–—]|to|into)\s*{_WEEKDAY.replace('wd', 'wd2')}"
    rf"\s+(?P<a2>\d{{1,2}})[./](?P<b2>\d{{1,2}})\b(?![./]\d))?",
    re.I,
)
# "Night of 9-10.10", "night of 9/10.10": the second day, its month after it
_NIGHT_SPAN = re.compile(
    r"\bnight\s+of\s+\d{1,2}\s*[-–]\s*(?P<a>\d{1,2})\.(?P<b>\d{1,2})\b(?![./]\d)", re.I
)

# a log line's stamp, the day before its clock ("03.11 22:40", "04.11, 00:35"): a day, day first
_LOG_STAMP = re.compile(rf"[ \t*•\[-]*{_PAIR}(?:,\s*|\s+)\d{{1,2}}:\d\d\b")


def numeric_day(sentence: str, published: date) -> date | None:
    """The day a sentence gives in figures, or None."""
    if m := _WITH_YEAR.search(sentence):
        y, mo, d = (m.group(k) or m.group(k + "2") for k in ("y", "m", "d"))
        try:
            return date(int(y), int(mo), int(d)) if int(y) in EVENT_YEARS else None
        except ValueError:
            return None
    if m := _AFTER_WEEKDAY.search(sentence):
        if m.group("a2"):
            return _yearless(int(m.group("a2")), int(m.group("b2")), m.group("wd2"), published)
        return _yearless(int(m.group("a")), int(m.group("b")), m.group("wd"), published)
    if m := _LOG_STAMP.match(sentence):  # "03.11 22:40 · Sumy · ...": a log line's day
        return _yearless(int(m.group("a")), int(m.group("b")), None, published)
    if m := _NIGHT_SPAN.search(sentence):
        return _yearless(int(m.group("a")), int(m.group("b")), None, published)
    return None


_BARE_PAIR = re.compile(r"\s*(?P<a>\d{1,2})[./](?P<b>\d{1,2})\.?\s*")


def column_day(cell: str, published: date) -> date | None:
    """The day a table's day column gives as a bare "12.08" or "12/08" (the column's header
    makes it a day: day first, else month first)."""
    m = _BARE_PAIR.fullmatch(cell)
    return _yearless(int(m.group("a")), int(m.group("b")), None, published) if m else None


def _yearless(a: int, b: int, weekday: str | None, published: date) -> date | None:
    """The latest day up to the day after ``published`` that "a.b" names, day first, or month
    first when only that reading falls on the ``weekday`` given."""
    readings = [d for d in (_latest(a, b, published), _latest(b, a, published)) if d is not None]
    if weekday is not None:
        wd = _WEEKDAYS.index(weekday[:3].lower())
        on_it = [d for d in readings if d.weekday() == wd]
        readings = on_it or readings
    return readings[0] if readings else None


def _latest(day: int, month: int, published: date) -> date | None:
    last = published + timedelta(days=1)
    for year in (last.year, last.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            return None
        if d <= last:
            return d
    return None


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_AFTER_WEEKDAY, _WITH_YEAR, _NIGHT_SPAN = cued(_AFTER_WEEKDAY), cued(_WITH_YEAR), cued(_NIGHT_SPAN)
