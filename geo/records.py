"""The event record without frames: the schema's properties and columns, validation and stable
ids. Pure Python, so that extracting a report from the command line does not load pandas
(:mod:`geo.events` holds the frames built from these records)."""

from __future__ import annotations

import hashlib
import math
import re
import sys
from collections.abc import Sequence
from datetime import date

from geo import weapons
from geo.soft_signs import SOFT_SIGNED, without_soft_signs
from geo.vocabulary import EVENT_TYPES, VERIFICATION, shortened

PRECISIONS = (1, 2, 3)
# Largest figures an event may carry: no single event has killed or injured a million people, and
# a sentence's offsets lie in a report of at most a few MB; anything above is a typo or an attack.
MAX_COUNT = 1_000_000
MAX_OFFSET = 2**31 - 1
# Years an event's day may have. A year from a typo or an attack ("31 December 9999", "0204")
# would be stored and then break what counts days (the time chart's bins fall off Python's
# calendar past 9999-12-24); the publication dates a report can have (1900 to 2100) lie well
# inside, so a day counted back or forward from one of them always fits.
EVENT_YEARS = range(1800, 2201)

# Properties of an exported event, in DESIGN.md order (source_span rebuilt from the span columns).
PROPERTIES = (
    "event_id",
    "event_date",
    "time_precision",
    "event_type",
    "weapon",
    "weapon_category",
    "actor",
    "place",
    "place_mention",
    "country",
    "admin1",
    "side_of_line",
    "geo_precision",
    "fatalities",
    "injured",
    "launched",
    "destroyed",
    "verification",
    "claimed_by",
    "source",
    "source_text",
    "source_span",
    "notes",
    "extra",
)
# Derived when events are loaded (from the context layers, see geo.sides), exported, never stored.
DERIVED = ("side_of_line",)
COLUMNS = tuple(p for p in PROPERTIES if p not in ("source_span", *DERIVED)) + (
    "span_start",
    "span_end",
)
INTEGER_COLUMNS = ("time_precision", "geo_precision")
COUNT_COLUMNS = ("fatalities", "injured", "launched", "destroyed", "span_start", "span_end")
TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in INTEGER_COLUMNS + COUNT_COLUMNS)
_SURROGATE = re.compile("[\ud800-\udfff]")


class EventError(ValueError):
    """An event record that breaks the schema; the message names the field."""


def given(value: object) -> str:
    """``repr(value)`` for an error line, cut to one line's worth (a 3 MB cell was quoted whole,
    a "one line" of 3 MB on the command line and in the Import page's table of refused rows)."""
    return shortened(repr(value))


def event_id(source: str, event_type: str, place: str, event_date: str, weapon: str | None) -> str:
    """Stable id: the same report, type, place, date and weapon always give the same id."""
    key = "|".join([source, event_type, place, event_date, weapon or ""]).casefold()
    return "sm-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def distinct_ids(records: list[dict]) -> list[dict]:
    """The records of one report with ids told apart: two events of the same type, place, day
    and weapon (two strikes on Kherson that day, no weapon named) share :func:`event_id`, and a
    store keeps one row per id; the second is ``ID-2``, the third ``ID-3``, in text order, so a
    report read again gives the same ids."""
    seen: dict[str, int] = {}
    for r in records:
        base = r["event_id"]
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            r["event_id"] = f"{base}-{seen[base]}"
    return records


def within_range(count: int | None) -> int | None:
    """A figure read from a report's words, or None (not reported) when no event could have it:
    "3,000,000,000 killed" is a typo or an attack, and would fail :func:`validate`."""
    return count if count is None or 0 <= count <= MAX_COUNT else None


