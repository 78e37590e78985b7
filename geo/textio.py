"""Reading report files and uploads safely: any common encoding, HTML to text, hostile input refused.

HTML's text is :mod:`geo.html_text`'s, files are read by :mod:`geo.file_reading`, and the
refusals are :mod:`geo.report_errors`' (their names are importable from here too). Every refusal is a :class:`ReportError` whose message is one line saying what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from pathlib import Path

# reading files and HTML, and the refusals, live by concern; their names stay importable here
from geo.file_reading import open_regular as open_regular
from geo.file_reading import read_input
from geo.file_reading import read_limited as read_limited
from geo.file_reading import short_lines as short_lines
from geo.html_text import html_to_text, looks_like_html
from geo.legacy_encodings import UntoldEncoding, broken_utf8, legacy_text, untold
from geo.report_errors import EncodingError, NulBytesError, ReportError

MAX_REPORT_BYTES = 5 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Format characters that draw nothing: soft hyphen, zero-width space/joiners, word joiner,
# direction marks, embeddings, overrides and isolates, a BOM inside the text. Copied from web
# pages and messengers (or put there to hide a word), they would cut a place name in two. And
# NUL, which a JSON line may escape ("\u0000") but no text holds: a PostgreSQL store refuses
# it, so one such sentence stopped a whole ingest.
_INVISIBLE = re.compile(
    "[\x00\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]"
)


def megabytes(size: int, limit: int) -> str:
    """``size`` bytes in MB (2**20 bytes) with the digits that tell it from ``limit``: 5.001 MB
    against 5 MB is never shown as "5.0 MB"; bytes when even six decimals do not."""
    for digits in range(1, 7):
        shown = f"{size / 2**20:.{digits}f}"
        if shown != f"{limit / 2**20:.{digits}f}":
            return f"{shown} MB"
    return f"{size:,} bytes"


def too_large(name: str, size: int, limit: int = MAX_REPORT_BYTES) -> str:
    """The one line that refuses ``size`` bytes of ``name`` over ``limit``."""
    limit_words = f"{limit / 2**20:g} MB"
    if megabytes(size, limit).endswith("bytes"):
        limit_words += f" ({limit:,} bytes)"
    return (
        f"{name} is {megabytes(size, limit)}, more than the {limit_words} allowed: "
        "split it into smaller files"
    )


def _line_column(data: bytes, at: int) -> str:
    """Where byte ``at`` of ``data`` is, as an editor counts: "line 3, column 22"."""
    line, column = data.count(b"\n", 0, at) + 1, at - data.rfind(b"\n", 0, at)
    return f"line {line:,}, column {column:,}"


def decode(
    data: bytes,
    name: str = "the report",
    max_bytes: int = MAX_REPORT_BYTES,
    controls_ok: bool = False,
) -> tuple[str, str]:
    """Text and encoding of report bytes: UTF-8/16/32 (with or without BOM), cp1251 or cp1252,
    and KOI8-R or KOI8-U, GB18030, Big5, Shift_JIS or EUC-KR where the bytes read as that
    script's text (:mod:`geo.legacy_encodings`); bytes that read as text in none of them are
    refused.

    A report with more than a few control characters reads as binary, and its line ends become
    ``\n``; with ``controls_ok`` (a data file, whose cells may hold any text) both are kept.

    Raises
    ------
    ReportError
        Empty, too large, binary, or not text in any of those encodings.
    """
    if len(data) > max_bytes:
        raise ReportError(too_large(name, len(data), max_bytes))
    if not data.strip():
        raise ReportError(f"{name} is empty: give a report with some text in it")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding, errors="strict"), name, controls_ok), encoding
            except UnicodeDecodeError:
                raise ReportError(
                    f"{name} starts with a {encoding.upper().removesuffix('-SIG')} byte-order mark "
                    "but is not valid text in that encoding: save it again as UTF-8"
                ) from None
    if b"\x00" in data:
        guess = _utf16_without_bom(data)
        if guess:
            return _checked(data.decode(guess), name, controls_ok), guess
        where = _line_column(data, data.index(b"\x00"))
        raise NulBytesError(
            f"{name} has binary bytes (NUL) at {where}: not plain text; export it again as text"
            if controls_ok  # a data file with one NUL in a cell was told to be a .txt report
            else f"{name} looks binary (it has NUL bytes), not a text report: give a .txt, .md "
            "or .html file"
        )
    try:
        return _checked(data.decode("utf-8"), name, controls_ok), "utf-8"
    except UnicodeDecodeError as exc:
        if broken_utf8(data):
            raise EncodingError(
                f"{name} is UTF-8 but for bytes that are not, the first at "
                f"{_line_column(data, exc.start)}: save it again as UTF-8"
            ) from None
    return _legacy(data, name, controls_ok)


def _legacy(data: bytes, name: str, controls_ok: bool) -> tuple[str, str]:
    """:func:`decode` of bytes that are no UTF-8: text and encoding in a legacy encoding, or
    EncodingError in one line."""
    try:
        found = legacy_text(data)
    except UntoldEncoding as exc:
        raise EncodingError(untold(name, exc.readings)) from None
    if found is None:
        raise EncodingError(
            f"{name} is not in an encoding Sitrep Map can read (UTF-8, UTF-16, cp1251, cp1252, "
            "KOI8-R, KOI8-U, GB18030, Big5, Shift_JIS, EUC-KR): save it as UTF-8 and try again"
        )
    return _checked(found[0], name, controls_ok), found[1]


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM: one byte of each pair comes from a handful of values (0x00 for
    Latin, 0x04 for Cyrillic) while the other varies."""
    sample = data[: 4000 - 4000 % 2]
    for encoding, high, low in (
        ("utf-16-le", sample[1::2], sample[0::2]),
        ("utf-16-be", sample[0::2], sample[1::2]),
    ):
        if 0 in high and len(set(high)) <= 4 and len(set(low)) > len(set(high)):
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def os_text(text: str) -> str:
    """A file name or command-line argument as text: bytes that are not UTF-8 (a Latin-1
    terminal's "\xe9", a Windows archive's name unpacked on Linux), which Python keeps as lone
    surrogates that no store, gazetteer query or output can encode, shown as U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def json_value(text: str | bytes):
    """``json.loads``, with JSON nested deeper than Python's parser follows a ValueError like
    any other bad JSON (it raises RecursionError, which no caller of a parser expects)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("the JSON nests arrays or objects too deeply") from None


