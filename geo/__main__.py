"""Command line: ``python -m geo COMMAND ...`` (see ``python -m geo --help``).

Bad input exits with status 2 and one line on stderr saying what is wrong and what to do.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from geo.cli_options import add_options, error_line
from geo.output import OutputError, to_stdout, write_output

EXIT_NOT_FOUND = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input: reported in one line with status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, status 2, no usage dump
        raise UsageError(
            f"{message} (see 'python -m geo {self._sub or ''} --help')".replace("  ", " ")
        )

    _sub: str | None = None


def _geocoder(online: bool = False):
    from geo.gazetteer import Gazetteer, GazetteerMissingError
    from geo.geocode import Geocoder, NominatimBackend

    try:
        gazetteer = Gazetteer()
    except GazetteerMissingError as exc:
        raise UsageError(str(exc)) from None
    backend = None
    if online or os.environ.get("SITREP_ONLINE") == "1":
        backend = NominatimBackend(
            domain=os.environ.get("SITREP_NOMINATIM", "nominatim.openstreetmap.org"),
            scheme=os.environ.get("SITREP_NOMINATIM_SCHEME", "https"),
        )
    return Geocoder(gazetteer, online=backend)


def _place_json(query: str, res) -> dict:
    p = res.place
    if p is None:
        return {"query": query, "error": "no such place in the gazetteer"}
    return {
        "query": query,
        "name": p.name,
        "lat": round(p.lat, 6),
        "lon": round(p.lon, 6),
        "country": p.country,
        "admin1": p.admin1,
        "feature": p.feature,
        "source": res.source,
    }


def cmd_geocode(args: argparse.Namespace) -> int:
    geocoder = _geocoder(args.online)
    from geo import theatre
    from geo.geocode.town_in_region import geocode_typed

    countries, used = theatre.for_names(args.theatre)
    status = 0
    for name in args.names:
        if not name.strip():
            raise UsageError("empty place name: give at least one non-blank NAME")
        res = geocode_typed(geocoder, name, args.context or "", countries)  # as the app reads it
        out = _place_json(name, res)
        out.update({} if "error" in out else {"theatre": used})  # ("query", "error" as documented)
        if args.candidates and res.place is not None:
            from geo.geocode import iter_candidates

            out["candidates"] = list(iter_candidates(res))
        if "error" in out:
            status = EXIT_NOT_FOUND
        print(json.dumps(out, ensure_ascii=False))
    return status


def _span(pair: object) -> tuple[int, int]:
    """A span as given on a JSON line: two whole numbers, start and end (not 13.5, not true)."""
    match pair:
        case [int(start), int(end)] if not isinstance(start, bool) and not isinstance(end, bool):
            return start, end
    raise TypeError(f"each span should be two whole numbers [start, end], got {pair!r}")


def cmd_resolve(args: argparse.Namespace) -> int:
    from geo.ingest.sources import MAX_LINE_BYTES
    from geo.textio import json_value, short_lines

    geocoder = _geocoder(args.online)
    for lineno, line in enumerate(short_lines(sys.stdin, MAX_LINE_BYTES, UsageError), 1):
        if not line.strip():
            continue
        try:
            doc = json_value(line)
            text, spans = doc["text"], [_span(pair) for pair in doc.get("spans", [])]
            if not isinstance(text, str):
                raise TypeError("'text' should be a string")
            results = geocoder.resolve(text, spans)
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(
                f"stdin line {lineno}: {_describe(exc)}; each line should be "
                '{"id": ..., "text": "...", "spans": [[start, end], ...]}'
            ) from None
        places = [
            None
            if r.place is None
            else {
                "start": r.start,
                "end": r.end,
                "name": r.place.name,
                "lat": round(r.place.lat, 6),
                "lon": round(r.place.lon, 6),
            }
            for r in results
        ]
        print(json.dumps({"id": doc.get("id"), "places": places}, ensure_ascii=False))
    return 0


def cmd_build_gazetteer(args: argparse.Namespace) -> int:
    from geo.gazetteer import build

    stats = build(args.output, min_population=args.min_population)
    print(json.dumps(stats))
    return 0


def cmd_build_assets(args: argparse.Namespace) -> int:
    from geo.assets import build_all
    from geo.gazetteer import Gazetteer

    print(json.dumps(build_all(Gazetteer())))
    return 0


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
    from geo.export import ExportError, export_bytes
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
    try:
        data = export_bytes(frame, fmt, Gazetteer().country_codes())
    except ExportError as exc:
        raise UsageError(str(exc)) from None
    write_output(data, args.output, BY_NAME[fmt].binary, events=len(frame))
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from geo import formats
    from geo.formats.summary import import_line, nothing_read
    from geo.formats.table import refused_unit
    from geo.gazetteer import Gazetteer
    from geo.store import Report, StoreError, reference_ids, save
    from geo.store.removal import withheld_note
    from geo.textio import ReportError, read_input

    path: Path = args.file
    name = "stdin" if str(path) == "-" else path.name
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
    from geo.textio import ReportError, read_report

    try:
        text = read_report(args.report)
    except ReportError as exc:
        raise UsageError(str(exc)) from None
    name = "stdin" if str(args.report) == "-" else args.report.name
    records, warnings = Extractor(_geocoder(args.online)).extract_with_warnings(
        text, name, args.published
    )
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    data, binary = drawn_file(records, args.output)  # as exports write, in the -o file's format
    write_output(data, args.output, binary, events=len(records))
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


def _describe(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc}"
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__


COMMANDS: dict[str, tuple[Callable[[argparse.Namespace], int], str]] = {
    "geocode": (cmd_geocode, "resolve place names, one JSON object per line"),
    "resolve": (cmd_resolve, "resolve spans of JSON-lines documents read from stdin"),
    "extract": (cmd_extract, "events of a report as GeoJSON (optionally saved to the store)"),
    "export": (cmd_export, "stored events as GeoJSON, CSV, GeoPackage, KML or GeoParquet"),
    "import": (
        cmd_import,
        "events from an ACLED, UCDP, GeoJSON, GeoParquet or Sitrep Map CSV file into the store",
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


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
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
