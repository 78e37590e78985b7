"""The store's history as an analyst reads it: one line per change, newest first, with the
event's place and date and each field from what to what (pure pandas; the History page shows it).

``geo.store.history()`` gives the rows: when, who, insert/update, the event id, the source and
the changes as JSON (an insert: the new event's fields; an update: ``{field: [old, new]}``).
"""

from __future__ import annotations

import json

import pandas as pd

from geo.labels import label
from geo.precision import PRECISION_SCALES

COLUMNS = ["when", "who", "action", "event_id", "event", "changes"]
ARROW = " → "


def _shown(value: object, field: str = "") -> str:
    """A stored value as the review shows it: a precision in words, nothing as "(empty)"."""
    if value is None or value == "":
        return "(empty)"
    scale = PRECISION_SCALES.get(field)
    if scale is not None and value in {int(p) for p in scale}:
        return scale(value).words
    return str(value)


def _parsed(text: object) -> dict:
    try:
        out = json.loads(str(text)) if text is not None else {}
    except ValueError:
        return {}
    return out if isinstance(out, dict) else {}


def _pair(value: object) -> tuple[object, object]:
    return (value[0], value[1]) if isinstance(value, list) and len(value) == 2 else (None, value)


def _what_changed(action: str, changes: dict) -> str:
    if action == "update":
        parts = []
        for field, pair in changes.items():
            old, new = _pair(pair)
            if field == "lat" and "lon" in changes:  # one point, as the review moved it
                (old_lon, new_lon), field = _pair(changes["lon"]), "point"
                old, new = (
                    None if a is None else f"{a}, {b}" for a, b in ((old, old_lon), (new, new_lon))
                )
            elif field == "lon" and "lat" in changes:
                continue
            parts.append(f"{label(field)}: {_shown(old, field)}{ARROW}{_shown(new, field)}")
        return "; ".join(parts)
    filled = [k for k, v in changes.items() if v not in (None, "")]
    return f"new event ({len(filled)} fields)"


def readable(
    history: pd.DataFrame,
    events: pd.DataFrame | None = None,
    event_id: str = "",
    user: str = "",
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

    Returns
    -------
    DataFrame
        :data:`COLUMNS`: when (as stored, UTC), who, action, event_id, event ("place, date" as
        the change left it), changes ("killed: 5 → 6; ...", fields by their labels
        (:mod:`geo.labels`), a moved point as one "point: lat, lon → lat, lon"; or "new event
        (12 fields)"). Values are plain text: the page shows them as data, never as markup.
    """
    now: dict[str, tuple[object, object]] = {}
    if events is not None and len(events):
        pairs = zip(events["place"], events["event_date"], strict=True)
        now = dict(zip(events["event_id"], pairs, strict=True))
    known: dict[object, list] = {}  # the place and date each event had, as the history goes
    rows = []
    for when, who, action, eid, text in zip(
        history["changed_at"],
        history["user"],
        history["action"],
        history["event_id"],
        history["changes"],
        strict=True,
    ):
        fields = _parsed(text)
        sofar = known.setdefault(eid, list(now.get(eid, (None, None))))
        for k, name in enumerate(("place", "event_date")):
            value = fields.get(name)
            value = value[1] if isinstance(value, list) and len(value) == 2 else value
            if value not in (None, ""):
                sofar[k] = value
        named = ", ".join(str(v) for v in sofar if v not in (None, ""))
        rows.append([when, who, action, eid, named, _what_changed(str(action), fields)])
    out = pd.DataFrame(rows, columns=COLUMNS)
    if event_id.strip():
        ids = out["event_id"].astype("string").str.casefold()
        out = out[ids.str.contains(event_id.strip().casefold(), regex=False).fillna(False)]
    if user:
        out = out[out["who"].astype("string") == user]
    return out.iloc[::-1].sort_values("when", ascending=False, kind="stable").reset_index(drop=True)


def users(history: pd.DataFrame) -> list[str]:
    """Who changed the store, in name order."""
    return sorted({str(u) for u in history["user"].dropna()})
