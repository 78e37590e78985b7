"""Reading report files and uploads safely: any common encoding, HTML to text, hostile input refused.

Every refusal is a :class:`ReportError` whose message is one line saying what is wrong and what to do.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO, TextIO

from geo.legacy_encodings import UntoldEncoding, broken_utf8, legacy_text, untold

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


class ReportError(ValueError):
    """A report that cannot be read; the message is one line for the user."""


class EncodingError(ReportError):
    """Bytes that read as text in no encoding told (:mod:`geo.legacy_encodings`), or UTF-8 but
    for a few: the message says which."""


class NulBytesError(ReportError):
    """Bytes with NUL in them that are no UTF-16 text: binary, or text with a stray NUL (the
    message says where the first lies when the text may hold control characters)."""


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


class _TextOfHtml(HTMLParser):
    _BLOCK = {
        "p",
        "div",
        "br",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "section",
        "article",
        "header",
        "title",
    }
    _SKIP = {"script", "style", "noscript", "template", "svg", "head"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self._skipping += 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        elif tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line; scripts and styles dropped."""
    parser = _TextOfHtml()
    parser.feed(_closable(html))
    parser.close()
    lines = [
        re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parser.parts).split("\n")
    ]
    return "\n".join(line for line in lines if line)


def _closable(html: str) -> str:
    """``html`` with the markup HTMLParser cannot close made text, so that it reads the page
    once (attack33): a tag opened after the last ">" and a comment opened after the last "-->"
    made it read the rest of the page again for each (a 30 kB page of "<a " 9.9 s, x16 for x4);
    a marked section "<![" it stopped on (AssertionError) or searched to the end each time is a
    bogus comment up to its ">", as browsers read it."""
    last = html.rfind(">")
    head, tail = html[: last + 1], html[last + 1 :].replace("<", "&lt;")
    ends = head.rfind("-->")
    head = (
        head[:ends] + head[ends:].replace("<!--", "&lt;!--")
        if ends >= 0
        else head.replace("<!--", "&lt;!--")
    )
    return head.replace("<![", "<!_[") + tail


def looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or bool(
        re.search(r"<(p|div|body|article)\b", head)
    )


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


def open_regular(path: Path, what: str = "a file") -> BinaryIO:
    """``path`` opened for reading in binary, refused in one line (:class:`ReportError`) when
    missing, unreadable or not a regular file (a FIFO, ``/dev/zero``), without waiting or reading."""
    path = Path(path)
    try:
        # O_NONBLOCK: opening a FIFO never waits for a writer; the check below then refuses it
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise ReportError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ReportError(f"{path} is a folder: give {what}") from None
    except OSError as exc:
        raise ReportError(f"{path}: cannot read it ({exc.strerror})") from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        if stat.S_ISDIR(mode):
            raise ReportError(f"{path} is a folder: give {what}")
        raise ReportError(f"{path} is not a regular file (a device or a pipe): give {what}")
    return os.fdopen(fd, "rb")


def read_limited(path: Path, max_bytes: int, what: str = "a file") -> bytes:
    """The bytes of a regular file (see :func:`open_regular`), refused in one line when longer
    than ``max_bytes`` (counted while reading, not taken from ``st_size``, which a growing or
    special file does not tell truthfully)."""
    with open_regular(path, what) as f:
        try:
            data = f.read(max_bytes + 1)
        except OSError as exc:
            raise ReportError(f"{path}: cannot read it ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise ReportError(
            f"{path} is more than the {max_bytes // 2**20} MB {what} may have: "
            "split it into smaller files"
        )
    return data


def short_lines(
    stream: TextIO, max_chars: int, error: type[Exception] = ValueError, name: str = "stdin"
) -> Iterator[str]:
    """The lines of ``stream``, each read in pieces of at most ``max_chars`` + 1 characters;
    ``error`` naming the line when one is longer (a line of gigabytes on standard input was held
    whole before JSON said it was none: attack31)."""
    lineno = 0
    while line := stream.readline(max_chars + 1):
        lineno += 1
        if len(line) > max_chars:
            raise error(
                f"{name} line {lineno} is more than {max_chars // 2**20} MB: "
                "one document of a report's length per line"
            )
        yield line


def read_input(path: Path, max_bytes: int, what: str = "a file") -> bytes:
    """The bytes of ``path`` as :func:`read_limited` reads them, or of standard input for ``-``
    (refused in one line when longer than ``max_bytes``)."""
    if str(path) != "-":
        return read_limited(path, max_bytes, what)
    data = sys.stdin.buffer.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ReportError(
            f"standard input is more than the {max_bytes // 2**20} MB {what} may have: "
            "split it into smaller files"
        )
    return data


def read_report(path: Path) -> str:
    """Read a report file from disk (see :func:`report_text`), or standard input for ``-``;
    missing, special, oversized or unreadable files refused."""
    name = "standard input" if str(path) == "-" else str(path)
    return report_text(read_input(path, MAX_REPORT_BYTES, "a report"), name)
