"""Where a command's output goes: a file written whole or not at all, or standard output.

``-o -`` (or no ``-o``) is standard output; binary formats go there as raw bytes, for a pipe.
"""

from __future__ import annotations

import sys
from pathlib import Path


class OutputError(ValueError):
    """The output cannot be written; the message is one line for the user."""


def to_stdout(out: Path | None) -> bool:
    """No -o, or ``-o -``: the conventional name of standard output."""
    return out is None or str(out) == "-"


def check_output(out: Path | None) -> None:
    if out is None or to_stdout(out):
        return
    if out.is_dir():
        raise OutputError(f"-o {out} is a folder: give a file name")
    if not out.parent.is_dir():
        raise OutputError(f"-o {out}: folder {out.parent} does not exist")


def write_output(
    data: str | bytes, out: Path | None, binary: bool = False, events: int | None = None
) -> None:
    """Write ``data`` to standard output or to the file ``out`` (then, with ``events``, say on
    stderr "wrote N events to OUT")."""
    if out is None or to_stdout(out):
        if binary:  # a GeoPackage or Parquet file as it is, for a pipe
            sys.stdout.flush()
            sys.stdout.buffer.write(data if isinstance(data, bytes) else data.encode("utf-8"))
            sys.stdout.buffer.flush()
            return
        sys.stdout.write((data.decode("utf-8") if isinstance(data, bytes) else data) + "\n")
        return
    from geo.export import write_atomic  # the command line starts without geopandas

    check_output(out)
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise OutputError(f"-o {out}: cannot write it ({exc.strerror}); nothing written") from None
    if events is not None:
        print(f"wrote {events} event{'s' if events != 1 else ''} to {out}", file=sys.stderr)
