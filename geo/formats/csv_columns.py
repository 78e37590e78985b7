"""Which event field a home-made CSV's column holds, however its header spells it: the stored
name (``claimed_by``), the label the app shows for it ("claimed by", "Claimed by"), the same with
a hyphen or other capitals ("claimed-by"), or another tool's name for it ("killed", "claimant").
A column none of these names is ignored, and the import names it (newuser21's "claimed by"
column was dropped without a word: every claimant empty)."""

from __future__ import annotations

import re

from geo import records as schema
from geo.formats.geojson import SYNONYMS
from geo.labels import LABELS

# the point's columns, read by geo.formats.places (not event fields of their own)
POINT = {"lat": "lat", "latitude": "lat", "lon": "lon", "lng": "lon", "longitude": "lon"}
_SEPARATORS = re.compile(r"[\s\-_.]+")


def _key(column: str) -> str:
    """ "Claimed-By " and "claimed by" as "claimed_by"."""
    return _SEPARATORS.sub("_", column.strip().lower()).strip("_")


# every way a header may name a field, by its key; the stored names first, then the labels
_NAMES = {
    **{_key(other): field for other, field in SYNONYMS.items()},
    **{_key(shown): field for field, shown in LABELS.items() if field in schema.COLUMNS},
    **{field: field for field in schema.COLUMNS},
}


def field_of(column: str) -> str | None:
    """The event field (or "lat"/"lon") ``column`` holds; None when it names none."""
    key = _key(column)
    return POINT.get(key) or _NAMES.get(key)


def columns_read(header: list[str]) -> tuple[dict[str, str], list[str]]:
    """``({field: column}, ignored columns)`` of a header: each field from the first column
    naming it (a column spelt as stored before a synonym: "fatalities" before "killed"); a
    second column for the same field, or a column naming no field, is ignored."""
    read: dict[str, str] = {}
    order = sorted(header, key=lambda c: c not in schema.COLUMNS and c not in POINT.values())
    for column in order:
        field = field_of(column)
        if field and field not in read:
            read[field] = column
    taken = set(read.values())
    return read, [c for c in header if c.strip() and c not in taken]


def ignored_note(ignored: list[str]) -> str | None:
    """The import's note naming the columns it did not read, None when it read them all."""
    if not ignored:
        return None
    named = ", ".join(repr(c) if "," in c else c for c in ignored)
    return (
        f"ignored column{'s' if len(ignored) > 1 else ''}: {named} (no event field has "
        "that name: rename a column to a field's name, such as 'claimed by' or 'notes', to keep it)"
    )
