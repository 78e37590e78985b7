"""Ingest page: paste or upload a report, review the extracted events, fix them, save them."""

from __future__ import annotations

from datetime import date
from zlib import crc32

import pandas as pd
import streamlit as st

from geo.duplicates import likely_same
from geo.events import to_frame
from geo.extract import publication_from_header
from geo.extract.pasted_reports import reports_found
from geo.hand_events import carried_over, saved_hand_events
from geo.paste_names import paste_name
from geo.precision import PRECISION_SCALES
from geo.records import EventError
from geo.review import (
    EDITABLE,
    checked_frame,
    highlighted,
    not_found,
    person_edits,
    place_choices,
    typed_choices,
    typed_point,
    with_place,
    with_point,
    with_table_edits,
    with_weapon_edit,
)
from geo.store import Report, StoreError, save, versions, with_corrections, writable
from geo.stored_differences import already_stored, notice
from geo.textio import MAX_REPORT_BYTES, ReportError, report_text, too_large
from webui import (
    data,
    delete_box,
    hand_box,
    mapview,
    navigation,
    places,
    reopen_box,
    review_narrow,
    review_table,
    revise_box,
)
from webui.places import AREAS, did_you_mean, event_place, into_box
from webui.text import counted, file_name, hide_table_csv_download, literal, stacked_when_narrow

navigation.ensure()


defaults: dict[str, object] = {
    "ingest_records": None,
    "ingest_extracted": [],
    "ingest_text": "",
    "ingest_source": "",
    "ingest_published": None,
    "ingest_source_name": "",
    "ingest_versions": {},
    "ingest_corrected": {},
    "ingest_read": [],
    "ingest_same": {},
    "ingest_run": 0,  # one more at each extraction: the review's widgets are keyed by it
}
for key, default in defaults.items():
    st.session_state.setdefault(key, default)

st.title("Ingest a report")
st.caption(
    "Paste a report or upload a .txt, .md or .html file. Events are extracted offline, shown on the "
    "map and in the table; fix what is wrong, then save them beside the earlier ones."
)
reopen_box.show()


paste_tab, upload_tab = st.tabs(["Paste text", "Upload a file"])
with paste_tab:
    # no max_chars: the browser would drop a longer paste without a word; the limit is checked here
    pasted = st.text_area(
        "Report text", height=220, key="ingest_paste", on_change=reopen_box.paste_changed
    )
    pasted_bytes = len(pasted.encode("utf-8", "surrogatepass"))
    if pasted_bytes > MAX_REPORT_BYTES:
        st.error(literal(too_large("The pasted text", pasted_bytes)))
with upload_tab:
    upload = st.file_uploader(
        "Report file",
        type=["txt", "md", "html", "htm"],
        key="ingest_upload",
        on_change=reopen_box.file_chosen,
        help=f"Up to {MAX_REPORT_BYTES // 2**20} MB; UTF-8, UTF-16, cp1251 and cp1252 are recognised",
    )
left, right = st.columns(2)
source_name = left.text_input(
    "Source (report name)",
    key="ingest_source_name",
    placeholder="e.g. agency-2025-03-14.txt",
)
# (unkeyed: keyed, a cold app's first extraction found it off, dating a pasted report today)
use_header = right.checkbox(  # off for a reopened report with a saved day: a new box
    "Publication date from the report's first lines", st.session_state.ingest_reopened_day is None
)


def _text_now() -> str:
    """The report as it stands (uploaded or pasted), or "" when there is none or it is unreadable."""
    try:
        if upload is not None:
            return report_text(upload.getvalue(), file_name(upload.name))
        if pasted.strip():
            return report_text(pasted.encode("utf-8"), "the pasted text")
    except ReportError:
        pass
    return ""


# The box shows the date the extractor will use: the report's own when it is read from it.
found = publication_from_header(_text_now()) if use_header else None
published_input = right.date_input(
    "Publication date",
    value=found.day if found else st.session_state.ingest_reopened_day or date.today(),
    format="YYYY-MM-DD",
    disabled=use_header,
    help='Relative dates in the report ("on Thursday") are counted from this day',
)
if use_header and not found:
    right.caption("No date in the report's first lines: today is used.")
elif use_header and found is not None and found.month:
    right.caption(
        "The title names a month, not a day: its entries take that year, published by the "
        f"month's end ({found.day.isoformat()})."
    )

