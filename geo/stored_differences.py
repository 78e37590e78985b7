"""What a re-extracted report's review shows from the store instead of the report, in plain
words: "Kyiv, 2025-07-10: the stored event holds the later toll of kyiv-update.txt, 3 killed,
22 injured (this report: 2 killed, 16 injured); saving keeps the later toll". It read "an
analyst's earlier correction (... sentence ends at, sentence starts at, source)" (newuser26):
offsets, jargon, and no analyst had made one (an update from a later report had); then only
"killed 3 (this report: 2)" beside the revision's note, with no word that the stored toll is
a later report's and stays.

Where an event was read (its source, sentence and the sentence's offsets in the report) is not
a figure to compare: offsets belong to the text they were read from, so the review keeps the
ones of the report on screen (:func:`own_offsets`) unless the stored event was read from the
same report and sentence.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geo.changes import shown_value
from geo.event_names import event_place
from geo.labels import label
from geo.revisions import FIGURES, figures

OFFSETS = ("span_start", "span_end")
WHERE_READ = ("source", "source_text", *OFFSETS)


def own_offsets(extracted: dict, shown: dict, fields: list[str]) -> tuple[dict, list[str]]:
    """``shown`` (the record as the store would keep it) with the offsets of ``extracted`` (the
    report on screen) when the stored source or sentence is another's, and the fields left
    shown from the store."""
    other_text = any(extracted.get(k) != shown.get(k) for k in ("source", "source_text"))
    if not other_text or not set(OFFSETS) & set(fields):
        return shown, fields
    return {**shown, **{k: extracted.get(k) for k in OFFSETS}}, [
        f for f in fields if f not in OFFSETS
    ]


def notice(
    extracted: Sequence[dict], shown: Sequence[dict], fields: Mapping[str, list[str]]
) -> list[str]:
    """One line per event whose review shows stored values: its place and date, the other report
    it was updated from (when it was), and each value beside what this report says."""
    lines = []
    for before, after in zip(extracted, shown, strict=True):
        names = fields.get(after["event_id"])
        if not names:
            continue
        other = after.get("source") if "source" in names else None
        toll = bool(other) and bool(set(FIGURES) & set(names))
        said = [
            f"{label(f)} {_value(after.get(f), f)} (this report: {_value(before.get(f), f)})"
            for f in names
            if f not in WHERE_READ and not (toll and f in (*FIGURES, "notes"))
        ]
        head = f"{after.get('place') or 'an event'}, {after.get('event_date')}: the stored event "
        if toll:  # its figures revised by a later report (geo.revisions; the note says so)
            head += (
                f"holds the later toll of {other}, {figures(after) or 'no figures'} "
                f"(this report: {figures(before) or 'none'}); saving keeps the later toll"
            )
        else:
            head += f"was updated from another report ({other})" if other else "differs"
        lines.append(head + (": " + ", ".join(said) if said else ""))
    return lines


def _value(value: object, field: str) -> str:
    """A value as the notice writes it: a text of several words in quotes (a note read as part
    of the sentence: 'notes figures revised by ...')."""
    shown = shown_value(value, field)
    if shown == "(empty)":
        return "none"
    return f'"{shown}"' if isinstance(value, str) and " " in value.strip() else shown


def already_stored(records: Sequence[dict], stored_ids: set[str], most: int = 5) -> str:
    """What the review of a report pasted again says of its events the store holds already (by
    id: the same report, place, day, type and weapon), "" when none: "6 of these 7 events are in
    the store already, saved from sumy.txt before; new: Vorozhba". A governor's post pasted
    again with one village more showed every row ticked and no word of which were stored until
    Save said "0 new" (newuser32)."""
    held = [r for r in records if r.get("event_id") in stored_ids]
    if not held:
        return ""
    n, total = len(held), len(records)
    source = records[0].get("source") or "this report"
    where = f"in the store already, saved from {source} before"
    if n == total:
        whole = (
            "The event is" if n == 1 else "Both events are" if n == 2 else f"All {n:,} events are"
        )
        return f"{whole} {where}."
    fresh = [r for r in records if r.get("event_id") not in stored_ids]
    names = list(dict.fromkeys(event_place(r) for r in fresh))
    more = len(names) - most
    named = ", ".join(names[:most]) + (f" and {more:,} more" if more > 0 else "")
    return f"{n:,} of these {total:,} events {'is' if n == 1 else 'are'} {where}; new: {named}."
