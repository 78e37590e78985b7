"""The day of a row of a log, a list or a card (``row_events``), in one place, by the order of
evidence: the row's own words or its day cell ("08.03", "12.03.2025"); then the heading over its
block (a named day, "Night of 20-21 May", an "Overnight log:" or "On Tuesday:" lead-in); then a
day carried from the prose before. A story told on Tuesday above an "Overnight log:" does not
date the log's rows, which are the publication night's."""

from __future__ import annotations

import re
from dataclasses import replace

from geo.extract.cards import card_fields
from geo.extract.dates import When, date_in
from geo.extract.entries import STAMPS
from geo.extract.publication import MONTH_RE, WEEKDAY_RE, Publication
from geo.extract.sentences import Sentence, line_bounds
from geo.extract.tables import cell_day

# a cell that only dates or numbers its row: "08.03", "23:48", "- 01 Sep", "#1432", "No. 4"
MARKS = r"[^\w\n]*"
STAMP_CELL = re.compile(rf"{MARKS}(?:(?:{STAMPS})|#?\d{{1,5}}\.?|No\.?\s*\d+){MARKS}", re.I)
CLOCK_CELL = re.compile(rf"{MARKS}\d{{1,2}}:\d\d(?:\s*[ap]\.?m\.?)?{MARKS}", re.I)  # "23:48"
# a heading's day named in full: "16 April", "May 20", "2025-05-20", "20.05.2025"
_NAMED_DAY = re.compile(
    rf"\b\d{{1,2}}\s+(?:{MONTH_RE})\b|\b(?:{MONTH_RE})\.?\s+\d{{1,2}}\b|"
    r"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d\b",
    re.I,
)
# a block's lead-in naming its night or day ("Overnight log:", "Last night:", "On Tuesday:")
_NIGHT_LEAD = re.compile(rf"\b(?:overnight|night|tonight|{WEEKDAY_RE})\b", re.I)
_SPAN = re.compile(
    r"(?<![\d:])\d{1,2}\s*(?:to|[-–])\s*\d{1,2}\b(?!:)"
)  # "2 - 8 June", "7 to 8 June"
_BLOCK = 30  # lines looked up for the block's first line
_BLOCKS = 3  # blocks looked up for a heading's day
_HEADING = 3  # lines a heading's block holds at most


def row_day(own: When | None, when: When | None) -> When | None:
    """A row's day, by the order of evidence: the row's own words (``when``, explicit) or its
    day cell; then the heading over its block (a named day, a night's "Night of 20-21 May", an
    "Overnight log:" lead-in's publication morning; ``own``, from ``row_cells_day``); only then a day
    carried from the prose before (a story's Tuesday is not the overnight block's)."""
    if own is None or (when is not None and when.explicit and not when.carried):
        return when
    return own


def row_cells_day(text: str, s: Sentence, before: list[str], pub: Publication) -> When | None:
    """A row's day: its day cell's ("08.03", "12.03.2025", "- 01 Sep"), else, with no clock
    cell, the day its block's heading or the heading over the block names ("Damage recorded on
    20 May 2025", "evening roundup, 16 April")."""
    for cell in before:
        if STAMP_CELL.fullmatch(cell) and not CLOCK_CELL.fullmatch(cell):
            bare = cell.strip(" -*•·#\t")
            if day := cell_day(bare, pub):
                return day
        if CLOCK_CELL.fullmatch(cell):
            return None
    for k, head in enumerate(_heads(text, s)):
        lead = head.split("\n", 1)[0].rstrip()
        night = k == 0 and lead.endswith(":") and _NIGHT_LEAD.search(lead)
        if night and (day := date_in(lead, pub)) and day.explicit:
            return replace(day, explicit=False, carried=True)  # "Overnight log:", "On Tuesday:"
        if not _NAMED_DAY.search(head) or (_SPAN.search(head) and "night" not in head.lower()):
            continue  # (a reporting period's "2 - 8 June" is no row's day; a night's "7 to 8" is)
        if (day := date_in(head, pub)) is not None and day.explicit:
            return replace(day, explicit=False, carried=True)  # weaker than the row's own words
    return None


def _heads(text: str, s: Sentence) -> list[str]:
    """The lines over the row in its block, when at most three ("Fri 23 Jan · 13:51" over its
    entry; of a longer block its first line), then the blocks of at most
    three lines above it, nearest first, at most three ("Bilozerske City Council / Damage
    recorded on 20 May 2025")."""
    start = line_bounds(text, s.start)[0]
    lines = block_up(text, start)
    heads = ["\n".join(lines) if len(lines) <= _HEADING else lines[0]]  # "Fri 23 Jan · 13:51"
    start -= sum(len(x) + 1 for x in lines)
    for _ in range(_BLOCK):  # (blocks looked through: cards, at most three headings)
        if len(heads) > _BLOCKS or start <= 0:
            break
        for _ in range(_BLOCK):  # (the blank lines between)
            above, end = line_bounds(text, start - 1)
            if text[above:end].strip() or above == 0:
                break
            start = above
        lines = block_up(text, start)
        if not lines:
            break
        if len(lines) <= _HEADING and card_fields(lines[-1], 0) is None:
            heads.append("\n".join(lines))  # (a card above is no heading: its list's title is)
        start -= sum(len(x) + 1 for x in lines)
    return heads


def block_up(text: str, start: int) -> list[str]:
    """The lines of the block that ends on the line before ``start``, first line first (at most
    ``_BLOCK`` of them)."""
    lines: list[str] = []
    while start > 0 and len(lines) < _BLOCK:
        above, end = line_bounds(text, start - 1)
        if not text[above:end].strip():
            break
        lines.insert(0, text[above:end])
        start = above
    return lines