buttons = st.container(horizontal=True)  # side by side, each as wide as its name
extracting = buttons.button("Extract events", type="primary")
hand_box.no_report_button(buttons, published_input)
if extracting:
    try:
        if upload is not None:
            if upload.size > MAX_REPORT_BYTES:  # refused before a byte of it is decoded
                raise ReportError(too_large(file_name(upload.name), upload.size))
            text = report_text(upload.getvalue(), file_name(upload.name))
        elif pasted.strip():
            text = report_text(pasted.strip().encode("utf-8"), "the pasted text")  # (review36)
        else:
            raise ReportError("nothing to read: paste a report or choose a file first")
    except ReportError as exc:
        st.error(literal(exc))
        st.stop()
    header = publication_from_header(text)
    published = (header.day if header else date.today()) if use_header else published_input
    source = source_name.strip() or paste_name(text)  # a text stored before: its name again
    extracted, warnings = data.extractor().extract_with_warnings(text, source, published)
    for warning in warnings:  # e.g. a text that does not look like English
        st.warning(literal(warning[:1].upper() + warning[1:]))
    if several := reports_found(text):  # each dateline's events from its own day (newuser25)
        st.info(literal(several) + ".")
    read_here = [dict(r) for r in extracted]  # what this report says (the notice's "this report")
    try:  # an analyst's stored correction is shown where saving would keep it
        extracted, corrected = with_corrections(extracted)
    except StoreError as exc:
        st.warning(f"Stored corrections could not be read: {literal(exc)}")
        corrected = {}
    same_report = text == st.session_state.ingest_text  # events added by hand stay in its review
    previous = (st.session_state.ingest_records or []) if same_report else []
    saved = saved_hand_events(data.events()[0], source)  # added by hand to a saved review
    reviewed = carried_over(extracted, [*previous, *saved])
    st.session_state.update(
        ingest_records=reviewed,
        ingest_extracted=[dict(r) for r in extracted],  # as the review first shows them
        ingest_corrected=corrected,
        ingest_read=notice(read_here, extracted, corrected),  # plain words, one line an event
        ingest_same=likely_same(extracted, data.events()[0]),  # told by other reports?
        ingest_held=already_stored(extracted, set(data.events()[0]["event_id"])),  # saved before?
        ingest_text=text,
        ingest_source=source,
        ingest_published=published,
        ingest_versions=versions([r["event_id"] for r in reviewed]),  # what this analyst saw
        ingest_unkept=set(),  # review_narrow.UNKEPT: every event of a new extraction kept
        # a new report's review boxes and hand-add form start afresh (they showed the last one's)
        ingest_run=st.session_state.ingest_run + 1,
        ingest_chosen=None,  # the map opens on every event; a pick in "Review event" centres it
        ingest_added_count=st.session_state.get("ingest_added_count", 0) + 1,
    )
    if not extracted and not warnings and not reviewed:  # (events added by hand: listed below)
        st.warning(
            "No events found: the text names no place where something happened (strike, fighting, "
            "interception, meeting). Check that it is a report in English; events from another tool's "
            "file come in on the Import events page."
        )


