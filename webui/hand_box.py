"""The review's box for an event the extractor missed: the analyst types it, and it joins the
review's records (``geo.hand_events.hand_event`` makes the record; this module only shows the
form)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import streamlit as st

from geo.gazetteer import Place
from geo.hand_events import hand_event, no_report_source, saved_hand_events, with_hand_event
from geo.records import MAX_COUNT, EventError
from geo.review import not_found, typed_choices, typed_point, unticked, with_place, with_table_edits
from geo.store import versions
from geo.vocabulary import EVENT_TYPES, HAND_ADDED_STATUS, VERIFICATION, VERIFICATION_MEANINGS
from webui import data, review_narrow
from webui.places import did_you_mean, event_place, into_box
from webui.text import literal


def _form(n: int) -> tuple[bool, dict, str]:
    """The form: whether it was sent, the event's fields and the place as typed."""
    # Enter in a text box does not send the form (Streamlit's default does): a new analyst's Enter
    # after the weapon added a half-typed event and emptied the form before the rest was typed
    with st.form(f"ingest_add_{n}", border=False, enter_to_submit=False):
        a, b, c = st.columns(3)
        kind = a.selectbox("Type", list(EVENT_TYPES), key=f"add_type_{n}")
        where = b.text_input(
            "Place: a name, or lat, lon",
            key=f"add_place_{n}",
            placeholder="e.g. Izium or 49.21, 37.25",
        )
        day = c.date_input(
            "Day",
            value=st.session_state.ingest_published or date.today(),
            format="YYYY-MM-DD",
            key=f"add_day_{n}",
        )
        a, b, c = st.columns(3)
        weapon = a.text_input(
            "Weapon", key=f"add_weapon_{n}", placeholder="e.g. Shahed, Iskander-M"
        )
        killed = _count(b, "Killed", f"add_killed_{n}")
        hurt = _count(c, "Injured", f"add_injured_{n}")
        # an interception's counts, as an imported one has them (none in the form: newuser24)
        a, b = st.columns(2)
        said = "For an interception: weapons launched, and destroyed of them"
        launched = _count(a, "Launched", f"add_launched_{n}", said)
        downed = _count(b, "Destroyed", f"add_destroyed_{n}", said)
        a, b = st.columns(2)
        status = _status(a, n)
        claimed = b.text_input("Claimed by", key=f"add_claimed_by_{n}")
        st.caption(" · ".join(f"*{k}*: {v}" for k, v in VERIFICATION_MEANINGS.items()))
        sent = st.form_submit_button("Add the event")
    fields = {
        "event_type": kind,
        "event_date": day,
        "weapon": weapon,
        "fatalities": killed,
        "injured": hurt,
        "launched": launched,
        "destroyed": downed,
        "verification": status,
        "claimed_by": claimed,
    }
    return sent, fields, where


def _count(box, label: str, key: str, said: str | None = None) -> int | None:
    """A count's box: a whole number from 0, empty until typed."""
    return box.number_input(label, 0, MAX_COUNT, value=None, step=1, key=key, help=said)


def _status(box, n: int) -> str:
    """The status box: an event typed from memory is no confirmation, it starts unverified
    (README, "Verification rule"), and the box says what each status means."""
    return box.selectbox(
        "Status",
        list(VERIFICATION),
        index=VERIFICATION.index(HAND_ADDED_STATUS),
        key=f"add_status_{n}",
        help="\n\n".join(f"**{k}**: {v}" for k, v in VERIFICATION_MEANINGS.items()),
    )


def _missing(fields: dict, where: str) -> list[str]:
    """The form's boxes an event cannot do without that are empty: the place, the day, and who
    claims it when its status is claimed (the form's own words for "claimed")."""
    out = []
    if not where.strip():
        out.append("Place (a name, or lat, lon)")
    if fields["event_date"] is None:
        out.append("Day")
    if fields["verification"] == "claimed" and not str(fields["claimed_by"] or "").strip():
        out.append("Claimed by (who says so, as the status is claimed)")
    return out


def _event(fields: dict, where: str, text: str) -> dict:
    """The event typed, at the place typed (coordinates, or the best of the gazetteer's places
    in the report's context); EventError when it cannot be one."""
    source = st.session_state.ingest_source
    at = typed_point(where)
    if at:
        near = data.geocoder().gazetteer.nearest_town(*at)
        return hand_event(fields, source, point=at, near=near)
    matches = typed_choices(data.geocoder(), where, text, limit=1)
    if where.strip() and not matches:
        raise EventError(not_found(where))
    return hand_event(fields, source, place=matches[0][0] if matches else None)


