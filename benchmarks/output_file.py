"""A benchmark's ``-o FILE``: the option, its check before the work, and the write after it.

A benchmark given a folder or a stored file as ``-o`` says so in one line before it runs
(:func:`geo.output.output_or_exit`), not with a traceback at the end of an hour's run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def add_output_option(parser: argparse.ArgumentParser, help: str | None = None) -> None:
    """``-o``/``--output FILE`` on ``parser``."""
    parser.add_argument("-o", "--output", type=Path, help=help)


def check_output_first(out: Path | None) -> None:
    """Exit with one line on stderr and status 2 when ``out`` cannot be written (a folder, a
    stored file); call before the work. Imports this checkout's ``geo`` (a benchmark's runs are
    processes of their own)."""
    sys.path.insert(0, str(ROOT))
    from geo.output import output_or_exit

    output_or_exit(out)


def write_output(out: Path | None, text: str) -> None:
    """``text`` and a newline written to ``out``, when given."""
    if out:
        out.write_text(text + "\n", encoding="utf-8")