def validate(record: dict) -> dict:
    """Check one record against the schema and return it normalised.

    Raises
    ------
    EventError
        Naming the field, the allowed values and what came in.
    """
    r = dict(record)
    _one_of(r, "event_type", EVENT_TYPES)
    _one_of(r, "verification", VERIFICATION)
    for name in INTEGER_COLUMNS:
        try:
            r[name] = int(r.get(name))  # type: ignore[arg-type]  # None is refused below
        except (TypeError, ValueError, OverflowError):
            pass  # _one_of names the value as it came
        _one_of(r, name, PRECISIONS)
    r["event_date"] = _day(r.get("event_date"))
    if r.get("weapon_category") not in (None, "", *weapons.CATEGORIES):
        raise EventError(
            f"'weapon_category' should be one of {', '.join(weapons.CATEGORIES)} or empty, "
            f"got {given(r.get('weapon_category'))} instead"
        )
    for name in ("fatalities", "injured", "launched", "destroyed"):
        r[name] = _whole(r.get(name), name, MAX_COUNT)
    r["span_start"] = _whole(r.get("span_start"), "span_start", MAX_OFFSET)
    r["span_end"] = _whole(r.get("span_end"), "span_end", MAX_OFFSET)
    if (r["span_start"] is None) != (r["span_end"] is None) or (
        r["span_start"] is not None and r["span_start"] > r["span_end"]
    ):
        raise EventError(
            f"'source_span' should be two offsets, start before end, got "
            f"{r['span_start']!r}, {r['span_end']!r} instead"
        )
    for name in ("lat", "lon"):
        if not isinstance(r.get(name), int | float) or math.isnan(r[name]):
            raise EventError(f"'{name}' should be a number, got {given(r.get(name))} instead")
    if not (-90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180):
        raise EventError(f"coordinates out of range: lat {r['lat']}, lon {r['lon']}")
    for name in TEXT_COLUMNS:
        value = r.get(name)
        if hasattr(value, "__iter__") and not isinstance(value, str):
            raise EventError(f"'{name}' should be text, got {_structure(value)} instead")
        r[name] = None if value is None or value == "" else str(value)
        if r[name] is not None and _SURROGATE.search(r[name]):
            raise EventError(f"'{name}' holds a lone surrogate code point, which is not text")
    if not r.get("place"):
        raise EventError("'place' should name the place, got nothing instead")
    if not r.get("event_id"):
        r["event_id"] = event_id(
            r.get("source") or "", r["event_type"], r["place"], r["event_date"], r.get("weapon")
        )
    if r.get("country") in SOFT_SIGNED:  # "Rossosh’" as GeoNames marks it: stored "Rossosh"
        r["place"] = without_soft_signs(r["place"])  # (after the id: a report's ids stay theirs)
    return r


def _day(value) -> str:
    """``value`` as YYYY-MM-DD, a day of :data:`EVENT_YEARS`; EventError saying why else."""
    try:  # fromisoformat also takes "20241125" and "2024-W48-1": kept as the store reads them
        day = date.fromisoformat(str(value))
    except ValueError:
        raise EventError(
            f"'event_date' should be a date as YYYY-MM-DD, got {given(value)} instead"
        ) from None
    if day.year not in EVENT_YEARS:
        raise EventError(
            f"'event_date' should be a day from {EVENT_YEARS.start} to {EVENT_YEARS.stop - 1}, "
            f"got {given(value)} instead"
        )
    return day.isoformat()


def _whole(value, name: str, top: int) -> int | None:
    """A whole number from 0 to ``top``, or None for empty; EventError naming the field else."""
    if value is None or value == "" or (isinstance(value, float) and math.isnan(value)):
        return None
    if _is_pandas_na(value):
        return None
    try:
        number = int(value)
        if number != value and not isinstance(value, str):
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise EventError(
            f"'{name}' should be a whole number or empty, got {str(value)[:40]!r} instead"
        ) from None
    if number < 0:
        raise EventError(f"'{name}' should not be negative, got {given(value)} instead")
    if number > top:
        got = f"{number:,}" if number < 10**30 else given(number)  # (JSON has 4,000-digit ones)
        raise EventError(f"'{name}' should be at most {top:,}, got {got} instead")
    return number


def _structure(value) -> str:
    """What a file put where text belongs, in a word: a JSON object or list, Parquet's binary or
    list cells (``str()`` of it would be Python's spelling, stored as if it were the text)."""
    if isinstance(value, bytes | bytearray | memoryview):
        return "bytes"
    return "an object" if isinstance(value, dict) else "a list"


def _one_of(r: dict, name: str, allowed: Sequence) -> None:
    if r.get(name) not in allowed:
        shown = ", ".join(str(a) for a in allowed)
        raise EventError(f"'{name}' should be one of {shown}, got {given(r.get(name))} instead")


def _is_pandas_na(value) -> bool:
    """Whether ``value`` is pandas' missing-value marker; without pandas loaded it cannot be."""
    pandas = sys.modules.get("pandas")
    return pandas is not None and value is pandas.NA
