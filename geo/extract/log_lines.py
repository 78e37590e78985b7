"""A log of events told one line each: a map's changelog ("- added: Kherson, 12 Nov: shelling,
1 killed"), a dataset's release rows ("* 2025-01-31 · Volgograd · refinery hit by drones"), an
incident log's columns ("#1432 | 2025-04-02 | Kramatorsk | missile | 0"), a bot's digest
("03.11 06:15 · Sumy · Shahed hit · 1 wounded"), a tracker's stamps ("[2025-05-16 19:45 UTC]
Pavlohrad: ...", "Kremenchuk, REV: ..."). Each line is its own context: its stamp gives the day,
its first field the place, the next ones what happened.

The sentence reader reads "2025-04-02, Kramatorsk: shelling; 1 killed" but not the same words cut
by "·" or "|" cells behind a row number. ``flatten_log`` rewrites a log's lines in place, keeping
the text's length so that every offset still points into the report: a row number, a stamp's
brackets and a changelog's "added:" become blanks, the cell after the stamp is the place (a comma
before it, a colon after it) and the cells after that are clauses (semicolons). A line that
removes an entry ("removed duplicate: ...", "retracted: ...", "Smila, DEL: ...", "duplicate of
#1430") is blanked whole, and with a retraction so are the log's other lines about the same place
and day: a withdrawn event is no event. Only a text with at least three such lines is a log."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date, timedelta
from typing import TYPE_CHECKING

from geo.extract.dates import When, date_in, of_the_night
from geo.extract.publication import MONTH_RE, WEEKDAY_RE, Publication
from geo.extract.sentences import CLOCK, line_bounds

if TYPE_CHECKING:
    from geo.extract.draft import Draft

# a line's stamp: an ISO day, a numeric "03.11", a day and month ("14 March", "Mon 3 Mar",
# "19-20 March"), each with or without a clock, or a clock alone; a bracket or a row number
# before it
_DAY_MONTH = (
    rf"(?:(?:{WEEKDAY_RE})\.?,?\s+)?\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{MONTH_RE})\.?"
    r"(?:\s+(?:19|20)\d\d)?"
)
_STAMP = (
    rf"(?:(?:19|20)\d\d-\d\d-\d\d|\d{{1,2}}\.\d{{1,2}}(?:\.(?:19|20)?\d\d)?(?=[\s,])|{_DAY_MONTH})"
    rf"(?:,?\s+{CLOCK}(?:\s*(?:UTC|GMT))?)?|{CLOCK}(?:\s*(?:UTC|GMT))?"
)
_ROW = re.compile(
    r"(?P<lead>[ \t]*(?:[-*•]\s+)?(?:#\d+\s*[|·]?\s*)?\[?)"
    rf"(?P<stamp>{_STAMP})(?P<close>\]?)(?=\s*(?:[|·:,\-–—\]]|\s\s|\s[A-Z]))",
    re.I,
)
# a changelog's words of adding an entry, before its place
_ADDED = re.compile(r"[ \t]*(?:[-*•]\s+)?(?P<label>(?:added|new(?:\s+row)?)\s*:)\s*(?=[A-Z])", re.I)
# a line that removes an entry
_REMOVED = re.compile(
    r"^[ \t]*(?:[-*•]\s+)?(?:(?:removed|deleted)(?:\s+duplicate)?|retracted|withdrawn)\s*:|"
    r"[,:]\s*DEL\b|\bduplicate\s+of\s+#?\d+|\b(?:entry|row)\b[^.;]*\bwithdrawn\b",
    re.I,
)
_RETRACTED = re.compile(r"\bretracted\b|\bDEL\b|\bwithdrawn\b", re.I)
# the zone of an export's stamp after its ISO day (a live blog's "12 May, 22:40 GMT" stays: its
# late entries are Ukraine's next day, ``utc_stamps``)
_ZONE = re.compile(r"^(?:19|20)\d\d-\d\d-\d\d\s.*?\d\s*(?P<z>UTC|GMT)$")
_DOT = re.compile(r"·(?=\s)|(?<=\s)·")  # a cell's border
_REVISION = re.compile(r",\s*REV\s*:")  # "Kremenchuk, REV: ...": "Kremenchuk: REV ..."
# a heading over rows that are all removed ("Withdrawn", "Deleted rows:"), and any other one
_SECTION = re.compile(
    r"[ \t#*]*(?:withdrawn|removed|deleted|retracted)(?:\s+rows?)?\s*:?\s*$", re.I
)
_PLAIN_HEADING = re.compile(r"[ \t#*]*[A-Z][\w ]{0,30}:?\s*$")
_DAY_TOKEN = re.compile(
    rf"(?:19|20)\d\d-\d\d-\d\d|\b\d{{1,2}}\s+(?:{MONTH_RE})\b|\b\d{{1,2}}\.\d{{1,2}}\b", re.I
)
_FIRST_WORDS = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
_CLOCK_LINE = re.compile(
    r"(?m)^[ \t]*(?P<h>\d{1,2})[:.]\d\d\b(?!\s*(?:a\.?m|p\.?m|per\s?cent|%)).*$"
)
_SPAN = re.compile(r"\b\d{1,2}\s*(?:to|[-–])\s*\d{1,2}\b")  # "1 to 2 May", "11-12.07"
_LOG = 3  # lines of a log's shape a log has at least


def flatten_log(text: str) -> str:
    """``text`` with its log lines read as sentences (the same length), when it is a log."""
    lines = text.split("\n")
    rows = [_row(line) for line in lines]
    if sum(r is not None for r in rows) < _LOG:
        return text
    gone = _removals(lines)
    drop = {g for g in gone if g}
    out = []
    for line, row, removed in zip(lines, rows, gone, strict=True):
        if removed is not None or (row is not None and _same_entry(line, row, drop)):
            out.append(" " * len(line))
        else:
            out.append(line if row is None else _flat(line, row))
    return "\n".join(out)


def _removals(lines: list[str]) -> list[tuple[str, str] | str | None]:
    """For each line, what it removes: a retracted entry's place and day, "" for a line that
    goes alone (a duplicate's removal, a row under a "Withdrawn" heading), None for none."""
    found: list[tuple[str, str] | str | None] = []
    section = False
    for line in lines:
        if _SECTION.match(line):
            section = True
            found.append("")
            continue
        section = section and bool(line.strip()) and not _PLAIN_HEADING.match(line)
        found.append("" if section else _removed_head(line))
    return found


def _same_entry(line: str, at: int, drop: set) -> bool:
    """Whether a log line tells the entry a retraction names (its place and its day)."""
    head = _head(line, at)
    return any(head == place and day in line for place, day in drop if isinstance(place, str))


def _row(line: str) -> int | None:
    """Where the body of a log line starts (after its stamp or its "added:"), or None."""
    if m := _ADDED.match(line):
        return m.end()
    m = _ROW.match(line)
    return m.end() if m else None


def _removed_head(line: str) -> tuple[str, str] | str | None:
    """What a line removing an entry names: the place and day of a retraction's entry, "" for
    a line that only goes itself (a duplicate's removal), None for a line that removes nothing."""
    if not _REMOVED.search(line):
        return None
    day = _DAY_TOKEN.search(line)
    if not _RETRACTED.search(line) or day is None:
        return ""
    body = re.sub(r"^\s*(?:[-*•]\s+)?(?:retracted|withdrawn)\s*:\s*", "", line, flags=re.I)
    m = _FIRST_WORDS.search(body[_row(body) or 0 :])
    return (m.group(0), day.group(0)) if m else ""


def _head(line: str, at: int) -> str | None:
    """The place a log line's body opens with."""
    m = _FIRST_WORDS.match(re.sub(r"^[\s|·:,\-–—\]]*", "", line[at:]))
    return m.group(0) if m else None


def _flat(line: str, at: int) -> str:
    """One log line with its row number, brackets, changelog label and cell borders made what a
    sentence has: blanks, a comma after the stamp, a colon after the place, semicolons after."""
    chars = list(line)
    lead = _ROW.match(line) or _ADDED.match(line)
    if lead is not None and "label" in lead.groupdict():
        chars[lead.start("label") : lead.end("label")] = " " * len(lead.group("label"))
    elif lead is not None:
        pre = lead.group("lead")
        for k, c in enumerate(pre):
            if c in "#[|·" or c.isdigit():
                chars[lead.start("lead") + k] = " "
        if lead.group("close"):
            chars[lead.start("close")] = " "
        if zone := _ZONE.search(lead.group("stamp")):  # "2025-05-16 19:45 UTC": the day's clock
            at_zone = lead.start("stamp") + zone.start("z")
            chars[at_zone : at_zone + 3] = "   "
    for m in _DOT.finditer(line, max(at - 1, 0)):
        chars[m.start()] = "|"
    if rev := _REVISION.search(line):
        chars[rev.start() : rev.end()] = list(": REV".ljust(rev.end() - rev.start()))
    return "".join(chars)


def own_line_day(when: When, again: When | None, head: When) -> When:
    """The day of a line under a heading of another day: its words read from the heading's
    day ("on Saturday afternoon" under "MAY 25" is the Saturday before it), unless that puts a
    day and month of its own a year back ("Sat 8 Mar - ..." under "Thu 6 Mar - quiet day"): a
    log line's own date governs it."""
    if again is None or again.day >= head.day - timedelta(days=7):
        return again or when
    return when


class ClockLog:
    """The lines of a log that open with a clock ("12:30 Donetsk: ...", at least three), and
    the first whose clock turned past midnight (from the evening to the small hours). An
    entry's undated news is of its stamp's day, not the day before: a log that wraps past
    midnight is published the morning after (its evening entries are the day before), unless
    its header names the publication day and not a night (a ticker opened that evening: its
    entries after midnight are the next day)."""

    def __init__(self, text: str, pub: date) -> None:
        found = [(m.start(), m.end(), int(m.group("h"))) for m in _CLOCK_LINE.finditer(text)]
        self.lines = found if len(found) >= _LOG else []
        hours = [h for _, _, h in self.lines]
        self.wrap = next(
            (k for k in range(1, len(hours)) if hours[k - 1] >= 18 and hours[k] < 9), None
        )
        head = text[: self.lines[0][0]] if self.lines else ""
        told = date_in(head, Publication(pub)) if self.wrap is not None else None
        opens = told is not None and told.day == pub  # (not "the night of 11 to 12")
        self.opened = opens and not of_the_night(head) and not _SPAN.search(head)

    def day(self, pos: int, pub: Publication) -> When | None:
        """The day of undated news on the clock line at ``pos``; None off such lines."""
        k = bisect_right(self.lines, pos, key=lambda line: line[0]) - 1
        if k < 0 or pos >= self.lines[k][1]:
            return None
        shift = 0 if self.wrap is None else (k >= self.wrap) - (not self.opened)
        return When(pub.day + timedelta(days=shift), 1, False)


# a log line that revises an earlier one ("Kremenchuk, REV: police say 1 killed", "UPDATE to
# 00:20: toll rises", "04.11 01:10 · Shostka · correction: 3 injured")
_REVISES = re.compile(
    r"[,:|]\s*REV\b|\bUPDATE\b|\b(?:updated|revised|corrected)\s+(?:toll|figures?)\b|"
    r"[|:]\s*correction\s*:",
)


def _revises(d: Draft, earlier: Draft) -> bool:
    """Whether a revision line's draft can be of the earlier entry: its place, and its weapon's
    category when it names one."""
    return earlier.place.id == d.place.id and d.category in (None, earlier.category)


def fold_revisions(drafts: list[Draft], text: str) -> list[Draft]:
    """The drafts of a log with each revision line's event folded into the entry it revises:
    the latest earlier draft at its place, or in a log kept newest first the next one; the
    figures the revision gives win, even lower ones, and its own stamp (the day the entry was
    revised) is no new event's day."""
    out: list[Draft] = []
    pending: list[Draft] = []  # revisions told before their entry
    revising: dict[int, bool] = {}  # each line searched once (a paste may be one long line)
    for d in drafts:
        start, end = line_bounds(text, d.sentence.start)
        if start not in revising:
            revising[start] = bool(_REVISES.search(text, start, end))
        if d.event_type == "strike" and revising[start]:
            revised = next((x for x in reversed(out) if _revises(d, x)), None)
            if revised is None:
                pending.append(d)
                out.append(d)
            else:
                _fold(d, revised)
            continue
        for r in [r for r in pending if _revises(r, d)][:1]:
            _fold(r, d)
            pending.remove(r)
            out.remove(r)
        out.append(d)
    return out


def _fold(revision: Draft, entry: Draft) -> None:
    """A revision's figures into its entry (a figure it does not give stays)."""
    if revision.fatalities is not None:
        entry.fatalities = revision.fatalities
    if revision.injured is not None:
        entry.injured = revision.injured
    entry.sentences.append(revision.sentence)
