"""The store's history as an analyst reads it: one line per change, newest first, with the
event's place and date and each field from what to what (pure pandas; the History page shows it).

``geo.store.history()`` gives the rows: when, who, insert/update, the event id, the source and
the changes as JSON (an insert, a delete or a restore: the event's fields; an update:
``{field: [old, new]}``).
"""

from __future__ import annotations

import json

import pandas as pd

from geo.event_names import event_place
from geo.hand_events import is_hand_added
from geo.labels import label, moment
from geo.long_text import shown
from geo.precision import PRECISION_SCALES, date_suffix

COLUMNS = ["when", "who", "action", "event_id", "event", "kind", "changes"]
INSERT = "insert"  # a new event's line, which "edits only" leaves out
# an old value is told after the new one, cut to this many characters: the new value is what the
# reader looks for, and a long one ("claimed by" of three sources) hid it past the column's edge
OLD_SHOWN = 60


def _as_text(when: object) -> str:
    """A stored time as text to sort by (a store edited by hand may hold a blob or nothing)."""
    if isinstance(when, bytes):
        return when.decode("utf-8", "replace")
    return "" if when is None else str(when)


def shown_value(value: object, field: str = "") -> str:
    """A stored value as the review shows it: a precision in words, nothing as "(empty)"."""
    if value is None or value == "":
        return "(empty)"
    scale = PRECISION_SCALES.get(field)
    # (a store edited by hand may hold a list or an object there: no precision, and unhashable)
    if scale is not None and isinstance(value, int) and value in {int(p) for p in scale}:
        return scale(value).words
    return str(value)


def _place(fields: dict) -> str:
    """The event's place as :func:`shown_value` writes it, a long one cut (geo.long_text)."""
    return shown(shown_value(event_place(fields)))


def _parsed(text: object) -> dict:
    try:
        out = json.loads(str(text)) if text is not None else {}
    except ValueError:
        return {}
    return out if isinstance(out, dict) else {}


def _pair(value: object) -> tuple[object, object]:
    return (value[0], value[1]) if isinstance(value, list) and len(value) == 2 else (None, value)


# where the event's sentence is in its report: newuser27's History read "sentence starts at: 58
# (was 81)"; a line says the other fields only
_OFFSETS = ("span_start", "span_end")


def _what_changed(action: str, changes: dict, event_id: object) -> str:
    if action == "update":
        parts = []
        for field, pair in changes.items():
            old, new = _pair(pair)
            if field == "lat" and "lon" in changes:  # one point, as the review moved it
                (old_lon, new_lon), field = _pair(changes["lon"]), "point"
                old, new = (
                    None if a is None else f"{a}, {b}" for a, b in ((old, old_lon), (new, new_lon))
                )
            elif field == "lon" and "lat" in changes or field in _OFFSETS:
                continue  # (offsets: the store's, kept in the change, not a reader's words)
            was = "empty" if old is None or old == "" else shown_value(old, field)
            was = was if len(was) <= OLD_SHOWN else was[: OLD_SHOWN - 1].rstrip() + "…"
            # a new value of megabytes (an import's note) is cut as a popup cuts it (attack31)
            parts.append(f"{label(field)}: {shown(shown_value(new, field))} (was {was})")
        return "; ".join(parts) or ("where its sentence is in the report" if changes else "")
    if action in ("delete", "restore"):  # the whole record is logged: undo puts it back
        what = "deleted" if action == "delete" else "put back by an undo of its delete"
        return f"{what}: {shown_value(changes.get('event_type'))} at {_place(changes)}"
    if is_hand_added({"event_id": event_id}):
        return f"added by hand: {shown_value(changes.get('event_type'))} at {_place(changes)}"
    filled = [k for k, v in changes.items() if v not in (None, "")]
    return f"new event ({len(filled)} fields)"


