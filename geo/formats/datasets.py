"""Curated datasets' rows (ACLED, UCDP) as event records: their column mappings from
``columns.toml``, the columns kept in ``extra``, the CSV read row by row, the state actor and what
every such row shares (coded as confirmed by its coders)."""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from geo.formats.numbers import coordinate

if TYPE_CHECKING:
    from geo.formats import ImportResult
    from geo.formats.places import Locator


def dataset_columns(kind: str) -> dict[str, str]:
    """Which source columns feed each of our fields for a curated dataset (``acled``, ``ucdp``),
    as declared in ``columns.toml`` beside this module."""
    with open(Path(__file__).with_name("columns.toml"), "rb") as fh:
        return dict(tomllib.load(fh)[kind])


def columns_in(mapping: dict[str, str]) -> set[str]:
    """The source columns a format's mapping names (``"iso / country"``, ``"a + b"``,
    ``"notes (words)"`` name two, two and one)."""
    return {
        column.strip()
        for source in mapping.values()
        for column in re.split(r" / | \+ ", source.removesuffix(" (words)"))
    }


def extra_json(row: dict, known: set[str]) -> str | None:
    """Columns Sitrep Map has no field for, kept as JSON."""
    # (a Parquet list or structure is an array: "v in (None, '')" asked its truth and raised)
    rest = {k: v for k, v in row.items() if k and k not in known and not _blank(v)}
    return json.dumps(rest, ensure_ascii=False, default=_plain) if rest else None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and value == "")


def _plain(value: object) -> object:
    """A value JSON has no type for: an array as its list, anything else as its text."""
    tolist = getattr(value, "tolist", None)
    return tolist() if callable(tolist) else str(value)


def read_dataset(
    data: bytes,
    name: str,
    kind: str,
    what: str,
    needed: set[str],
    mapping: dict,
    to_record: Callable[[dict], dict],
) -> ImportResult:
    """A curated dataset's CSV (ACLED, UCDP) read row by row with ``to_record``, after checking
    that the ``needed`` columns are there (``what`` names the file in the error)."""

    from geo.formats import require_columns

    def reader_for(header: list[str]) -> Callable[[dict], dict]:
        require_columns(header, needed, name, what)
        return to_record

    from geo.formats import build
    from geo.formats.csv_rows import csv_records

    records, refused, rows = csv_records(data, name, reader_for)
    return build(kind, records, mapping, rows, refused)


def state_actor(pattern: re.Pattern, actor: str) -> str | None:
    """The country of a state actor ("Military Forces of Russia (2000-)" is "Russia") by
    ``pattern``'s first group; other actors as written; None for none."""
    m = pattern.match(actor)
    return m.group(1) if m else actor or None


def dataset_record(
    row: dict, known: set[str], fields: dict, locator: Locator | None = None
) -> dict:
    """A row of a curated dataset (ACLED, UCDP) as an event record: ``fields`` plus what such
    datasets share: coded as confirmed by their coders, no injured count, no claimant, the
    columns we have no field for kept in ``extra``, and the row's coordinates; with a
    ``locator``, a row without coordinates is put at the place its name is
    (:mod:`geo.formats.places`)."""
    from geo.formats.places import point

    record = {
        "injured": None,
        "verification": "confirmed",
        "claimed_by": None,
        **fields,
        "extra": extra_json(row, known),
    }
    at = point(row.get("latitude"), row.get("longitude"))
    if locator is None:
        if at is None:
            coordinate(row.get("latitude"), "latitude")  # refused, as a point is needed
        return {**record, "lat": at[0], "lon": at[1]}  # type: ignore[index]
    return locator.record(record, at)
