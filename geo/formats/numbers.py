"""Number cells of an import: a count ("", "12", "12.0") and a latitude or longitude, each refused
in one line naming its field (a count's refusal read "could not convert string to float:
'three'", saying neither which cell nor what it should be)."""

from __future__ import annotations

import re

# A coordinate written longer than this is no coordinate (a float prints in at most 24
# characters); such a cell was cut to its first 40 characters and read, so "48.45000…0junk"
# or "37.5 …  9" put a point where the cell said something else.
COORDINATE_CHARS = 40
# A spreadsheet saved as CSV where the comma is the decimal mark (Excel in most of Europe,
# Ukraine's and Russia's settings among them) writes "49,9935" with ";" between cells: every
# row was refused for its latitude (attack40). One comma between digits, no other mark, is that.
# Not in a file whose cells the comma separates: a quoted "37,500" there is a thousands
# separator as often as a decimal mark, and was put at 37.5 without a word (attack40b).
_DECIMAL_COMMA = re.compile(r"[+-]?\d{1,3},\d+")
# more digits than any count has
COUNT_CHARS = 30


def _field(name: str | None) -> str:
    return f"'{name}' " if name else ""


def number(value, name: str | None = None) -> int | None:
    """A whole number from a cell ("", "12", "12.0"); ValueError naming the field ``name`` when
    it is something else (text, infinity, not a number, a fraction, or more digits than any
    count has)."""
    from geo.records import given

    if value is None:
        return None
    text = str(value).strip()
    if text == "" or text.lower() in ("na", "nan", "null", "none"):
        return None
    if len(text) > COUNT_CHARS:
        raise ValueError(
            f"{_field(name)}should be a whole number, got {len(text)} characters instead"
        )
    wrong = ValueError(f"{_field(name)}should be a whole number, got {given(text)} instead")
    if "_" in text:  # (Python reads "1_0" as 10)
        raise wrong
    try:
        return int(text)
    except ValueError:
        pass
    try:
        as_float = float(text)
    except ValueError:
        raise wrong from None
    if not as_float.is_integer():  # also infinity and NaN
        raise wrong
    return int(as_float)


def coordinate(value, name: str) -> float:
    """A latitude or longitude cell as a float; EventError naming the column otherwise."""
    from geo.records import EventError, given

    text = str(value).strip()
    try:
        if "_" in text or len(text) > COORDINATE_CHARS:  # (float() reads "4_8.5" as 48.5)
            raise ValueError(text)
        return float(text.replace(",", ".") if _DECIMAL_COMMA.fullmatch(text) else text)
    except ValueError:
        raise EventError(f"'{name}' should be a number, got {given(value)} instead") from None


def comma_in_number(row: dict) -> str | None:
    """The refusal of a row of a comma-separated file whose latitude or longitude has a comma
    between digits (``"37,500"`` in quotes: a decimal mark or a thousands separator, the file
    cannot say which), else None."""
    from geo.records import given

    for name in ("latitude", "longitude"):
        text = str(row.get(name) or "").strip()
        if _DECIMAL_COMMA.fullmatch(text):
            return (
                f"'{name}' should be a number, got {given(text)} instead: in a file whose cells "
                "commas separate, a comma in a number is no decimal mark (write "
                f"{text.replace(',', '.')} if it is one, or save the file with ';' between cells)"
            )
    return None
