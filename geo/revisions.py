"""A later report's revised figures applied to the event the store already holds.

newuser24's follow-up wire gave a later toll for a strike the store held; the duplicate notice
(:mod:`geo.duplicates`) told him so, but he could only store a second strike or not save. A
revision keeps the stored event (its id, place, day and every field the new report does not
give) and takes the new report's figures where it gives them, its source, sentence and span,
with a note naming the figures it replaced and the report they came from. Saved through the
store, each changed field is logged in the history from what to what, so nothing is lost and the
analyst can set a field back.
"""

from __future__ import annotations

from collections.abc import Mapping

from geo.extract.draft import with_note
from geo.labels import label

FIGURES = ("fatalities", "injured", "launched", "destroyed")
# what the new report's sentence is and where it lies: its source's, with its figures
CITED = ("source", "source_text", "span_start", "span_end")
# told by the new report where the stored event had nothing: taken, never replacing a value
FILLED = ("weapon", "weapon_category", "actor", "claimed_by")


def _given(value: object) -> bool:
    return value is not None and value == value  # (NaN is no figure)


def figures(record: Mapping[str, object]) -> str:
    """The figures a record gives, in words ("9 killed, 27 injured"); "" when none."""
    return ", ".join(
        f"{int(record[f])} {label(f)}"  # type: ignore[call-overload]
        for f in FIGURES
        if _given(record.get(f))
    )


def revises(stored: Mapping[str, object], new: Mapping[str, object]) -> bool:
    """Whether ``new`` gives a figure that differs from the stored event's."""
    return any(_given(new.get(f)) and new.get(f) != stored.get(f) for f in FIGURES)


def replaced_by(stored: Mapping[str, object], new: Mapping[str, object]) -> str | None:
    """The later report whose figures replaced exactly those ``new`` gives (the note
    :func:`revised` wrote names them), or None: the first report pasted again under another
    name offered to put its older toll back over the later one (newuser26)."""
    told = figures(new)
    note = f"figures revised by {stored.get('source')}: was {told} in "
    notes = stored.get("notes")
    return str(stored.get("source")) if told and isinstance(notes, str) and note in notes else None


def revised(stored: Mapping[str, object], new: Mapping[str, object]) -> dict:
    """The stored event as the new report revises it: the same id, place and day; the new
    report's figures where it gives them, its source, sentence and span; the weapon, actor and
    claimant it names where the stored event had none; a note of what was replaced."""
    out = dict(stored)
    for name in FIGURES:
        if _given(new.get(name)):
            out[name] = new[name]
    for name in CITED:
        out[name] = new.get(name)
    for name in FILLED:
        if not _given(stored.get(name)) and _given(new.get(name)):
            out[name] = new[name]
    was = figures(stored) or "no figures"
    note = f"figures revised by {new.get('source')}: was {was} in {stored.get('source')}"
    out["notes"] = with_note(stored.get("notes"), note)  # type: ignore[arg-type]
    return out


def stored_event(stored, event_id: str) -> dict | None:
    """The stored event ``event_id`` of a loaded frame as a record (None when it holds none)."""
    from geo.duplicates import frame_records
    from geo.records import COLUMNS

    rows = frame_records(stored[stored["event_id"].astype(object) == event_id])
    if not rows:
        return None
    return {k: v for k, v in rows[0].items() if k in (*COLUMNS, "lat", "lon")}
