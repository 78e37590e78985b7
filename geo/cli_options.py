"""The command line's options, one function per command (``python -m geo COMMAND --help``)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path


def error_line(line: str) -> str:
    """An error line with each word of over 120 characters cut, and the whole to 1,000: argparse
    and the system quote what was given whole (a 100 kB option value or file name was a
    100 kB "one line")."""
    from geo.vocabulary import shortened

    return shortened(re.sub(r"\S{121,}", lambda m: shortened(m.group(), 120), line), 1000)


def date_arg(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date as YYYY-MM-DD") from None


def published_arg(text: str):
    from geo.extract.publication import PUBLISHED_YEARS, plausible_publication

    day = date_arg(text)
    if not plausible_publication(day):
        raise argparse.ArgumentTypeError(
            f"{text!r} is no plausible publication date (years {PUBLISHED_YEARS.start} to "
            f"{PUBLISHED_YEARS.stop - 1})"
        )
    return day


def bbox_arg(text: str) -> tuple[float, float, float, float]:
    try:
        west, south, east, north = (float(v) for v in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not WEST,SOUTH,EAST,NORTH in degrees (e.g. 30,45,40,52)"
        ) from None
    if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
        raise argparse.ArgumentTypeError(
            f"{text!r}: west should be less than east and south less than north, within the globe"
        )
    return west, south, east, north


def _geocode(p: argparse.ArgumentParser) -> None:
    p.add_argument("names", nargs="+", metavar="NAME")
    p.add_argument("--context", help="text the names appear in (helps pick the right one)")
    p.add_argument("--candidates", action="store_true", help="also list ranked candidates")
    p.add_argument(
        "--theatre",
        action="store_true",
        help="read the names as a war report does: places of the theatre's countries "
        "(data/theatre.toml) first among namesakes of similar standing",
    )
    _online(p)


def _online(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--online",
        action="store_true",
        help="ask Nominatim (1 request/s, cached) for names the gazetteer lacks",
    )


def _extract(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "report",
        type=Path,
        metavar="REPORT",
        help="report file (.txt, .md, .html), or - for standard input",
    )
    p.add_argument("--published", type=published_arg, metavar="YYYY-MM-DD", help="publication date")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="OUT",
        help="file to write (default or '-': standard output)",
    )
    p.add_argument("--save", action="store_true", help="also save the events in the store")
    readd_deleted(p)
    p.add_argument("--online", action="store_true", help="ask Nominatim for unknown places")


def readd_deleted(p: argparse.ArgumentParser) -> None:
    """``--readd-deleted``, for every command that saves events."""
    p.add_argument(
        "--readd-deleted",
        action="store_true",
        help="add again events deleted earlier (by default a deleted event stays deleted when "
        "its report or file comes again)",
    )


def _filters(p: argparse.ArgumentParser, output_required: bool) -> None:
    from geo.vocabulary import EVENT_TYPES, VERIFICATION

    p.add_argument("--weapon", action="append", metavar="W", help="weapon or category (repeat)")
    p.add_argument("--type", action="append", choices=EVENT_TYPES, metavar="T", help="event type")
    p.add_argument("--verification", action="append", choices=VERIFICATION)
    p.add_argument("--since", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument("--until", type=date_arg, metavar="YYYY-MM-DD")
    p.add_argument(
        "--bbox", type=bbox_arg, metavar="W,S,E,N", help="only events inside this box (degrees)"
    )
    p.add_argument(
        "--near",
        metavar="PLACE",
        help='only events within --km of a place or "lat, lon": Kharkiv, "48.45, 35.05"',
    )
    p.add_argument("--km", metavar="N", help="the --near radius in km (default 25)")
    p.add_argument(
        "--region",
        action="append",
        metavar="R",
        help='first-level region in any spelling: Kherson, "Kherson oblast" (repeat)',
    )
    p.add_argument(
        "--claimed-by",
        action="append",
        metavar="WHO",
        help='who claims it: a claimant or words of one, any case: "Ivan Fedorov", Telegram '
        "(repeat)",
    )
    p.add_argument(
        "--side",
        action="append",
        choices=("occupied", "controlled", "cross-border"),
        help="side of the line, from the context layers (repeat)",
    )
    p.add_argument(
        "--sample",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="the reference report's 12 events, the sample every store starts with: included "
        "(--sample) or not (--no-sample); default: only while the store holds none of yours",
    )
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        required=output_required,
        metavar="OUT",
        help="file to write ('-' for standard output)",
    )


def _export(p: argparse.ArgumentParser) -> None:
    from geo.formats.table import WRITABLE

    _filters(p, output_required=False)
    p.add_argument("--format", choices=WRITABLE, help="default: from -o's suffix, else geojson")


def _import(p: argparse.ArgumentParser) -> None:
    from geo.formats.table import READABLE

    p.add_argument("file", type=Path, metavar="FILE", help="an events file, or - for stdin")
    p.add_argument("--format", choices=READABLE, help="default: guessed from the content")
    readd_deleted(p)


def _delete(p: argparse.ArgumentParser) -> None:
    from geo.delete_cli import configure

    configure(p)


def _ingest(p: argparse.ArgumentParser) -> None:
    from geo.ingest.cli import add_arguments

    add_arguments(p)
    readd_deleted(p)


def _build_gazetteer(p: argparse.ArgumentParser) -> None:
    p.add_argument("--output", type=Path, help="where to write (default: cache folder)")
    p.add_argument("--min-population", type=int, default=500, choices=(500, 1000, 5000, 15000))


_OPTIONS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "geocode": _geocode,
    "resolve": _online,
    "extract": _extract,
    "export": _export,
    "map": lambda p: _filters(p, output_required=True),
    "import": _import,
    "delete": _delete,
    "ingest": _ingest,
    "build-gazetteer": _build_gazetteer,
}


def add_options(name: str, p: argparse.ArgumentParser, parser_class: type) -> None:
    """Add the options of command ``name`` to its sub-parser ``p``."""
    if name == "context":
        from geo.context_cli import configure

        configure(p, parser_class)
    elif name in _OPTIONS:
        _OPTIONS[name](p)