def as_report(text: str) -> str:
    """Report text as the extractor reads it: line ends as ``\n``, invisible format characters
    dropped (a report file, an upload, a paste, a JSON line's text alike)."""
    return _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _checked(text: str, name: str, controls_ok: bool = False) -> str:
    controls = 0 if controls_ok else sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > max(2, len(text) // 200):
        raise ReportError(
            f"{name} looks binary (control characters), not a text report: give a .txt, .md or .html file"
        )
    if not controls_ok:  # a data file keeps its text as it is: a quoted CSV cell may hold a "\r"
        text = as_report(text)
    if not text.strip():
        raise ReportError(f"{name} is empty: give a report with some text in it")
    return text


def known_or_as_written(cell: object, known: Callable[[str], object]) -> str | None:
    """An imported cell stripped; without its invisible characters (:func:`as_report`) when that
    names what ``known`` knows (U+202E "Shahed" was an unknown weapon: attack31) or leaves
    nothing (None), else as written."""
    text = str(cell or "").strip()
    bare = as_report(text).strip()
    return (bare if not bare or known(bare) else text) or None


def report_text(data: bytes, name: str) -> str:
    """The text of an uploaded or read report: decoded, and HTML reduced to its text."""
    text, _ = decode(data, name)
    if name.lower().endswith((".html", ".htm")) or looks_like_html(text):
        text = as_report(html_to_text(text))  # entities such as &shy; are characters now
        if not text.strip():
            raise ReportError(f"{name} has no visible text: give the report itself")
    return text


def read_report(path: Path) -> str:
    """Read a report file from disk (see :func:`report_text`), or standard input for ``-``;
    missing, special, oversized or unreadable files refused."""
    name = "standard input" if str(path) == "-" else str(path)
    return report_text(read_input(path, MAX_REPORT_BYTES, "a report"), name)
