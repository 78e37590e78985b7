"""The reports of an archive: folders of report files and JSON-lines files, read one at a time.

A folder is read recursively for ``.txt``, ``.md``, ``.html`` and ``.htm`` files (hidden ones
skipped) through :func:`geo.textio.read_report`; each report is known by its path from the folder
given, folder name first (``archive/2025/r1.txt``). A JSON-lines file (``.jsonl``, ``.ndjson`` or
``.json``) holds one report per line: ``{"id", "text", "published", "source"}`` (only ``text`` is
required); such a report is known as ``SOURCE: ID`` (or ``ID`` alone, or ``FILE:LINE`` with no
id). A report that cannot be read becomes a :class:`Failed` with that name and the reason, and
the archive goes on; a path that cannot be an archive at all is an :class:`IngestError`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from geo.extract.publication import plausible_publication
from geo.textio import (
    MAX_REPORT_BYTES,
    ReportError,
    as_report,
    json_value,
    open_regular,
    os_text,
    read_report,
)

REPORT_SUFFIXES = (".txt", ".md", ".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
# The longest JSON line read: a report's text at its limit, every character written as JSON's
# longest escape ("\ud83d\ude00" is 12 bytes). A longer line (a file with no line ends, a
# planted gigabyte) fails alone, skipped without being held in memory.
MAX_LINE_BYTES = 12 * MAX_REPORT_BYTES


class IngestError(ValueError):
    """Input that cannot be ingested at all; the message is one line for the user."""


@dataclass(frozen=True, slots=True)
class Item:
    """One report to extract: its name (the events' ``source``), text, date and text hash."""

    name: str
    text: str
    published: date | None
    sha256: str


@dataclass(frozen=True, slots=True)
class Failed:
    """A report that could not be read or extracted, and why (one line)."""

    name: str
    reason: str


def text_hash(text: str) -> str:
    """SHA-256 of the report text as UTF-8: how the store recognises a report it already holds."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Archive:
    """Checked input paths and how many reports they hold (for the progress display)."""

    paths: tuple[Path, ...]
    total: int

    def __iter__(self) -> Iterator[Item | Failed]:
        for path in self.paths:
            if path.is_dir():
                yield from _folder_reports(path)
            elif path.suffix.lower() in JSONL_SUFFIXES:
                yield from _jsonl_reports(path)
            else:
                yield _file_report(path, path.name)


def open_archive(paths: Sequence[Path | str]) -> Archive:
    """Check the paths (folders, report files, JSON-lines files) and count their reports.

    Raises
    ------
    IngestError
        No path, a path that does not exist, a file of another kind, or no report at all.
    """
    if not paths:
        raise IngestError("no PATH given: name a folder of reports or a JSON-lines file")
    checked, total = [], 0
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise IngestError(f"{path}: no such file or folder")
        if path.is_dir():
            total += sum(1 for _ in _report_files(path))
        elif path.suffix.lower() in JSONL_SUFFIXES:
            total += _count_lines(path)
        elif path.suffix.lower() in REPORT_SUFFIXES:
            total += 1
        else:
            raise IngestError(
                f"{path}: not a folder, a report ({', '.join(REPORT_SUFFIXES)}) or a JSON-lines "
                f"file ({', '.join(JSONL_SUFFIXES)})"
            )
        checked.append(path)
    if total == 0:
        raise IngestError(
            f"no reports in {', '.join(str(p) for p in checked)}: a folder should hold "
            f"{', '.join(REPORT_SUFFIXES)} files, a JSON-lines file one report per line"
        )
    return Archive(tuple(checked), total)


def _report_files(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if (
            path.suffix.lower() in REPORT_SUFFIXES
            and not any(part.startswith(".") for part in relative)
            and path.is_file()
        ):
            yield path


def _count_lines(path: Path) -> int:
    try:
        with open_regular(path, "a JSON-lines file") as f:
            lines = (line for line in _lines(f) if line is None or line.strip())
            first = next(lines, b"")
            if first is not None and first.removeprefix(b"\xef\xbb\xbf").strip() == b"[":
                raise IngestError(  # pretty-printed: each of its lines would fail alone
                    f"{path}: a JSON array, not JSON lines: write one report object per line"
                )
            return (first != b"") + sum(1 for _ in lines)
    except ReportError as exc:
        raise IngestError(str(exc)) from None
    except OSError as exc:
        raise IngestError(f"{path}: cannot read it ({exc.strerror})") from None


def _lines(f: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``f``, None for one longer than :data:`MAX_LINE_BYTES` (read past, not kept)."""
    while line := f.readline(MAX_LINE_BYTES + 1):
        if len(line) <= MAX_LINE_BYTES:
            yield line
            continue
        while line and not line.endswith(b"\n"):
            line = f.readline(2**20)
        yield None


def _folder_reports(folder: Path) -> Iterator[Item | Failed]:
    root = folder.resolve()
    base = root.name or str(folder)
    for path in _report_files(folder):
        name = f"{base}/{path.relative_to(folder).as_posix()}"
        if path.is_symlink() and not path.resolve().is_relative_to(root):
            # an unpacked archive may carry links to the server's own files (keys, passwords):
            # their text would be stored as a report and its sentences shown on the map
            yield Failed(os_text(name), "a link to a file outside the folder: not read")
        else:
            yield _file_report(path, name)


def _file_report(path: Path, name: str) -> Item | Failed:
    name = os_text(name)
    try:
        text = read_report(path)
    except ReportError as exc:
        return Failed(name, str(exc))
    return Item(name, text, None, text_hash(text))


def _jsonl_reports(path: Path) -> Iterator[Item | Failed]:
    with open_regular(path, "a JSON-lines file") as f:
        for lineno, raw in enumerate(_lines(f), 1):
            if raw is None:
                yield Failed(
                    f"{path.name}:{lineno}",
                    f"the line is more than {MAX_LINE_BYTES // 2**20} MB: one report per line",
                )
            elif raw.strip():
                yield _jsonl_report(raw, f"{path.name}:{lineno}")


def _jsonl_report(raw: bytes, where: str) -> Item | Failed:
    try:
        doc = json_value(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        return Failed(where, f"not a JSON object ({str(exc).splitlines()[0]})")
    if not isinstance(doc, dict):
        return Failed(where, f"a JSON {type(doc).__name__}, not an object with a 'text' field")
    name = _jsonl_name(doc, where)
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        return Failed(name, "no 'text': each line needs the report's text as a string")
    if len(text) > MAX_REPORT_BYTES:
        return Failed(name, f"the text has {len(text):,} characters, more than a report may have")
    published = doc.get("published")
    if published not in (None, ""):
        try:
            published = date.fromisoformat(str(published)[:10])
        except ValueError:
            return Failed(name, f"'published' should be a date as YYYY-MM-DD, got {published!r}")
        if not plausible_publication(published):
            return Failed(name, f"'published' is no plausible publication date: {published}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # JSON may write "\ud800"; no text holds it
        return Failed(
            name, "the text holds a lone surrogate (\\ud800 to \\udfff), which is not text"
        )
    text = as_report(text)
    return Item(name, text, published or None, text_hash(text))


def _jsonl_name(doc: dict, where: str) -> str:
    ident, source = doc.get("id"), doc.get("source")
    ident = where if ident in (None, "") else str(ident)
    return f"{source}: {ident}" if isinstance(source, str) and source.strip() else ident
