"""``python -m geo geocode NAME...`` and ``python -m geo resolve``: place names and the spans of
JSON-lines documents resolved by the geocoder, one JSON object per line."""

from __future__ import annotations

import argparse
import json
import os
import sys

from geo.cli_errors import EXIT_NOT_FOUND, UsageError, describe


def geocoder_for(online: bool = False):
    """The geocoder over the offline gazetteer, with Nominatim behind it when asked (``--online``
    or ``SITREP_ONLINE=1``)."""
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
    geocoder = geocoder_for(args.online)
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


def _document(doc: object) -> tuple[dict, str, list[tuple[int, int]]]:
    """A ``resolve`` line's object, its text and spans; TypeError in words when it is none (a
    list or a string was answered "list indices must be integers or slices, not str"; an id with
    a lone surrogate ended in a UnicodeEncodeError traceback as its answer was printed)."""
    if not isinstance(doc, dict):
        kind = {list: "an array", str: "a string", bool: "true or false"}.get(type(doc))
        got = kind or ("null" if doc is None else "a number")
        raise TypeError(f"a JSON object {{...}} is wanted, got {got}")
    text, given = doc["text"], doc.get("spans", [])
    if not isinstance(text, str):
        raise TypeError("'text' should be a string")
    if not isinstance(given, list):
        raise TypeError(f"'spans' should be a list of [start, end] pairs, got {given!r:.60}")
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise TypeError(
            "the line holds a lone surrogate (\\ud800 to \\udfff), which is not text"
        ) from None
    return doc, text, [_span(pair) for pair in given]


def cmd_resolve(args: argparse.Namespace) -> int:
    from geo.ingest.sources import MAX_LINE_BYTES
    from geo.textio import json_value, short_lines

    geocoder = geocoder_for(args.online)
    for lineno, line in enumerate(short_lines(sys.stdin, MAX_LINE_BYTES, UsageError), 1):
        if not line.strip():
            continue
        try:
            doc, text, spans = _document(json_value(line))
            results = geocoder.resolve(text, spans)
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError(
                f"stdin line {lineno}: {describe(exc)}; each line should be "
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
