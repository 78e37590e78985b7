"""The review on a phone: at :data:`NARROW_PX` or less the review's wide table (nine columns and
more, scrolled sideways at 390 px) gives way to the chosen event's fields stacked one under
another. Both are drawn and the page's CSS shows one of them, so the 1366 px layout is as it was.
A field changed here changes the event itself (``geo.review.with_table_edits`` checks it), which
the table, the map and the save then read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

import streamlit as st

from geo.labels import label
from geo.records import MAX_COUNT
from geo.review import with_table_edits
from geo.vocabulary import EVENT_TYPES, VERIFICATION
from webui.places import event_place
from webui.text import literal, page_style

# Streamlit stacks columns at 640 px and less: the same width turns the table into fields.
NARROW_PX = 640
WIDE_KEY, NARROW_KEY = "ingest_wide", "ingest_narrow"
UNKEPT = "ingest_unkept"  # events the analyst unticks here: not saved


def style() -> None:
    """The rule that shows the wide table or the stacked fields by the page's width."""
    page_style(
        "review_width",
        f"@media (max-width:{NARROW_PX}px){{.st-key-{WIDE_KEY}{{display:none}}}}"
        f"@media (min-width:{NARROW_PX + 1}px){{.st-key-{NARROW_KEY}{{display:none}}}}",
    )


def kept(n: int) -> list[bool]:
    """Whether each of ``n`` events is to be saved, as the stacked fields' box says (the wide
    table's Save column starts from it)."""
    unkept = st.session_state.get(UNKEPT, set())
    return [i not in unkept for i in range(n)]


def on_map(
    shown: list[dict], edited_rows: Mapping[object, Mapping[str, object]], focus: int | None
) -> tuple[list[dict], int | None]:
    """The events the review's map draws, those ticked to be saved (the table's Save column over
    :func:`kept`: an unticked row stayed on the map, counted in "N events on the map"), and the
    position among them of event ``focus`` (None when it is unticked)."""
    ticks = kept(len(shown))
    for key, changes in edited_rows.items():
        i = int(key) if isinstance(key, str) and key.isdigit() else key  # (JSON's keys are text)
        if isinstance(i, int) and 0 <= i < len(ticks) and "keep" in changes:
            ticks[i] = bool(changes["keep"])
    at = None if focus is None or not ticks[focus] else sum(ticks[:focus])
    return [r for r, tick in zip(shown, ticks, strict=True) if tick], at


def unkeep(rows: Iterable[int]) -> None:
    """Events unticked in the wide table, kept unticked when the table is drawn anew."""
    st.session_state[UNKEPT] = set(st.session_state.get(UNKEPT, set())) | set(rows)


def keep(i: int, kept: bool) -> None:
    """Event ``i`` to be saved or not, as a box ticked or unticked says."""
    unkept = set(st.session_state.get(UNKEPT, set()))
    (unkept.discard if kept else unkept.add)(i)
    st.session_state[UNKEPT] = unkept


def _keep(i: int, key: str) -> None:
    keep(i, st.session_state[key])


def _apply(i: int, field: str, key: str) -> None:
    """The field typed into event ``i``, or a notice when the event would not take it."""
    value = st.session_state[key]
    if isinstance(value, date):
        value = value.isoformat()
    records = st.session_state.ingest_records
    edited = with_table_edits(records, {i: {field: value}})
    if edited[i] is records[i]:  # (a record that took the value is a new one)
        st.session_state.ingest_narrow_refused = f"{label(field)}: {value} is not taken"
        return
    records[i] = edited[i]


def show(shown: list[dict], chosen: int) -> None:
    """The stacked fields of event ``chosen`` (``shown``: the events as the review shows them)."""
    record = shown[chosen]
    with st.container(key=NARROW_KEY):
        st.markdown(
            literal(f"Event {chosen + 1} of {len(shown)}: {event_place(record)}")
            + " (choose another in *Review event* above)"
        )
        if refused := st.session_state.pop("ingest_narrow_refused", None):
            st.error(literal(refused))
        run = st.session_state.get("ingest_run", 0)  # a new report's fields start afresh
        key = f"narrow_keep_{run}_{chosen}"
        st.checkbox(
            "Save this event",
            value=kept(len(shown))[chosen],
            key=key,
            on_change=_keep,
            args=(chosen, key),
        )

        def field(kind, name: str, **options) -> None:
            key = f"narrow_{name}_{run}_{chosen}"
            kind(label(name), key=key, on_change=_apply, args=(chosen, name, key), **options)

        types, statuses = list(EVENT_TYPES), list(VERIFICATION)
        field(st.selectbox, "event_type", options=types, index=types.index(record["event_type"]))
        field(st.text_input, "event_date", value=str(record["event_date"]))
        # the category in grey when no system is named: an empty box read as no weapon at all
        category = record.get("weapon_category")
        field(st.text_input, "weapon", value=record.get("weapon") or "",
              placeholder=f"{category}, no system named" if category else None)  # fmt: skip
        # an interception's counts too (at 600 px it had no field for them: newuser25)
        counts = ["fatalities", "injured"]
        if record["event_type"] == "interception" or record.get("launched") is not None:
            counts += ["launched", "destroyed"]
        for name in counts:
            field(st.number_input, name, min_value=0, max_value=MAX_COUNT, step=1,
                  value=record.get(name))  # fmt: skip
        status = record.get("verification")
        field(
            st.selectbox,
            "verification",
            options=statuses,
            index=statuses.index(status) if status in statuses else 0,
        )
        field(st.text_input, "claimed_by", value=record.get("claimed_by") or "")
        st.caption("The precisions, category, actor and notes: in the table on a wider screen.")