def readable(
    history: pd.DataFrame,
    events: pd.DataFrame | None = None,
    event_id: str = "",
    user: str = "",
    edits_only: bool = False,
) -> pd.DataFrame:
    """The changes as lines to read, newest first.

    Parameters
    ----------
    history : DataFrame
        ``geo.store.history()``: changed_at, user, action, event_id, source, changes.
    events : DataFrame, optional
        The events as they are now (``event_id``, ``place``, ``event_date``): names an event
        the history has no insert of (a reference event corrected).
    event_id, user : str
        Keep only the changes of events whose id contains ``event_id`` (any case), or by
        ``user`` (exactly); empty keeps all.
    edits_only : bool
        Leave out the "insert" lines: what analysts changed, not the thousands of events an
        import added (newuser25: 3,915 insert rows hid the edits).

    Returns
    -------
    DataFrame
        :data:`COLUMNS`: when ("4 Dec 2026 14:38 UTC"), who, action, event_id, event ("place,
        date" as the change left it), kind ("strike · Kh-101", :func:`kind`), changes ("killed: 6 (was 5); ...", the new value first,
        fields by their labels (:mod:`geo.labels`), a moved point as one "point: lat, lon (was
        lat, lon)"; "added by hand: strike at Kharkiv"; or "new event (12 fields)"). Values are
        plain text: the page shows them as data, never as markup.
    """
    now = _events_now(events)
    known: dict[object, dict] = {}  # the place and date each event had, as the history goes
    rows = []
    columns = ("changed_at", "user", "action", "event_id", "changes")
    for when, who, action, eid, text in zip(*(history[c] for c in columns), strict=True):
        fields = _parsed(text)
        sofar = _remembered(known.setdefault(eid, dict(now.get(eid, {}))), fields)
        what = _what_changed(str(action), fields, eid)
        rows.append([_as_text(when), who, action, eid, _named(sofar), kind(sofar), what])
    out = _kept(pd.DataFrame(rows, columns=COLUMNS), event_id, user, edits_only)
    out = out.iloc[::-1].sort_values("when", ascending=False, kind="stable").reset_index(drop=True)
    out["when"] = [moment(w) for w in out["when"]]
    return out


def kind(fields: dict) -> str:
    """An event's kind as the Map page's table names it: "strike · Kh-101", "interception ·
    (drone)" for a category with no system named, "meeting". Two records of one place and day
    (a missile and a drone record of one attack; an Iskander and a Kh-101) read the same by
    place and date alone, and the one to delete could not be told (newuser34)."""
    parts = [shown(str(fields["event_type"]))] if fields.get("event_type") else []
    weapon, category = fields.get("weapon"), fields.get("weapon_category")
    if isinstance(weapon, str) and weapon:
        parts.append(shown(weapon))
    elif isinstance(category, str) and category:
        parts.append(f"({category})")
    return " · ".join(parts)


def _kept(out: pd.DataFrame, event_id: str, user: str, edits_only: bool) -> pd.DataFrame:
    """The lines :func:`readable`'s filters keep."""
    if event_id.strip():
        ids = out["event_id"].astype("string").str.casefold()
        out = out[ids.str.contains(event_id.strip().casefold(), regex=False).fillna(False)]
    if user:
        out = out[out["who"].astype("string") == user]
    if edits_only:
        out = out[out["action"].astype("string") != INSERT]
    return out


# What names an event in the History: its place (a region's as "Odesa region", a town as the
# report spelt it: "Izmail", not GeoNames' "Izmayil", as the map and review name it) and date
# (with "(week)" or "(month)" when the day stands for one).
_NAMED = (
    "place",
    "event_type",
    "weapon",
    "weapon_category",
    "event_date",
    "time_precision",
    "country",
    "admin1",
    "geo_precision",
    "place_mention",
    "source_text",
    "span_start",
)


def users(history: pd.DataFrame) -> list[str]:
    """Who changed the store, in name order."""
    return sorted({str(u) for u in history["user"].dropna()})


def _events_now(events: pd.DataFrame | None) -> dict[object, dict]:
    """The naming fields (:data:`_NAMED`) of each event as it is now, by its id."""
    if events is None or not len(events):
        return {}
    kept = [c for c in _NAMED if c in events]
    rows_now = events[kept].astype(object).where(events[kept].notna(), None)
    return dict(zip(events["event_id"], rows_now.to_dict("records"), strict=True))


def _remembered(sofar: dict, fields: dict) -> dict:
    """``sofar`` (an event's naming fields as the history went) with a change's new values."""
    for name in _NAMED:
        value = fields.get(name)
        value = value[1] if isinstance(value, list) and len(value) == 2 else value
        if value not in (None, ""):
            sofar[name] = value
    return sofar


def _named(fields: dict) -> str:
    """An event's "place, date" as the change left it."""
    # "Odesa region", not "Odessa"; a place of megabytes cut as a popup cuts it (attack31)
    place = event_place(fields)
    day = fields.get("event_date")  # "2026-11-26 (week)", as the popup and the table say it
    day = f"{day}{date_suffix(fields.get('time_precision'))}" if day else day
    parts = (shown(str(place)) if place not in (None, "") else None, day)
    return ", ".join(str(v) for v in parts if v not in (None, ""))
