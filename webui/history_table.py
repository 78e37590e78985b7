"""The History page's table, as HTML that wraps its text: the data grid cut "Dnipropetrovsk
region, 2025-0" at 1366 px and put "Fields" past the right edge at 768 px (newuser24); a grid
cell cannot wrap. The newest :data:`ROWS` changes are shown, every cell escaped (a report's text
is shown as typed, never as markup)."""

from __future__ import annotations

import html
import re

import pandas as pd
import streamlit as st

from geo.long_text import unsteered

NARROW_PX = 640  # Streamlit stacks columns at this width and less: so do the changes
ROWS = 1_000  # the newest; the event id and who boxes narrow the rest down
# (column, header); what changed second, so that a narrow window shows it beside the event
COLUMNS = (
    ("event", "Event (place, date)"),
    ("kind", "Kind"),  # two records of one place and day told apart (newuser34)
    ("changes", "Fields"),
    ("when", "When"),
    ("who", "Who"),
    ("action", "What"),
    ("event_id", "Event id"),
)
# Words whole and headers on one line (min-content is then the longest word: "Belgorod", "Who",
# "update" broke mid-word), but for the fields, which hold a report's sentences, and the id.
STYLE = (
    "<style>.sm-history{width:100%;border-collapse:collapse;font-size:0.875rem;"
    "table-layout:auto}.sm-history th,.sm-history td{text-align:left;vertical-align:top;"
    "padding:0.35rem 0.5rem;border-bottom:1px solid rgba(49,51,63,0.15);"
    "overflow-wrap:normal;word-break:normal;white-space:normal}"
    ".sm-history th{font-weight:600;color:rgba(49,51,63,0.7);white-space:nowrap}"
    ".sm-history td.sm-changes{overflow-wrap:anywhere;min-width:12rem}"
    # an id on one line ("sm-65f86287c761": the Kind column broke it over three, newuser34); a
    # run of over 40 characters (an import's id) still breaks anywhere
    ".sm-history td.sm-event_id{font-family:monospace;font-size:0.8rem;white-space:nowrap}"
    # a run no word is as long as (a place of 500 letters, cut by geo.long_text): broken anywhere
    # in it alone, so that short words stay whole and the run never widens the page (attack31)
    ".sm-history .sm-run{overflow-wrap:anywhere;white-space:normal}"
    # A phone: each change a block of labelled lines (at 390 px the six columns made the page
    # 551 px wide, "Who", "What" and the id past the edge: newuser29)
    f"@media (max-width:{NARROW_PX}px){{.sm-history thead{{display:none}}"
    ".sm-history,.sm-history tbody,.sm-history tr,.sm-history td{display:block;width:100%;"
    "box-sizing:border-box}.sm-history tr{border-bottom:1px solid rgba(49,51,63,0.25);"
    "padding:0.3rem 0}.sm-history td{border-bottom:none;padding:0.1rem 0.25rem;min-width:0}"
    ".sm-history td.sm-changes{min-width:0}.sm-history td::before{content:attr(data-label) ': ';"
    "font-weight:600;color:rgba(49,51,63,0.7)}}"
    "</style>"
)


def table_html(lines: pd.DataFrame) -> str:
    """The rows of ``lines`` (:func:`geo.changes.readable`) as an HTML table, every cell
    escaped; each cell of the class of its column ("sm-event_id": monospace, to copy)."""
    head = "".join(f"<th>{html.escape(title)}</th>" for _, title in COLUMNS)
    body = []
    for row in lines[[c for c, _ in COLUMNS]].itertuples(index=False, name=None):
        cells = [
            f"<td class='sm-{c}' data-label='{html.escape(title)}'>{_escaped(_text(v))}</td>"
            for (c, title), v in zip(COLUMNS, row, strict=True)
        ]
        body.append(f"<tr>{''.join(cells)}</tr>")
    return f"{STYLE}<table class='sm-history'><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


# longer than any word of a place, a field's label or a value ("Dnipropetrovsk", a date and time)
_RUN = re.compile(r"\S{41,}")


def _escaped(text: str) -> str:
    """``text`` escaped and without direction controls, each run of over 40 characters without a
    space in a span that may break anywhere."""
    text = html.escape(unsteered(text))  # the cells' texts are cut by geo.changes
    return _RUN.sub(lambda m: f"<span class='sm-run'>{m.group()}</span>", text)


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def show(lines: pd.DataFrame) -> None:
    """The newest :data:`ROWS` of ``lines``, and a line saying when there are more."""
    if len(lines) > ROWS:
        st.caption(f"The newest {ROWS:,} are shown: narrow them by event id or who.")
    st.html(table_html(lines.head(ROWS)))
