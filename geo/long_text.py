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

import re

import pandas as pd

from geo.words import counted

SHOWN_CHARS = 500
# Embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) set the direction of the text
# after them until closed: an imported place "\u202eKupiansk" showed as "AU ,ksnaipuK" (the
# override ran on over the country the popup adds) and a source stored as a link's reversed
# letters showed as that link (attack31). Right-to-left text needs none of them to read right
# (the bidirectional algorithm orders it); marks without a scope (U+200E, U+200F) are kept.
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")
# columns no analyst reads as text: the point, and ``extra`` (a source's other columns kept as
# JSON for the round trip: every UCDP row's is over 500 characters, and a note on each of 3,883
# rows of a clean import said nothing)
_NOT_READ = ("geometry", "extra")


def unsteered(text: str) -> str:
    """``text`` without the direction controls of :data:`_DIRECTION`."""
    return _DIRECTION.sub("", text)


def shown(text: str) -> str:
    """``text`` without direction controls (:data:`_DIRECTION`), or its first
    :data:`SHOWN_CHARS` characters and "… (N characters, full text in the export)" when it is
    longer."""
    text = unsteered(text)
    if len(text) <= SHOWN_CHARS:
        return text
    return f"{text[:SHOWN_CHARS].rstrip()}… ({len(text):,} characters, full text in the export)"


def shown_column(column: pd.Series) -> pd.Series:
    """``column`` with each text longer than :data:`SHOWN_CHARS` or holding a direction control
    as :func:`shown` shows it (a copy; ``column`` is not changed)."""
    texts = column.astype(object)
    is_text = texts.map(lambda v: isinstance(v, str)).astype(bool)
    steered = texts.where(is_text, "").str.contains(_DIRECTION.pattern, regex=True)
    long = (_lengths(column) > SHOWN_CHARS) | (is_text & steered.astype(bool))
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
