"""The Ingest page's offer to apply a new report's later figures to the event the store already
holds (:mod:`geo.revisions`), beside the duplicate notice that names it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import streamlit as st

from geo.duplicates import StoredMatch, sentence_mates, told_lines
from geo.events import to_frame
from geo.revisions import figures, replaced_by, revised, revises, stored_event
from geo.store import Report, StoreError, save, versions
from webui import review_narrow
from webui.places import event_place
from webui.text import listed_notice, literal

DONE = "ingest_revised"  # the ids of the new report's events applied to a stored one
TOLD = "ingest_revise_told"  # (done, what the last update said) for the rerun after it


def notice(records: Sequence[dict], same: Mapping[str, list[StoredMatch]]) -> None:
    """The duplicate notice: the new events that may already be stored, one a line, but those
    whose figures were applied to the stored event, which are said to be so (the yellow notice
    stayed up after "Update the stored event", newuser27)."""
    done = st.session_state.get(DONE, set())
    lead, items = told_lines([r for r in records if r["event_id"] not in done], same)
    if lead:
        st.warning(
            listed_notice(
                lead,
                items,
                # (no column named: a phone shows the chosen event's fields, not the table)
                'Where it is the same event, untick its Save box ("Save this event" on a '
                "phone), or update the stored event with this report's figures.",
            )
        )
    applied = [
        (r, m[0]) for r in records if r["event_id"] in done and (m := same.get(r["event_id"]))
    ]
    if applied and TOLD not in st.session_state:  # (else the update's own line says it)
        names = list(dict.fromkeys(f"{m.place} {m.event_date}" for _, m in applied))
        st.success(
            literal(
                f"Applied to the stored event{'s' if len(names) > 1 else ''} {', '.join(names)}: "
                "updated with this report's figures, this report's copy unticked."
            )
        )


def show(
    records: Sequence[dict],
    same: Mapping[str, list[StoredMatch]],
    stored,
    report: Report,
    writable: bool,
) -> None:
    """A button per new event whose nearest likely-stored event it gives other figures for:
    "Update the stored event ..." saves the stored event revised (same id, the new figures and
    source, history logged) and unticks the new event, so that Save adds no second one."""
    _told()
    done = st.session_state.setdefault(DONE, set())
    for i, record in enumerate(records):
        matches = same.get(record["event_id"])
        if not matches or record["event_id"] in done:
            continue
        old = stored_event(stored, matches[0].event_id)
        if old is None or not revises(old, record):
            continue
        if later := replaced_by(old, record):  # the older report again: no going back
            st.info(
                literal(
                    f"The stored event {event_place(old)} {old['event_date']} holds the later "
                    f"toll of {later}, {figures(old)}; this report gives the earlier "
                    f"{figures(record)}. Untick Save for this report's copy to keep one event."
                )
            )
            continue
        label = (
            f"Update the stored event {event_place(old)} {old['event_date']} "
            f"({figures(old) or 'no figures'}) with this report's {figures(record)}"
        )
        if st.button(literal(label), key=f"ingest_revise_{i}", disabled=not writable):
            mates = [j for j in sentence_mates(records, i) if _told_as(same, records[j], old)]
            st.session_state[TOLD] = _apply(old, record, report, len(mates))
            if st.session_state[TOLD][0]:
                for j in mates:  # its drone and missile records: one strike, one stored event
                    done.add(records[j]["event_id"])
                    review_narrow.keep(j, False)
            st.rerun()


def _told_as(same: Mapping[str, list[StoredMatch]], record: dict, old: dict) -> bool:
    """Whether ``record`` is told as the stored event ``old`` first."""
    matches = same.get(record["event_id"]) or []
    return bool(matches) and matches[0].event_id == old["event_id"]


def _told() -> None:
    """What the last update did, once, after the rerun that followed it."""
    told = st.session_state.pop(TOLD, None)
    if told:
        (st.success if told[0] else st.error)(told[1])


def _apply(old: dict, record: dict, report: Report, copies: int) -> tuple[bool, str]:
    new = revised(old, record)
    try:
        save(to_frame([new]), report=report, base=versions([old["event_id"]]))
    except StoreError as exc:
        return False, f"Nothing saved: {literal(exc)}"
    return True, literal(
        f"The later figures were applied to the stored event {event_place(old)} "
        f"{old['event_date']} (id {old['event_id']}, now {figures(new)}); its earlier figures "
        "are in its notes and on the History page. "
        + (
            f"This report's {copies} records of it (one sentence, several weapons) are unticked."
            if copies > 1
            else "This report's own copy is unticked."
        )
    )
