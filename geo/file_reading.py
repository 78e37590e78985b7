"""Files and standard input read safely: a regular file only, never waiting on a pipe, and never
more than a limit counted while reading; each refusal one line (:class:`ReportError`)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, TextIO

from geo.report_errors import ReportError


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
