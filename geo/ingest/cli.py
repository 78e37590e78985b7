"""``python -m geo ingest PATH... [--workers N] [--scheduler ADDRESS] [--batch N] [--save-on-workers]``.

Prints one summary line on stdout; progress and each failed report (``failed NAME: REASON``) go to
stderr. Exit status 0 when every report was stored or already there, 1 when some failed (the rest
are stored), 2 for bad input (nothing stored), 130 when interrupted (finished reports are saved).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

EXIT_SOME_FAILED = 1
DEFAULT_BATCH = 500
_ADDRESS = re.compile(r"^(tcp|tls|ws|wss|inproc)://\S+$")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} should be 1 or more")
    return value


def _workers(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= 256:
        raise argparse.ArgumentTypeError(f"{text!r} should be from 0 (no Dask) to 256")
    return value


def _address(text: str) -> str:
    if not _ADDRESS.match(text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a scheduler address such as tcp://host:8786"
        )
    return text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The ingest command's arguments (no heavy imports: every command builds this parser)."""
    parser.add_argument(
        "paths",
        nargs="+",
        type=Path,
        metavar="PATH",
        help="folder of .txt/.md/.html reports, a report, or a JSON-lines file "
        '({"id", "text", "published", "source"} per line)',
    )
    parser.add_argument(
        "--workers",
        type=_workers,
        default=None,
        metavar="N",
        help="worker processes of the local Dask cluster (0: a plain loop in this process; "
        "default: the plain loop for a small archive, else one worker per core)",
    )
    parser.add_argument(
        "--scheduler",
        type=_address,
        metavar="ADDRESS",
        help="use a running Dask cluster, e.g. tcp://host:8786 (workers need this package)",
    )
    parser.add_argument(
        "--batch",
        type=_positive,
        default=DEFAULT_BATCH,
        metavar="N",
        help="reports per store write",
    )
    parser.add_argument(
        "--save-on-workers",
        action="store_true",
        default=None,
        help="with --scheduler: each worker saves what it extracts (it must reach the store: a "
        "PostGIS address or a shared file); a local cluster always does",
    )


def run(args: argparse.Namespace) -> int:
    """Ingest ``args.paths``; raises IngestError or StoreError for bad input."""
    from geo.ingest.run import ingest

    result = ingest(
        args.paths,
        workers=args.workers,
        scheduler=args.scheduler,
        batch=args.batch,
        save_on_workers=args.save_on_workers,
        readd_deleted=args.readd_deleted,
    )
    print(result.summary())
    return EXIT_SOME_FAILED if result.failures else 0
