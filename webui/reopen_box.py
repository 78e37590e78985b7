"""The Ingest page's folded box "Open a saved report": a report the store keeps (anyone's, on a
shared store) back in the paste box, with its name and publication day, so that a colleague can
correct its events. The only way to correct a stored event was to paste its report again, and a
colleague who had not the text (a phone call typed in by another analyst) could not (newuser39)."""

from __future__ import annotations

from datetime import date

import streamlit as st

from geo import store
from geo.store import StoreError
from webui.text import file_name, literal

OPEN_KEY = "ingest_reopen_open"
CHOICE_KEY = "ingest_reopen_choice"
TEXT_KEY = "ingest_reopened_text"  # the reopened report's text, as put in the paste box


def _reports() -> dict[str, str]:
    """The saved reports, newest first: hash -> "name · published DAY · saved WHEN"."""
    rows = store.saved_reports().iloc[::-1].drop_duplicates("sha256")
    return {
        str(r.sha256): " · ".join(
            p
            for p in (
                str(r.source),
                f"published {r.published}" if isinstance(r.published, str) and r.published else "",
                f"saved {str(r.saved_at)[:16].replace('T', ' ')}",
            )
            if p
        )
        for r in rows.itertuples()
    }


def _open() -> None:
    """Put the chosen report in the paste box, with its name and its publication day."""
    report = store.saved_report(st.session_state[CHOICE_KEY])
    if report is None:
        return
    try:
        day = date.fromisoformat(report.published) if report.published else None
    except ValueError:
        day = None
    st.session_state.update(
        ingest_paste=report.text,
        ingest_source_name=report.source,
        ingest_reopened_day=day,  # its own day, not today's, counts "on Thursday"
        ingest_reopened=report.source,
        **{TEXT_KEY: report.text},
    )


def forget() -> None:
    """Another report than the reopened one (a file chosen, or other text pasted): the
    publication-day box back to the report's own lines, and no "Opened" line (review39: a
    report pasted after one opened took the opened one's day). Nothing when none was opened."""
    if st.session_state.get(TEXT_KEY) is None:
        return
    st.session_state.update(ingest_reopened_day=None, ingest_reopened=None, **{TEXT_KEY: None})


def paste_changed() -> None:
    """The paste box's text changed: unless it is the reopened report's, forget that one."""
    if st.session_state.get("ingest_paste") != st.session_state.get(TEXT_KEY):
        forget()


def file_chosen() -> None:
    """A chosen file names the source (the field keeps its key, so typing in it is not lost),
    and is another report than the reopened one."""
    chosen = st.session_state.ingest_upload
    if chosen is not None:
        forget()
        st.session_state.ingest_source_name = file_name(chosen.name)


def show() -> None:
    """The folded box; once a report is opened, a line saying what to do next. Sets the page's
    defaults of the publication-day box it fills (before the page draws it)."""
    st.session_state.setdefault("ingest_reopened_day", None)
    with st.expander(
        "Open a saved report (to correct its events)", key=OPEN_KEY, on_change="rerun"
    ) as box:
        if box.open:
            try:
                reports = _reports()
            except StoreError as exc:
                st.error(literal(exc))
                return
            if not reports:
                st.caption("The store holds no saved report yet.")
                return
            st.selectbox(
                "Saved report",
                list(reports),
                format_func=reports.__getitem__,
                key=CHOICE_KEY,
                help="Every report saved to this store, by anyone, newest first",
            )
            st.button("Open it in the paste box", on_click=_open)
    if opened := st.session_state.get("ingest_reopened"):
        st.info(
            literal(
                f"Opened {opened}: click Extract events. The review shows its events as stored "
                "(with the corrections saved since); fix what is wrong and Save: each change is "
                "an edit, listed on the History page with your name."
            )
        )
