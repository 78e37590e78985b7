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
from datetime import timedelta
from typing import TYPE_CHECKING

from geo.extract.publication import MONTH_RE, WEEKDAY_RE
from geo.extract.sentences import CLOCK

if TYPE_CHECKING:
    from geo.extract.dates import When

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
_REVISION = re.compile(r",\s*REV\s*:")  # "Kremenchuk, REV: ..."
# a heading over rows that are all removed ("Withdrawn", "Deleted rows:"), and any other one
_SECTION = re.compile(
    r"[ \t#*]*(?:withdrawn|removed|deleted|retracted)(?:\s+rows?)?\s*:?\s*$", re.I
)
_PLAIN_HEADING = re.compile(r"[ \t#*]*[A-Z][\w ]{0,30}:?\s*$")
_DAY_TOKEN = re.compile(
    rf"(?:19|20)\d\d-\d\d-\d\d|\b\d{{1,2}}\s+(?:{MONTH_RE})\b|\b\d{{1,2}}\.\d{{1,2}}\b", re.I
)
_FIRST_WORDS = re.compile(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")
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
        chars[rev.start() : rev.end()] = list(":" + " " * (rev.end() - rev.start() - 1))
    return "".join(chars)


def own_line_day(when: When, again: When | None, head: When) -> When:
    """The day of a line under a heading of another day: its words read from the heading's
    day ("on Saturday afternoon" under "MAY 25" is the Saturday before it), unless that puts a
    day and month of its own a year back ("Sat 8 Mar - ..." under "Thu 6 Mar - quiet day"): a
    log line's own date governs it."""
    if again is None or again.day >= head.day - timedelta(days=7):
        return again or when
    return when
