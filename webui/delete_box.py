"""The History page's box for taking stored events back out: one event by its id, or every event
one report or imported file added, and an undo of the last delete (``geo.store.delete``,
``undo_delete``: each logged in the history this page shows)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from geo import store
from geo.labels import moment
from geo.long_text import unsteered
from geo.store import removal
from webui.text import counted, literal

ONE, REPORT = "One event", "Every event of one report or file"
READD = "Add again events deleted earlier"


def readd_box(key: str) -> bool:
    """The tick box beside a save that brings back events deleted earlier (left out otherwise)."""
    return st.checkbox(
        READD,
        key=key,
        help="An event you deleted stays deleted when its report is saved or imported again; "
        "tick this to add such events again.",
    )


def withheld(result: store.SaveResult) -> None:
    """The warning of a save that left out events deleted earlier (nothing when none)."""
    if result.withheld:
        st.warning(literal(removal.withheld_note(len(result.withheld), f"'{READD}' ticked")))


def show(history: pd.DataFrame, events: pd.DataFrame) -> None:
    """The folded box under the page's title; a delete or undo reruns the page to show it."""
    if refused := st.session_state.pop("delete_refused", None):
        st.error(literal(refused))
    if done := st.session_state.pop("delete_done", None):
        st.success(literal(done))
        # the id box starts empty again: after an undo it held the id put back, with a live red
        # "Delete 1 event" under it (newuser19)
        st.session_state["delete_event_id"] = ""
    # drawn only once opened: which events the store holds is a query over all of them
    with st.expander("Delete events", key="history_delete_open", on_change="rerun") as box:
        if not box.open:
            return
        writable = store.writable()
        # the undo first, apart from the red delete button: under it, one mis-click after a
        # delete deleted the next file's events (newuser18)
        _undo(history, writable)
        held = set(store.versions(list(events["event_id"].astype(str))))
        how = st.radio("Delete", [ONE, REPORT], horizontal=True, key="delete_how")
        ids = _one(events, held) if how == ONE else _of_report(history, held)
        if not writable:
            st.caption("The store is read-only for you: nothing can be deleted.")
        label = f"Delete {counted(len(ids), 'event')}" if ids else "Delete"
        if st.button(label, type="primary", disabled=not ids or not writable, key="delete_go"):
            result = store.delete(ids)
            st.session_state.delete_done = (
                f"Deleted {counted(len(result.deleted), 'event')}; "
                f"{result.total:,} left in the store. Undo at the top of the box puts them back."
            )
            st.rerun()


def _one(events: pd.DataFrame, held: set[str]) -> list[str]:
    """The event whose id is typed, when the store holds it (one line saying so otherwise)."""
    typed = st.text_input(
        "Event id (as the table below shows it)", key="delete_event_id", placeholder="e.g. sm-…"
    ).strip()
    if not typed:
        return []
    if typed not in held:
        st.error(literal(f"The store holds no event {typed!r}: nothing to delete."))
        return []
    row = events[events["event_id"].astype(str) == typed].iloc[0]
    source = row.get("source")
    # an imported event with no source said "(nan)"
    named = f" ({source})" if isinstance(source, str) and source.strip() else ""
    st.caption(literal(f"{row['event_type']} at {row['place']}, {row['event_date']}{named}"))
    return [typed]


def _of_report(history: pd.DataFrame, held: set[str]) -> list[str]:
    """Every stored event the saves of the chosen report or file added."""
    reports = store.saved_reports()
    names = removal.report_names(history, reports, held)
    if not names:
        st.caption("No saved report or file has events left in the store.")
        return []
    name = st.selectbox(
        "Report or file",
        list(names),
        # (a file's name without direction overrides: "report\u202evsc.exe" read "reportexe.csv")
        format_func=lambda n: f"{unsteered(n)} ({counted(names[n], 'event')})",
        key="delete_report",
    )
    return [e for e in removal.report_event_ids(history, reports, name) if e in held]


def _undo(history: pd.DataFrame, writable: bool) -> None:
    last = removal.last_delete(history)
    if last is None:
        return
    when, who, records = last
    # (a label is Markdown: a teammate's name, kept in the shared history, is shown as typed)
    text = literal(
        f"Undo the last delete ({counted(len(records), 'event')} by {who}, {moment(when)})"
    )
    # the delete the button names goes with the click: a teammate's delete made since, which
    # the rerun would read as the last one, is not undone in its place (attack36)
    st.button(text, disabled=not writable, key="delete_undo", on_click=_put_back, args=(when, who))
    st.divider()  # (what to delete, and the delete button, below it)


def _put_back(when: str, who: str) -> None:
    """The undo button's click: put back the delete it named (before the page is drawn again)."""
    try:
        done = store.undo_delete(expected=(when, who))
    except store.ConflictError as exc:
        st.session_state.delete_refused = str(exc)[:1].upper() + str(exc)[1:] + "."
        return
    if done is not None:
        kept = f"; {len(done.skipped)} saved again since, left as they are" if done.skipped else ""
        st.session_state.delete_done = f"Put back {counted(len(done.restored), 'event')}{kept}."