def show(records: list[dict], text: str, table_edits: Mapping | None = None) -> None:
    """The folded box; an added event is put last in ``st.session_state.ingest_records``, after
    the review table's unsaved edits (``table_edits``: row -> column -> value), which a table
    one row longer would otherwise forget (a killed figure typed, an event unticked)."""
    # The form keeps what was typed when it is refused (a place not found) and starts empty after
    # an event is added: its widgets are keyed by the number of events added so far.
    n = st.session_state.setdefault("ingest_added_count", 0)
    # (with no report: "Add an incident without a report" opened it, nothing was extracted)
    title = "Add an event the extractor missed" if text else "Add an incident by hand"
    with st.expander(title, expanded=not text, key="ingest_add_open"):
        sent, fields, where = _form(n)
        if sent and (missing := _missing(fields, where)):  # what was typed stays in the form
            st.error(literal(f"Not added: fill in {' and '.join(missing)}, then add it again."))
        elif sent:
            try:
                added = _event(fields, where, text)
            except EventError as exc:
                st.error(f"Not added: {literal(exc)}")
                # a misspelt name: a click puts the nearest spelling in the form's place box
                did_you_mean(where, f"add_mean_{n}", into_box(f"add_place_{n}"))
            else:
                edits = table_edits or {}
                review_narrow.unkeep(unticked(edits))
                edited = with_table_edits(records, edits)
                st.session_state.ingest_records = with_hand_event(edited, added)
                # a region's name typed for a town? (its country and region: a town of it)
                region = (
                    (added.get("country") or "", added.get("admin1") or "")
                    if added.get("geo_precision") == 3
                    else None
                )
                st.session_state.ingest_added = (event_place(added), where, region)
                st.session_state.ingest_added_count = n + 1
                st.rerun()
        if added := st.session_state.pop("ingest_added", None):
            at, typed, region = added
            st.success(
                literal(
                    f"Added event {len(records)} at {at}, marked as added by hand: "
                    "check it in the table below, then save."
                )
            )
            # a region's name typed for its town ("Zaporizhia"): a click moves the event there
            # (not under a town found: "Hulyaipole" offered a Poltava village of that spelling;
            # only the region's own towns: "Crimea" offered Culmea in Romania)
            if region:
                did_you_mean(typed, f"add_moved_{n}", _move_last, within=region)
        if moved := st.session_state.pop("ingest_moved", None):
            st.success(literal(f"Event {len(records)} moved to {moved}."))


def _move_last(place: Place) -> None:
    """The event added last moved to ``place`` (a suggestion's)."""
    records = st.session_state.ingest_records
    records[-1] = with_place(records[-1], place)
    st.session_state.ingest_moved = event_place(records[-1])


def start_without_report(published: date | None) -> None:
    """A review with no report (the button's callback): an incident seen on a video, told on
    the phone, or coded from a source that is no text is typed in the form, reviewed and saved
    as a report's events are (newuser40: the form came only with a report's review, and "Extract
    events" with nothing pasted said "nothing to read"). Its source is the name typed, else
    :func:`geo.hand_events.no_report_source`; the incidents added by hand under that source
    before are listed again, as a saved report's are (a second one typed the same is ``ID-2``).
    The name is read from its box's state: a name typed and the button clicked at once reach
    the callback before the page reruns with the name."""
    typed = str(st.session_state.get("ingest_source_name") or "")
    source = typed.strip() or no_report_source(published or date.today())
    saved = saved_hand_events(data.events()[0], source)
    st.session_state.update(
        ingest_records=saved,
        ingest_extracted=[dict(r) for r in saved],
        ingest_corrected={},
        ingest_read=[],
        ingest_same={},
        ingest_held=None,
        ingest_text="",
        ingest_source=source,
        ingest_published=published,
        ingest_versions=versions([r["event_id"] for r in saved]),
        ingest_unkept=set(),
        ingest_run=st.session_state.ingest_run + 1,
        ingest_chosen=None,
        ingest_added_count=st.session_state.get("ingest_added_count", 0) + 1,
    )


def no_report_button(box, published: date | None) -> None:
    """The Ingest page's button beside "Extract events" that opens the form with no report."""
    box.button(
        "Add an incident without a report",
        on_click=start_without_report,
        args=(published,),
        help="Type an incident you know of from no text (a video, a call, your own coding): "
        "the form opens, and the incident is reviewed and saved as a report's events are, "
        "under the Source typed above (else 'added by hand, no report' and the day).",
    )
