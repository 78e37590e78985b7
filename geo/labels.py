"""Every event field's name as a reader says it: the one table of labels the Map page's table,
the review's table and notices, the map's popups and the History page use (never the stored
names, ``claimed_by`` or ``geo_precision``), and a stored time as the same reader writes it."""

from __future__ import annotations

from datetime import UTC, datetime

LABELS = {
    "event_id": "event id",
    "event_date": "date",
    "time_precision": "date is",
    "event_type": "type",
    "weapon": "weapon",
    "weapon_category": "weapon category",
    "actor": "actor",
    "place": "place",
    "place_mention": "in the report",
    "country": "country",
    "admin1": "region",
    "side_of_line": "side of the line",
    "geo_precision": "place is",
    "fatalities": "killed",
    "injured": "injured",
    "launched": "launched",
    "destroyed": "destroyed",
    "verification": "status",
    "claimed_by": "claimed by",
    "source": "source",
    "source_text": "sentence",
    "span_start": "sentence starts at",
    "span_end": "sentence ends at",
    "notes": "notes",
    "extra": "more",
    "lat": "latitude",
    "lon": "longitude",
    "point": "point",  # lat and lon changed together (the History page)
}


def label(field: str) -> str:
    """``field``'s label; a field the table does not know (another tool's column) with its
    underscores as spaces."""
    return LABELS.get(field) or str(field).replace("_", " ")


def labelled(fields) -> dict[str, str]:
    """``{field: label}`` of ``fields``, in their order (a frame's columns to rename)."""
    return {f: label(f) for f in fields}


def moment(value: object) -> str:
    """A stored ISO time as a reader writes it: "4 Dec 2026 14:38 UTC" (as stored when it is no
    ISO time: a store edited by hand may hold any text, or a time whose UTC is off the calendar,
    "0001-01-01T00:00+01:00", which stopped the History page with an OverflowError)."""
    try:
        at = datetime.fromisoformat(str(value))
        at = at.replace(tzinfo=UTC) if at.tzinfo is None else at.astimezone(UTC)
    except (ValueError, OverflowError):
        return str(value)
    return f"{at.day} {at:%b %Y %H:%M} UTC"
