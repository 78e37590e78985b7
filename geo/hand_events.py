"""Events an analyst adds by hand in the review (the extractor missed them): the record made from
the typed fields, told apart by an id of its own kind, kept through a new extraction of the same
report and read back from the store for a saved one."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import date

import geopandas as gpd

from geo.gazetteer import Place
from geo.precision import GeoPrecision, TimePrecision
from geo.records import COLUMNS, EventError, event_id, validate
from geo.review import counts_agree, typed_fields, with_place
from geo.typed_points import with_point
from geo.weapons import normalised

# An event the analyst added in the review (the extractor missed it): its id is of its own kind,
# so that no extraction of the report ever gives it (re-extracting and saving again neither
# updates it as a correction nor leaves it out), and its provenance is in ``extra`` and ``notes``.
HAND_PREFIX = "sm-hand-"
HAND_NOTE = "added by hand in the review (the extractor did not read it)"
HAND_EXTRA = json.dumps({"provenance": "added by hand"})
# the source of incidents added with no report, when the analyst names none: one per day
NO_REPORT_SOURCE = "added by hand, no report"
# a source name is a report's or a file's name: one of 1 MB typed in the Source box was taken and
# stored whole in each incident added under it, and sent whole in each one's map popup (attack40b)
MOST_SOURCE_CHARS = 1_000


def no_report_source(day: date) -> str:
    """The source of incidents added by hand on ``day`` with no report nor a name typed for it:
    "added by hand, no report, 2025-02-03"."""
    return f"{NO_REPORT_SOURCE}, {day.isoformat()}"


def hand_event(
    fields: Mapping[str, object],
    source: str,
    place: Place | None = None,
    point: tuple[float, float] | None = None,
    near: tuple[Place, float] | None = None,
) -> dict:
    """The event an analyst typed: ``fields`` (event_type, event_date, weapon, fatalities,
    injured, launched, destroyed, verification, claimed_by, notes; blank is not said), at ``place`` (from the
    gazetteer: a region makes it region-level) or at ``point`` ("lat, lon", named by the town
    ``near`` it as :func:`with_point` names it), from the report ``source``.

    Raises
    ------
    EventError
        No place, or a value the record would not take (naming the field).
    """
    if place is None and point is None:
        raise EventError("'place' should name the place: type a name or lat, lon")
    _check_source(source)
    day = fields.get("event_date")
    fields = {**fields, **typed_fields(fields)}
    # a category typed ("artillery", "drones") is the category with no system named, as the
    # README says and imports read it (it sat in the weapon column too: newuser20)
    weapon, category = normalised(str(fields.get("weapon") or "").strip() or None, None)
    record: dict = {
        "event_type": fields.get("event_type"),
        "event_date": day.isoformat() if isinstance(day, date) else day,
        "time_precision": int(TimePrecision.DAY),
        "weapon": weapon,
        "weapon_category": category,
        "geo_precision": int(GeoPrecision.PLACE),
        "fatalities": fields.get("fatalities"),
        "injured": fields.get("injured"),
        "launched": fields.get("launched"),  # an interception's counts, as an import's
        "destroyed": fields.get("destroyed"),
        "verification": fields.get("verification"),
        "claimed_by": str(fields.get("claimed_by") or "").strip() or None,
        "actor": str(fields.get("actor") or "").strip() or None,
        "source": source,
        "notes": "; ".join(n for n in (HAND_NOTE, str(fields.get("notes") or "").strip()) if n),
        "extra": HAND_EXTRA,
    }
    if place is not None:
        record = with_place({**record, "lat": place.lat, "lon": place.lon}, place)
        record["place_mention"] = place.name
    else:
        assert point is not None
        record = with_point(record, *point, near)
    record = counts_agree(validate(record))
    same = event_id(
        *(
            str(record.get(k) or "")
            for k in ("source", "event_type", "place", "event_date", "weapon")
        )
    )  # (the id an extraction would give the event, in the hand-added kind)
    record["event_id"] = HAND_PREFIX + same.removeprefix("sm-")
    return record


def _check_source(source: str) -> None:
    """EventError when ``source`` is longer than a report's name is (:data:`MOST_SOURCE_CHARS`)."""
    if len(source) > MOST_SOURCE_CHARS:
        raise EventError(
            f"'source' should be at most {MOST_SOURCE_CHARS:,} characters, got {len(source):,}: "
            "shorten the Source (report name) box above and start the review again"
        )


def is_hand_added(record: Mapping[str, object]) -> bool:
    """Whether an analyst added the event by hand (:func:`hand_event`)."""
    return str(record.get("event_id") or "").startswith(HAND_PREFIX)


def with_hand_event(records: list[dict], added: dict) -> list[dict]:
    """The review's records with ``added`` last, its id told apart from an equal one added before
    (a second strike typed the same: ``ID-2``)."""
    ids = {r["event_id"] for r in records}
    base, n, event_id = added["event_id"], 1, added["event_id"]
    while event_id in ids:
        n += 1
        event_id = f"{base}-{n}"
    return [*records, {**added, "event_id": event_id}]


def carried_over(extracted: list[dict], previous: Iterable[dict]) -> list[dict]:
    """The records of a new extraction of the same report with the events the analyst added by
    hand to the earlier review (an extraction does not give them, and must not lose them)."""
    out, ids = list(extracted), {r["event_id"] for r in extracted}
    for r in previous:
        if is_hand_added(r) and r["event_id"] not in ids:
            out.append(r)
            ids.add(r["event_id"])
    return out


def saved_hand_events(stored: gpd.GeoDataFrame, source: str) -> list[dict]:
    """The events added by hand to an earlier review of the report ``source``, as ``stored`` (the
    loaded events) holds them: a new reading of a saved report shows them, so a second strike
    typed the same is ``ID-2`` (it took the first one's id, and the save was refused whole as an
    edit of that event "since you opened it")."""
    if stored.empty:
        return []
    mine = stored["event_id"].astype(str).str.startswith(HAND_PREFIX) & (stored["source"] == source)
    cells = stored.loc[mine, list(COLUMNS)].astype(object)  # (Python's numbers, None for NA)
    rows = cells.where(cells.notna(), None).to_dict("records")
    return [{**r, "lat": p.y, "lon": p.x} for r, p in zip(rows, stored[mine].geometry, strict=True)]
