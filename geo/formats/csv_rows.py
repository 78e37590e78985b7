"""CSV text as a header and rows read one at a time, whatever the separator and line ends."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator

from geo.formats import MAX_IMPORT_BYTES, ImportFormatError, text_of
from geo.formats.refusals import Refusals

# Line ends Unicode has and CSV readers do not (NEL from EBCDIC conversions, the line and
# paragraph separators): a file ending its lines only so was one row, refused as "names these
# columns more than once: 1" (its cells of 1 in the header's one line).
_UNICODE_LINE_ENDS = re.compile("[\x85\u2028\u2029]")


def _unicode_line_ends(text: str) -> str:
    """``text`` with its Unicode line ends as newlines when it has no other line end (else they
    are text inside cells, kept)."""
    if "\n" in text or "\r" in text:
        return text
    return _UNICODE_LINE_ENDS.sub("\n", text)


def csv_rows(text: str, name: str) -> tuple[list[str], Iterator[dict], str]:
    """Header, rows and separator of CSV text (comma, semicolon or tab, as the header uses).
    The rows are read as they are asked for: a file's rows are never all held as dicts at once
    (a 19 MB file of empty cells, 2.4 million rows, held 846 MB that way before its header was
    even checked)."""
    text = _unicode_line_ends(text)
    first = re.split("\r\n|\r|\n", text, maxsplit=1)[0]
    delimiter = max(",;\t", key=first.count)  # the header line says which separator is used
    # newline="": rows end at CRLF, LF or a lone CR (old Macs' spreadsheets), and a line end
    # inside a quoted cell is kept as it was
    # a cell may be as long as the file (csv's default cap, 128 kB, refused our own export of
    # an event whose sentence is a long run-on line); the file's own size is capped before this
    csv.field_size_limit(max(csv.field_size_limit(), MAX_IMPORT_BYTES))
    # strict: a quote never closed is an error, not a last cell holding the rest of the file
    # (every row after it silently lost)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        raise _not_csv(name, exc, 1) from None
    if not fieldnames:
        raise ImportFormatError(f"{name} has no header row: the first line should name the columns")
    header = [f.strip() for f in fieldnames]
    # the rows are keyed by the names as checked: " event_date" passed the header's check, and
    # every row was then refused for a missing date
    reader.fieldnames = header
    twice = sorted(c for c, n in Counter(header).items() if c and n > 1)  # not header.count:
    # a header of a million columns would compare each with every other (hours)
    if twice:  # the row's dict would keep the last such column's cell, silently
        raise ImportFormatError(
            f"{name} names these columns more than once: {', '.join(twice)}; keep one of each"
        )

    first_column = header[0]

    def rows() -> Iterator[dict]:
        line = reader.line_num + 1  # where the row being read starts
        try:
            for row in reader:
                # a byte-order mark inside the file: files joined together, each with its own
                if (row.get(first_column) or "").startswith(_BOM):
                    row[first_column] = row[first_column].lstrip(_BOM)
                yield row
                line = reader.line_num + 1
        except csv.Error as exc:
            raise _not_csv(name, exc, line) from None

    return header, rows(), delimiter


_BOM = "\ufeff"


def _not_csv(name: str, exc: csv.Error, line: int) -> ImportFormatError:
    if "unexpected end of data" in str(exc):
        return ImportFormatError(
            f"{name}: a quote opened in the row starting on line {line:,} is never closed, so "
            "the rest of the file would be one cell: close it, or export the file again as CSV"
        )
    return ImportFormatError(
        f"{name} is not valid CSV on line {line:,} ({exc}): export it again as CSV"
    )


def spilled(row: dict) -> str | None:
    """Why a row is refused when it has cells beyond the header's columns, unless they are
    empty (a spreadsheet's trailing separators): a separator inside a cell that is not in
    quotes moves every cell after it into the next column."""
    extra = row.get(None)  # (csv.DictReader keeps them there, by the key None)
    if not extra or not any(c.strip() for c in extra):
        return None
    return (
        f"has {len(extra):,} more cell{'s' if len(extra) > 1 else ''} than the header has "
        "columns: a separator inside a cell not in quotes? (each cell after it would be read "
        "as the next column)"
    )


REPEATED = "repeats the header row (files joined together?): its columns are not an event"


def repeats(row: dict, header: list[str]) -> bool:
    """Whether a row's cells are the header's column names (its first cell tells most rows)."""
    cells = list(row.values())
    return (cells[0] or "").strip() == header[0] and [
        c.strip() if isinstance(c, str) else c for c in cells[: len(header)]
    ] == header


def csv_records(
    data: bytes, name: str, reader_for: Callable[[list[str]], Callable[[dict], dict]]
) -> tuple[list[tuple[int, dict]], Refusals, int]:
    """A CSV file's rows as records: (row number, record) pairs, the refused rows with their
    reason, and the number of rows. ``reader_for(header)`` checks the header (ImportFormatError
    when it is not the format's) and gives the function that maps one row to a record."""
    from geo.formats.numbers import comma_in_number
    from geo.records import EventError

    header, rows, delimiter = csv_rows(text_of(data, name), name)
    to_record = reader_for(header)
    records: list[tuple[int, dict]] = []
    refused = Refusals()  # (each reason once: 10 million rows refused alike)
    n = 1  # row 1 is the header
    for n, row in enumerate(rows, start=2):
        if repeats(row, header):  # files joined together, header and all
            refused.append((n, REPEATED))
            continue
        if spill := spilled(row) or (comma_in_number(row) if delimiter == "," else None):
            refused.append((n, spill))
            continue
        try:
            records.append((n, to_record(row)))
        except (EventError, ValueError, KeyError, json.JSONDecodeError) as exc:
            refused.append((n, str(exc)))
    return records, refused, n - 1
