"""Command line: ``python -m geo COMMAND ...`` (see ``python -m geo --help``).

Bad input exits with status 2 and one line on stderr saying what is wrong and what to do.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from geo.cli_errors import EXIT_BAD_INPUT, UsageError
from geo.cli_options import add_options, error_line
from geo.geocode_cli import cmd_geocode, cmd_resolve, geocoder_for
from geo.output import OutputError, to_stdout, write_output


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, status 2, no usage dump
        raise UsageError(
            f"{message} (see 'python -m geo {self._sub or ''} --help')".replace("  ", " ")
        )

    _sub: str | None = None


def cmd_build_gazetteer(args: argparse.Namespace) -> int:
    from geo.gazetteer import build
    from geo.output import check_output, is_device

    # before the minutes of the build: a folder or the store refused, a device never replaced
    if args.output is not None and (str(args.output) == "-" or is_device(args.output)):
        raise UsageError(f"--output {args.output} is no file: the gazetteer is a database file")
    check_output(args.output, "--output")
    stats = build(args.output, min_population=args.min_population)
    print(json.dumps(stats))
    return 0


def cmd_build_assets(args: argparse.Namespace) -> int:
    from geo.assets import build_all
    from geo.gazetteer import Gazetteer

    print(json.dumps(build_all(Gazetteer())))
    return 0


def _near(args: argparse.Namespace) -> tuple[float, float, float] | None:
    """``--near`` and ``--km`` as the filter's point and radius (None without ``--near``)."""
    from geo import nearby, theatre
    from geo.geocode_cli import geocoder_for

    if args.near is None:
        if args.km is not None:
            raise UsageError("--km needs --near PLACE: the place the distance is measured from")
        return None
    try:
        km = nearby.radius_km(args.km)
    except nearby.NearError as exc:
        raise UsageError(f"--{exc}") from None
    try:
        where = nearby.centre(geocoder_for(), args.near, theatre.current().countries)
    except nearby.NearError as exc:
        raise UsageError(f"--near {exc}") from None
    return where.lat, where.lon, km


def _filtered_events(args: argparse.Namespace):
    from geo import filter_notes
    from geo.filtering import Filters
    from geo.gazetteer import Gazetteer, GazetteerMissingError
    from geo.store import StoreError, load_all

    if args.since and args.until and args.since > args.until:
        raise UsageError(f"--since {args.since} is after --until {args.until}: swap them")
    filters = Filters(
        weapons=tuple(args.weapon or ()),
        types=tuple(args.type or ()),
        verification=tuple(args.verification or ()),
        since=args.since,
        until=args.until,
        bounds=args.bbox,
        sides=tuple(args.side or ()),
        regions=tuple(args.region or ()),
        claimants=tuple(args.claimed_by or ()),
        near=_near(args),
    )
    try:
        # a PostGIS store filters in SQL; the sample only if asked, or while it is all there is
        frame = load_all(Gazetteer(), filters=filters, sample=args.sample)
    except (GazetteerMissingError, StoreError) as exc:
        raise UsageError(str(exc)) from None
    for notice in filter_notes.notices(frame, Gazetteer(), filters, args.weapon or [], args.sample):
        print(f"warning: {notice}", file=sys.stderr)
    return frame


def cmd_export(args: argparse.Namespace) -> int:
    from geo.export import ExportError, export_bytes, file_bytes
    from geo.formats.table import BY_NAME, by_suffix
    from geo.gazetteer import Gazetteer

    fmt = args.format
    if fmt is None:
        guessed = by_suffix(str(args.output)) if args.output else None
        fmt = guessed.name if guessed else "geojson"
    if not BY_NAME[fmt].streams and to_stdout(args.output):
        raise UsageError(
            f"--format {fmt} needs a file it can seek in, not a pipe: give -o OUT"
            f"{BY_NAME[fmt].suffixes[0]} (or pipe --format geojson)"
        )
    if BY_NAME[fmt].binary and args.output is None:
        raise UsageError(
            f"--format {fmt} writes a binary file: give -o OUT{BY_NAME[fmt].suffixes[0]} "
            "(or -o - to pipe it)"
        )
    frame = _filtered_events(args)
    to_file = args.output is not None and not to_stdout(args.output)
    try:  # (a file someone opens: a CSV marked as UTF-8 for Excel; a pipe as it is)
        data = (file_bytes if to_file else export_bytes)(frame, fmt, Gazetteer().country_codes())
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    write_output(data, args.output, BY_NAME[fmt].binary, events=len(frame))
    if fmt == "csv":
        _write_column_types(args.output)
    if args.format is None:  # (once written: a refused -o says only why)
        _warn_unknown_suffix(args.output)
    return 0


