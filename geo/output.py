"""Where a command's output goes: a file written whole or not at all, or standard output.

``-o -`` (or no ``-o``) is standard output; binary formats go there as raw bytes, for a pipe.
"""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path


class OutputError(ValueError):
    """The output cannot be written; the message is one line for the user."""


def to_stdout(out: Path | None) -> bool:
    """No -o, or ``-o -``: the conventional name of standard output."""
    return out is None or str(out) == "-"


def check_output(out: Path | None, option: str = "-o", inputs: Sequence[Path] = ()) -> None:
    """Refuse, in one line, an output that is a folder, in no folder, one of the files that
    hold what is stored (``geo export -o $SITREP_STORE`` wrote the export over the store), or
    one of the command's ``inputs`` (``geo extract r.txt -o r.txt`` wrote over the report)."""
    if out is None or to_stdout(out):
        return
    if (read := replaced_among(out, inputs)) is not None:
        raise OutputError(
            f"{option} {out} is the file read ({read}): writing there would replace it; give "
            "another file name"
        )
    if out.is_dir():
        raise OutputError(f"{option} {out} is a folder: give a file name")
    if not out.parent.is_dir():
        raise OutputError(f"{option} {out}: folder {out.parent} does not exist")
    if (kept := stored_file(out)) is not None:
        named = "" if str(kept) == str(out) else f" {kept}"
        raise OutputError(
            f"{option} {out} is the store's own file{named} (SITREP_STORE): writing there would "
            "replace its events, history or context layers; give another file name"
        )


def output_or_exit(out: Path | None) -> None:
    """For a script's ``-o``, before its work: :func:`check_output`, else one line on stderr
    and status 2 (a benchmark given a folder wrote its results into it only at the end of its
    run: an ``IsADirectoryError`` traceback, the figures of an hour lost)."""
    try:
        check_output(out)
    except OutputError as exc:
        print(f"error: {exc}; nothing was run", file=sys.stderr)
        raise SystemExit(2) from None


def stored_file(out: Path) -> Path | None:
    """The stored file (:func:`geo.paths.stored_files`) that writing ``out`` would replace, or
    None. A file written is renamed over the name, so what counts is the name's folder (through
    any link) and the name: a link named ``out`` is replaced itself, its target untouched, but a
    link given as the store is not, and its target is replaced when named."""
    from geo.paths import stored_files

    return replaced_among(out, stored_files())


def replaced_among(out: Path, files: Sequence[Path]) -> Path | None:
    """The one of ``files`` that writing ``out`` would replace (see :func:`stored_file`)."""

    def entry(path: Path) -> tuple[str, str]:
        return os.path.realpath(path.parent), path.name

    if is_device(out):
        return None  # (written through, never replaced)
    target = entry(out)
    for kept in files:
        if target in (entry(kept), entry(Path(os.path.realpath(kept)))):
            return kept
    return None


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
    check_output(out)
    try:
        write_atomic(out, data)
    except OSError as exc:
        raise OutputError(f"-o {out}: cannot write it ({exc.strerror}); nothing written") from None
    if events is not None:
        print(f"wrote {events} event{'s' if events != 1 else ''} to {out}", file=sys.stderr)


def is_device(path: Path) -> bool:
    """Whether ``path`` is a device or a pipe ("/dev/null", "/dev/stdout", a FIFO): renaming a
    file over it would replace it (and, run as root, break /dev/null for the whole machine)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISBLK(mode)


def write_atomic(path: Path, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` through a temporary file renamed over it, so a
    failed write leaves nothing, not even the temporary. The temporary is created exclusively
    (``O_EXCL``, a random name) next to the target: a file or link planted there is never
    followed or overwritten. The file gets the mode a new file gets (0644 under the usual umask),
    not the temporary's 0600."""
    path = Path(path)
    if is_device(path):
        with open(path, "wb") as f:  # "-o /dev/null", a pipe: written through, never replaced
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        return path
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, new_file_mode())
        with os.fdopen(fd, "wb") as f:
            f.write(data.encode("utf-8") if isinstance(data, str) else data)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return path


def new_file_mode() -> int:
    """The mode a new file gets under the process's umask (0644 under the usual 022; the umask
    is read by setting it and putting it back: Python has no getter)."""
    mask = os.umask(0o077)
    os.umask(mask)
    return 0o666 & ~mask