records: list[dict] | None = st.session_state.ingest_records
run = st.session_state.ingest_run
if records:
    text = st.session_state.ingest_text
    st.subheader(
        f"{counted(len(records), 'event')} {'found in' if text else 'added by hand as'} "
        + literal(st.session_state.ingest_source)  # (no report: none was found)
    )
    if held := st.session_state.get("ingest_held"):  # pasted again: which are stored
        st.caption(literal(held))
    corrected = st.session_state.ingest_corrected
    if corrected:
        lines = st.session_state.ingest_read
        st.info(
            f"{counted(len(corrected), 'event')} of this report "
            f"{'is' if len(corrected) == 1 else 'are'} stored with other values than this report "
            "gives; the review shows the stored ones and saving keeps them:\n\n"
            + "\n".join(f"- {literal(line)}" for line in lines)
        )
    same = st.session_state.ingest_same
    if same:
        revise_box.notice(records, same)  # one line each: a paragraph filled a phone
        published = st.session_state.ingest_published
        this_report = Report(
            st.session_state.ingest_source, text, published.isoformat() if published else None
        )
        revise_box.show(records, same, data.events()[0], this_report, writable())
    map_col, review_col = stacked_when_narrow("ingest_map_row").columns([3, 2], gap="medium")
    with map_col:  # centred on the event chosen in the review box (drawn after the map)
        focus = st.session_state.get("ingest_chosen")
        focus = focus if isinstance(focus, int) and 0 <= focus < len(records) else None
        table_state = st.session_state.get("ingest_table") or {}
        shown = with_table_edits(records, table_state.get("edited_rows", {}))  # as edited below
        drawn, at = review_narrow.on_map(shown, table_state.get("edited_rows", {}), focus)
        mapview.show(to_frame(drawn), height=430, focus=at)  # the events ticked to be saved
    with review_col:
        labels = [
            f"{i + 1}. {r['event_type']} · {event_place(r)} · {r['event_date']}"
            for i, r in enumerate(records)
        ]
        # keyed by its labels: an event moved or edited showed its old label ("1. strike · Sumy")
        row_key = f"ingest_row_{run}_{crc32(chr(10).join(labels).encode()):x}"
        chosen = st.selectbox(
            "Review event",
            range(len(records)),
            index=min(int(st.session_state.get("ingest_chosen") or 0), len(records) - 1),
            format_func=labels.__getitem__,
            key=row_key,  # (the choice kept apart, for the map above and the box after an edit)
            on_change=lambda k=row_key: st.session_state.update(ingest_chosen=st.session_state[k]),
        )
        record = records[chosen]
        st.markdown(
            f"<div style='max-height:190px;overflow:auto;font-size:0.9em'>"
            f"{highlighted(text, record.get('span_start'), record.get('span_end'))}</div>",
            unsafe_allow_html=True,  # highlighted() escapes every character of the report
        )

        options = place_choices(data.geocoder(), record, text)
        names = [places.candidate_line(p, s, record) for p, s in options]
        # None when the event is at none of them (moved): the first showed as if it were there
        current = next((i for i, (p, _) in enumerate(options) if places.at_place(record, p)), None)
        place_now = f"{record['place']}|{record['lat']}|{record['lon']}"
        if options:
            pick = st.selectbox(
                "Place (ranked candidates)",
                range(len(options)),
                index=current,
                format_func=names.__getitem__,
                placeholder=f"Now at {event_place(record)}: choose one to move the event there",
                # (and by the event's place: a pick kept from before a move would move it back)
                key=f"ingest_place_{run}_{chosen}_{crc32(place_now.encode()):x}",
            )
            if pick is not None and pick != current:
                records[chosen] = with_place(record, options[pick][0])
                st.rerun()
        typed = st.text_input(
            "Another place: type its name, or lat, lon",
            key=f"ingest_typed_{run}_{chosen}",
            placeholder="e.g. Novyi Trud, Donetsk or 48.19, 37.25",
            help="A name is looked up in the gazetteer (candidates ranked as above); "
            "coordinates put the event exactly there",
        )
        point, bad = None, False
        try:
            point = typed_point(typed)
        except EventError as exc:
            st.error(literal(exc))
            bad = True
        there = point == (record["lat"], record["lon"])  # moved: no button to move it again
        if point and places.move_button(chosen + 1, f"{point[0]}, {point[1]}", there):
            near = data.geocoder().gazetteer.nearest_town(*point)
            records[chosen] = with_point(record, *point, near)
            st.rerun()
        if typed.strip() and not point and not bad:
            candidates = typed_choices(data.geocoder(), typed, text)
            # a name not found, or only as a region ("Zaporizhia"): a click on a nearer spelling
            # puts it in the box (a town found gets its candidates only: not Bryanka for Bryansk)
            box = into_box(f"ingest_typed_{run}_{chosen}")
            towns = any(p.feature not in AREAS for p, _ in candidates)
            if not towns and not did_you_mean(typed, f"ingest_mean_{run}_{chosen}", box):
                if not candidates:
                    st.caption(literal(not_found(typed, data.geocoder())))
            if candidates:
                take = st.selectbox(
                    "Typed place (ranked candidates)",
                    range(len(candidates)),
                    format_func=[
                        places.candidate_line(p, s, record) for p, s in candidates
                    ].__getitem__,
                    key=f"ingest_typed_pick_{run}_{chosen}",
                )
                there = places.at_place(record, candidates[take][0])
                if places.move_button(chosen + 1, places.shown_name(candidates[take][0]), there):
                    records[chosen] = with_place(record, candidates[take][0])
                    st.rerun()

    hand_box.show(records, text, table_state.get("edited_rows", {}))

    # At 640 px or less the chosen event's fields stacked, instead of the wide table (CSS)
    review_narrow.style()
    review_narrow.show(shown, chosen)
    table = pd.DataFrame(records)  # the weapon's category as it will be stored ("KAB": glide bomb)
    table["weapon_category"] = [r.get("weapon_category") for r in shown]
    table["place"] = [event_place(r) for r in records]  # shown only: the column is not edited
    table.insert(0, "keep", review_narrow.kept(len(records)))
    table["maybe stored as"] = [
        ", ".join(f"{m.place} {m.event_date} ({m.source})" for m in same.get(r["event_id"], []))
        for r in records
    ]
    for column, scale in PRECISION_SCALES.items():  # words in the table, numbers in the store
        table[column] = table[column].map(lambda v, scale=scale: scale(v).words if v else None)
    counts = ("fatalities", "injured", "launched", "destroyed")
    # whole numbers or blank: a column of Nones (no toll) showed "None" in each cell (newuser24)
    table[list(counts)] = table[list(counts)].apply(pd.to_numeric).astype("Int64")
    blank = [c for c in EDITABLE if c not in PRECISION_SCALES and c not in counts]
    table[blank] = table[blank].astype(object).where(table[blank].notna(), "")  # not "None"
    hide_table_csv_download()
    tables = review_table.box()  # at a tablet's width the first columns only (newuser24)
    # What an analyst edits first, narrow: at 1366 px no sideways scroll; the precisions,
    # category, actor, notes follow (the category beside the weapon: "drone" when none is named)
    first = ["keep", "place", "event_type", "event_date", "weapon", "weapon_category"]
    first += ["fatalities", "injured"]
    first += ["verification", "claimed_by"]
    edited = tables.container(key=review_narrow.WIDE_KEY).data_editor(
        table[["keep", "place", *EDITABLE, "maybe stored as"]],
        key="ingest_table",
        hide_index=True,
        num_rows="fixed",
        width="stretch",
        disabled=["place", "maybe stored as"],
        column_order=[*first, *(c for c in (*EDITABLE, "maybe stored as") if c not in first)],
        column_config=review_table.columns(),
        placeholder="",  # an empty cell, not Streamlit's "None" (newuser24)
    )
    review_table.compact(tables, table)
    for column, scale in PRECISION_SCALES.items():
        by_words = {p.words: int(p) for p in scale}
        edited[column] = edited[column].map(lambda v, by_words=by_words: by_words.get(v))
    read_only = not writable()
    if read_only:
        st.info("The store is read-only for you: events can be reviewed here but not saved.")
    readd = delete_box.readd_box("ingest_readd")
    if st.button("Save to the store", type="primary", disabled=read_only):
        rows = []
        for original, (_, row) in zip(records, edited.iterrows(), strict=True):
            if row["keep"]:
                changed = {
                    k: (None if pd.isna(row[k]) or row[k] == "" else row[k]) for k in EDITABLE
                }
                rows.append(with_weapon_edit(original, {**original, **changed}))
        try:
            frame = checked_frame(rows)
            published = st.session_state.ingest_published
            edits = person_edits(st.session_state.ingest_extracted, rows)
            result = save(
                frame,
                report=Report(
                    st.session_state.ingest_source,
                    text,
                    published.isoformat() if published else None,
                ),
                base=st.session_state.ingest_versions,
                edited=edits,
                readd_deleted=readd,
            )
            st.session_state.ingest_versions = versions(frame["event_id"])
        except (EventError, StoreError) as exc:
            st.error(f"Nothing saved: {literal(exc)}")
        else:
            kept = f"{counted(result.kept, 'event')} kept as stored (this report's older "
            kept = f"{kept}values not written over the stored ones). " if result.kept else ""
            # (an analyst's fix of a new event is saved with it: "0 corrected" alone read as lost)
            yours = (
                f"Your changes to {counted(len(edits), 'event')} are kept and listed in History. "
                if edits
                else ""
            )
            stored = "stored event" if result.updated == 1 else "stored events"
            st.success(
                f"Saved {counted(result.added, 'new event')}, {result.updated:,} {stored} corrected "
                f"and {result.unchanged:,} unchanged; the store now holds "
                f"{counted(result.total, 'event')}. {yours}{kept}See them on the Map page."
            )
            delete_box.withheld(result)
elif records is not None:  # nothing extracted: the analyst may still add what the report says
    hand_box.show(records, st.session_state.ingest_text)
