"""Several reports pasted at once: each wire dateline ("KYIV, 14 Aug 2025 (Reuters) -",
"DNIPRO, Ukraine, June 24 -") or date header ("Morning briefing: Tuesday 3 June 2025") of
another day starts a report of its own, whose relative days ("overnight",
"this morning") count from its own date. newuser25 pasted five reports and every event took the
first one's dateline (14 August), the 3 and 24 June events among them."""

from __future__ import annotations

import re

from geo.extract.publication import DAY_MONTH, MONTH_RE, WEEKDAY_RE

# a line that opens with a city (and its country or region), a day and month (a year may follow)
# and a dash, an agency in brackets before it or not: a dateline, not a log's "14:05 -" entry.
# Not geo.extract.dates.DATELINE, which says whether a text is wire copy and takes a dateline off
# a sentence: that one needs an agency ("(Reuters) -", "/TASS/.") and no city ("Sept 7 (Wire) -"
# is a roundup's), this one a city (a report starts where the city changes) and no agency
# ("DNIPRO, Ukraine, June 24 -", "Kyiv, 3 June 2025 -" start reports; a log's "Sept 7 (Sat) -"
# must not): one pattern cannot say both. The lines where they differ are in
# tests/test_extract_paste_datelines.py.
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Za-z'’ .-]{1,40})(?:,[ \t]*[A-Z][A-Za-z'’ .-]{1,30})?,[ \t]+"
    rf"(?P<when>{DAY_MONTH}(?:,?[ \t]+\d{{4}})?)"
    r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[-–—](?!\d)",  # (not a span's: "MONDAY, JUNE 9-10")
    re.I | re.M,
)

# a report's date header: a short line with a title and a full date, a blank line under it
# ("Morning briefing: Tuesday 3 June 2025", "Dnipro City Council, 24 June 2025, 18:40"); not a
# digest's day heading ("Monday 25 August 2025": no title but the weekday)
_FULL_DATE = re.compile(
    rf"\b(?:\d{{1,2}}\s+(?:{MONTH_RE})\.?,?\s+\d{{4}}|(?:{MONTH_RE})\.?\s+\d{{1,2}},?\s+\d{{4}})\b",
    re.I,
)
_DATE_OF = re.compile(r"\b(?:on|of|from|since|by|at|in|until|before|after|dated)$", re.I)
_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_RE})\b", re.I)


def _headers(text: str) -> list[tuple[int, str, str]]:
    """(offset, title, date) of each date header line of ``text``."""
    out, offset, lines = [], 0, text.split("\n")
    for i, line in enumerate(lines):
        head = line.strip()
        below = i + 1 == len(lines) or not lines[i + 1].strip()
        if head and below and len(head) <= 100 and head[-1] not in '.!?;,"”':
            if m := _FULL_DATE.search(head):
                title = " ".join(re.sub(r"\W+", " ", _WEEKDAY.sub(" ", head[: m.start()])).split())
                if title and not _DATE_OF.search(title):  # "Communicated on 17 February 2025"
                    out.append((offset, title.casefold(), " ".join(m.group(0).casefold().split())))
        offset += len(line) + 1
    return out


def _starts(found: list[tuple[int, str, str]]) -> list[int]:
    """The offsets of the reports ``found`` (offset, city or title, day) open, when they name
    two days or more: each one whose city or title differs from the one before it."""
    if len({when for _, _, when in found}) < 2:
        return []
    return [
        s for (s, key, _), (_, before, _) in zip(found[1:], found, strict=False) if key != before
    ]


def report_starts(text: str) -> list[int]:
    """Where each report of a paste starts (0 for the first, then each later dateline's line
    that names another city than the one before it), when the paste holds datelines of two or
    more different days; else ``[0]``, one report (a story that repeats its own dateline is
    still one story)."""
    found = [(m.start(), _said(m, "city"), _said(m, "when")) for m in _DATELINE.finditer(text)]
    # a dateline of the city before it is the same story told again ("UPDATE 1 ... KHARKIV, Dec
    # 2 (Wire) - The death toll ... has risen to seven"): its revised toll stays with the first;
    # so is a header of the same title (a council's 13:10 and 18:40 posts)
    news = {*_starts(found), *_starts(_headers(text))}
    return [0, *sorted({s for s in (_with_title(text, start) for start in news) if s > 0})]


def _said(m: re.Match, group: str) -> str:
    return " ".join(m.group(group).casefold().split())


def _with_title(text: str, start: int) -> int:
    """``start`` moved back over the short lines right above the dateline (a report's title,
    "Morning briefing"), up to a blank line or a sentence's end, three lines at most."""
    for _ in range(3):
        above = text.rfind("\n", 0, max(start - 1, 0)) + 1
        line = text[above : start - 1] if start else ""
        if not line.strip() or len(line) > 120 or line.rstrip()[-1] in '.!?"”':
            break
        start = above
    return start


def pasted_reports(text: str) -> list[tuple[int, str]]:
    """The reports of ``text`` as (offset, text) pairs (:func:`report_starts`)."""
    starts = report_starts(text)
    ends = [*starts[1:], len(text)]
    return [(a, text[a:b]) for a, b in zip(starts, ends, strict=True)]


def reports_found(text: str) -> str | None:
    """What the Ingest page says of a paste of several reports ("3 reports found in the paste,
    each dated by its own dateline"); None for one report."""
    n = len(report_starts(text))
    return f"{n} reports found in the paste, each dated by its own dateline" if n > 1 else None
