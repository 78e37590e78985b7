"""Text too long to show whole: a popup or a table cell shows a text field's first
:data:`SHOWN_CHARS` characters and says how long it is and where the rest is; the store and the
exports keep it whole. An import says when it met such a field.

Why 500 characters: a report's sentence is rarely over 400, so a sentence is nearly always
whole; 500 characters fill about 10 lines of a 300-pixel popup (some 200 pixels), which leaves
the map around it on a laptop (1,000 made a 600-pixel popup, as tall as the map). A
1,000,000-character cell shown whole covered the map (newuser26) and sent a megabyte to the
browser for every look at it.
"""

from __future__ import annotations

import pandas as pd

from geo.words import counted

SHOWN_CHARS = 500
# columns no analyst reads as text: the point, and ``extra`` (a source's other columns kept as
# JSON for the round trip: every UCDP row's is over 500 characters, and a note on each of 3,883
# rows of a clean import said nothing)
_NOT_READ = ("geometry", "extra")


def shown(text: str) -> str:
    """``text``, or its first :data:`SHOWN_CHARS` characters and "… (N characters, full text in
    the export)" when it is longer."""
    if len(text) <= SHOWN_CHARS:
        return text
    return f"{text[:SHOWN_CHARS].rstrip()}… ({len(text):,} characters, full text in the export)"


def shown_column(column: pd.Series) -> pd.Series:
    """``column`` with each text longer than :data:`SHOWN_CHARS` :func:`shown` shortened."""
    long = _lengths(column) > SHOWN_CHARS
    if not long.any():
        return column
    column = column.astype(object).copy()
    column[long] = [shown(v) for v in column[long]]
    return column


def oversized_note(frame: pd.DataFrame) -> list[str]:
    """One line when text columns of ``frame`` hold values longer than :data:`SHOWN_CHARS` (an
    import's note), else none."""
    found: dict[str, int] = {}
    longest = 0
    for name in frame.columns:
        if frame[name].dtype != object or name in _NOT_READ:
            continue
        lengths = _lengths(frame[name])
        if (n := int((lengths > SHOWN_CHARS).sum())) > 0:
            found[name] = n
            longest = max(longest, int(lengths.max()))
    if not found:
        return []
    where = ", ".join(f"{n:,} in {name}" for name, n in found.items())
    return [
        f"{counted(sum(found.values()), 'text field')} longer than {SHOWN_CHARS:,} characters "
        f"({where}; the longest {longest:,}): stored whole, shortened in popups and tables"
    ]


def _lengths(column: pd.Series) -> pd.Series:
    return column.astype(object).str.len().fillna(0)
