"""The cells of a table's line, with their offsets in the text: cut by bars, a spaced dash, a
semicolon, a tab, two blanks or more (a text table's aligned columns), or a spreadsheet's bare
commas (a quoted cell keeps its own)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from geo.extract.place_hits import PlaceHit
from geo.extract.places import find_places

if TYPE_CHECKING:
    from geo.geocode import Geocoder


@dataclass(slots=True)
class Cell:
    """A cell's text, stripped, and where it stands in the text."""

    text: str
    start: int
    end: int


# What may cut a line into cells: bars (with or without a rule row under the header), a spaced
# dash of any length, a semicolon, a tab or aligned columns; a header line chooses one and its
# rows must share it.
# (each begins where the spaces before it begin, or at its mark: tried at every space of a long
# run, "\s*;" read the rest of the run each time, and a line of 24,000 blanked tags took 7 s)
SEPARATORS = [
    re.compile(p)
    for p in (
        r"(?:(?<!\s)|(?=\|))\s*\|\s*",
        r"(?<!\s)\s+[-\u2013\u2014]\s+",
        r"(?:(?<!\s)|(?=;))\s*;\s*",
        r"\t+\s*",
        r"(?<=\S) {2,}(?=\S)",  # a text table's columns, two blanks or more apart
    )
]
# a spreadsheet's comma-separated export: "date,town,weapon" (bare commas; a quoted cell may
# hold commas of its own); a prose list's commas are followed by spaces
COMMA = re.compile(",")
# what every cut of each separator holds: a line holding none of it is one cell, not cut
_CUT_MARKS = dict(
    zip(
        (*SEPARATORS, COMMA),
        (("|",), ("-", "\u2013", "\u2014"), (";",), ("\t",), ("  ",), (",",)),
        strict=True,
    )
)


def may_cut(line: str, sep: re.Pattern[str]) -> bool:
    """Whether ``sep`` may cut ``line`` at all (when not, :func:`cells_of` gives one cell at
    most), told without reading its cells."""
    marks = _CUT_MARKS.get(sep)
    return marks is None or any(mark in line for mark in marks)


def cells_of(line: str, base: int, sep: re.Pattern[str] = SEPARATORS[0]) -> list[Cell]:
    """The cells of ``line`` cut by ``sep``; bars at the ends of the line open and close it."""
    if sep is COMMA:
        return comma_cells(line, base)
    out: list[Cell] = []
    pos = 0
    for m in [*sep.finditer(line), None]:
        end = m.start() if m is not None else len(line)
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        out.append(Cell(raw.strip(), base + pos + lead, base + pos + lead + len(raw.strip())))
        pos = m.end() if m is not None else pos
    if sep is SEPARATORS[0]:
        out = out[1:] if out and not out[0].text and line.lstrip().startswith("|") else out
        out = out[:-1] if out and not out[-1].text and line.rstrip().endswith("|") else out
    return out


def comma_cells(line: str, base: int) -> list[Cell]:
    """The cells of a comma-separated line, a quoted cell's commas kept inside it (one pass)."""
    out: list[Cell] = []
    pos, quoted = 0, False
    for i, ch in enumerate(line + ","):
        if ch == '"':
            quoted = not quoted
        elif ch == "," and (not quoted or i == len(line)):
            raw = line[pos:i]
            text = raw.strip().strip('"').strip()
            lead = raw.find(text) if text else 0
            out.append(Cell(text, base + pos + lead, base + pos + lead + len(text)))
            pos = i + 1
    return out


def cell_hits(geocoder: Geocoder, cells: list[Cell], hits: list[PlaceHit]) -> list[PlaceHit]:
    """The places of the ``cells`` (a table's place cells) that the reading of the whole text
    did not find, each cell read as its own context: a name in aligned columns runs on into the
    next cell's ("Bila Tserkva     Iskander-M" is no place) but stands alone in its cell."""
    out = []
    for cell in cells:
        if cell.text and not any(cell.start <= h.start < cell.end for h in hits):
            for h in find_places(geocoder, cell.text):
                out.append(replace(h, start=h.start + cell.start, end=h.end + cell.start))
    return out