def _write_column_types(output: Path | None) -> None:
    """Beside a CSV written to ``events.csv``, its column types in ``events.csvt``, which GDAL
    and QGIS read: counts stay numbers even where every cell is blank (read as text before)."""
    from geo.formats.sitrep_csv import column_types, types_file_kept
    from geo.output import is_device, to_stdout, write_atomic

    if output is None or to_stdout(output) or is_device(output):
        return
    if output.suffix.lower() != ".csv":
        return
    types = output.with_suffix(".csvt")
    if why := types_file_kept(types):
        print(f"warning: {types} is {why}: left as it is, no column types written", file=sys.stderr)
    else:
        write_atomic(types, column_types())


def _warn_unknown_suffix(output: Path | None) -> None:
    """Say on stderr that ``-o``'s extension names no format, so the file holds GeoJSON."""
    from geo.formats.table import unknown_suffix

    if output is not None and (notice := unknown_suffix(str(output))):
        print(f"warning: {notice}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from geo import formats
    from geo.formats.summary import import_line, nothing_read
    from geo.formats.table import refused_unit
    from geo.gazetteer import Gazetteer
    from geo.store import Report, StoreError, reference_ids, save
    from geo.store.removal import withheld_note
    from geo.textio import ReportError, os_text, read_input

    path: Path = args.file
    name = "stdin" if str(path) == "-" else os_text(path.name)  # (stored: text, never bytes)
    try:
        data = read_input(path, formats.MAX_IMPORT_BYTES, "an events file")
        result = formats.read(data, name, Gazetteer(), args.format)
    except (formats.ImportFormatError, ReportError) as exc:
        raise UsageError(str(exc)) from None
    unit = refused_unit(result.format)  # "line 5" of a CSV, "feature 3" of a GeoJSON
    _list_refused(  # (lines made for the first rows only: 10 million made 1.1 GB to print 20)
        result.refused,
        lambda row: f"refused {unit} {row[0]}: {row[1].removeprefix(f'{unit} {row[0]}: ')}",
    )
    if result.frame.empty:
        raise UsageError(nothing_read(name, result))
    try:
        saved = save(
            result.frame,
            report=Report(name, f"import of {name} ({result.format})"),
            protected=reference_ids(Gazetteer()),
            readd_deleted=args.readd_deleted,
        )
    except StoreError as exc:
        raise UsageError(str(exc)) from None
    _list_refused(
        saved.refused, lambda i: f"refused {i}: an import cannot replace a reference event"
    )
    print(import_line(name, result, saved))
    if saved.withheld:  # deleted earlier: left out
        print(f"note: {withheld_note(len(saved.withheld), '--readd-deleted')}", file=sys.stderr)
    for note in result.notes:  # what the import assumed (no verification column: unverified)
        print(f"note: {note}")
    return 0


def _list_refused(refused: Sequence[Any], line: Callable[[Any], str], shown: int = 20) -> None:
    """The first ``shown`` refusals on stderr, one ``line`` each, then how many more there are."""
    for item in refused[:shown]:
        print(line(item), file=sys.stderr)
    if len(refused) > shown:
        print(f"... and {len(refused) - shown} more refused rows", file=sys.stderr)


def cmd_map(args: argparse.Namespace) -> int:
    from geo.assets import AssetsMissingError
    from geo.standalone import standalone_html

    frame = _filtered_events(args)
    try:
        html = standalone_html(frame)
    except AssetsMissingError as exc:
        raise UsageError(str(exc)) from None
    write_output(html, args.output, events=len(frame))
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    # no frame library unless the events are saved: the records are written as they are
    from geo.drawn_regions import drawn_file
    from geo.extract import Extractor
    from geo.output import check_output
    from geo.textio import ReportError, os_text, read_report

    given = () if str(args.report) == "-" else (args.report,)
    check_output(args.output, inputs=given)  # (before the reading: not over the report)
    try:
        text = read_report(args.report)
    except ReportError as exc:
        # (a folder of reports is ingest's: newuser37 read "give a report" and no way on)
        folder = f"; a folder of reports is read by python -m geo ingest {args.report}"
        raise UsageError(str(exc) + (folder if args.report.is_dir() else "")) from None
    name = "stdin" if str(args.report) == "-" else os_text(args.report.name)
    records, warnings = Extractor(geocoder_for(args.online)).extract_with_warnings(
        text, name, args.published
    )
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    data, binary = drawn_file(records, args.output)  # as exports write, in the -o file's format
    write_output(data, args.output, binary, events=len(records))
    _warn_unknown_suffix(args.output)
    if args.save:
        from geo.events import to_frame
        from geo.store import Report, StoreError, save
        from geo.store.removal import withheld_note

        frame = to_frame(records)
        try:
            result = save(
                frame,
                report=Report(name, text, args.published and args.published.isoformat()),
                readd_deleted=args.readd_deleted,
            )
        except StoreError as exc:
            raise UsageError(str(exc)) from None
        print(
            f"saved: {result.added} new, {result.updated} updated, {result.unchanged} unchanged, "
            f"{result.kept} kept as stored (corrected or updated since: not written over); "
            f"{result.total} events in the store",
            file=sys.stderr,
        )
        if note := withheld_note(len(result.withheld), "--readd-deleted"):
            print(f"note: {note}", file=sys.stderr)
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from geo.ingest.cli import run
    from geo.ingest.sources import IngestError
    from geo.store import StoreError

    try:
        return run(args)
    except (IngestError, StoreError) as exc:
        raise UsageError(str(exc)) from None


def cmd_context(args: argparse.Namespace) -> int:
    from geo import context, context_cli

    try:
        return context_cli.run(args)
    except context.ContextError as exc:
        raise UsageError(str(exc)) from None


def cmd_delete(args: argparse.Namespace) -> int:
    from geo import delete_cli
    from geo.store import StoreError

    try:
        return delete_cli.run(args)
    except (delete_cli.DeleteError, StoreError) as exc:
        raise UsageError(str(exc)) from None


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
    "geocode": (cmd_geocode, "resolve place names, one JSON object per line"),
    "resolve": (cmd_resolve, "resolve spans of JSON-lines documents read from stdin"),
    "extract": (cmd_extract, "events of a report as GeoJSON (optionally saved to the store)"),
    "export": (cmd_export, "stored events as GeoJSON, CSV, GeoPackage, KML or GeoParquet"),
    "import": (
        cmd_import,
        # (it named no GeoPackage nor KML, which it reads as the README says: newuser38)
        "events from an ACLED, UCDP, GeoJSON, GeoPackage, KML, GeoParquet or Sitrep Map CSV "
        "file into the store",
    ),
    "delete": (cmd_delete, "take stored events back out (ids, or all of one report), or --undo"),
    "ingest": (cmd_ingest, "a whole archive of reports into the store, on Dask workers"),
    "map": (cmd_map, "the layered map of stored events as one standalone HTML file"),
    "context": (cmd_context, "dated context layers (occupied areas): add, list, remove"),
    "build-gazetteer": (cmd_build_gazetteer, "build the offline place index (set-up does it)"),
    "build-assets": (cmd_build_assets, "prepare offline map assets (set-up does it)"),
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m geo", description="Sitrep Map command line")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    for name, (_, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p._sub = name
        add_options(name, p, _Parser)
    return parser


def _as_text(args: argparse.Namespace) -> argparse.Namespace:
    """``args`` with each word typed (a name, a weapon, a report's name to delete) as text:
    bytes that are not UTF-8 read as U+FFFD (``textio.os_text``). A Latin-1 "Khar\xe9kiv" ended
    ``geocode`` in a UnicodeEncodeError traceback. File paths (``Path``) keep their bytes, to be
    opened."""
    from geo.textio import os_text

    for key, value in vars(args).items():
        if isinstance(value, str):
            setattr(args, key, os_text(value))
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            setattr(args, key, [os_text(v) for v in value])
    return args


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = _as_text(parser.parse_args(argv))
        if not args.command:
            raise UsageError(
                "no command given: use one of " + ", ".join(COMMANDS) + " (see --help)"
            )
        return COMMANDS[args.command][0](args)
    except (UsageError, OutputError) as exc:
        print(f"error: {error_line(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as exc:  # a full disk, a store folder taken away: one line, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {error_line(f'{where}{exc.strerror or exc}')}", file=sys.stderr)
        return EXIT_BAD_INPUT


if __name__ == "__main__":
    raise SystemExit(main())
