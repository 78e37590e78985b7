"""Import page: events from any readable format of geo.formats.table, checked, then stored."""

from __future__ import annotations

import logging

import pandas as pd
import streamlit as st

from geo import formats
from geo.duplicates import imported_told
from geo.formats.summary import nothing_read
from geo.formats.table import BY_NAME, refused_unit, upload_suffixes
from geo.store import Report, StoreError, reference_ids, save, versions, writable
from webui import data, delete_box, mapview, navigation, uploads
from webui.text import counted, file_name, hide_table_csv_download, listed_notice, literal

navigation.ensure()
LOG = logging.getLogger("sitrep.imports")
st.session_state.setdefault("import_result", None)
st.session_state.setdefault("import_name", "")

st.title("Import events")
st.caption(
    "ACLED CSV exports, UCDP GED CSV, GeoJSON from other tools, GeoPackage, GeoParquet, or a CSV or KML "
    "exported by Sitrep Map. A CSV of your own needs the columns date and type (strike, "
    "fighting, interception, meeting, other) and location (a place name, or lat, lon) or lat "
    "and lon; weapon, killed, injured, status (confirmed, claimed, unverified), claimed by and "
    'notes are read too, however spelt ("Claimed-By", "claimant"); a column no field reads is '
    "named. A KML is read when its placemarks carry event_type (Google Earth pins "
    "do not: give them as such a CSV). Weapons are read from ACLED notes and UCDP headlines. "
    "Nothing is stored until you confirm."
)
GUESS = "guess from the columns"


def _file_key(upload) -> str | None:
    return None if upload is None else str(getattr(upload, "file_id", None) or upload.name)


def _format_picked() -> None:
    """The format chosen is for the file chosen (or, with none yet, for the next one)."""
    st.session_state.import_format_for = _file_key(st.session_state.get("import_upload"))


def _file_chosen() -> None:
    """A new file (or none) clears the last one's result, and is guessed afresh, unless its
    format was picked for it: a CSV's "CSV (ACLED columns)" stayed in the box for the .geojson
    read after it."""
    # the last file's result is not this one's: its summary, map and store button stood under
    # the new file's name until "Read the file"
    st.session_state.update(import_result=None, import_same=None, import_stored=False)
    picked_for = st.session_state.get("import_format_for")
    chosen = _file_key(st.session_state.get("import_upload"))
    if picked_for is None:  # picked before any file: for this one
        st.session_state.import_format_for = chosen
    elif picked_for != chosen:  # a box of a new key: set anew, the browser kept the old value
        st.session_state.import_format_box = st.session_state.get("import_format_box", 0) + 1
        st.session_state.import_format_for = None


upload = st.file_uploader(
    "Events file",
    type=upload_suffixes(),
    key="import_upload",
    on_change=_file_chosen,
    help=f"Up to {formats.MAX_UPLOAD_BYTES // 2**20} MB here; larger files: python -m geo import FILE",
)
fmt = st.selectbox(
    "Format",
    [GUESS, *formats.FORMATS],
    key=f"import_format_{st.session_state.setdefault('import_format_box', 0)}",
    on_change=_format_picked,
    format_func=lambda code: BY_NAME[code].label if code in BY_NAME else code,  # not "gpkg"
)

if st.button("Read the file", type="primary", disabled=upload is None) and upload is not None:
    name = file_name(upload.name)
    try:
        if upload.size > formats.MAX_UPLOAD_BYTES:  # refused before a byte of it is parsed
            raise formats.ImportFormatError(formats.too_big(name, upload.size))
        # (a 20 MB file of a million rows takes 20-30 s: say so, or the page looks idle)
        with (
            st.spinner(f"Reading {literal(name)}…"),
            uploads.one_parse_at_a_time(name),
        ):
            read = formats.read(
                upload.getvalue(),
                name,
                data.gazetteer(),
                None if fmt.startswith("guess") else fmt,
            )
    except formats.UnknownFormatError as exc:  # page words, not the command line's --format
        st.error(literal(exc.page_words))
        st.stop()
    except formats.ImportFormatError as exc:
        st.error(literal(exc))
        st.stop()
    except Exception:  # a reader's bug: one line for the user, the details in the server log
        LOG.exception("reading %r failed", name)
        st.error(f"{literal(name)} could not be read (the error is in the server log)")
        st.stop()
    # events another report or file may have stored already: told once, as the Ingest page does
    same = imported_told(read.frame, data.events()[0])
    st.session_state.update(
        import_result=read, import_name=name, import_same=same, import_stored=False
    )

result: formats.ImportResult | None = st.session_state.import_result
if result is not None and not result.rows:  # nothing in the file: one line, no zero figures
    st.warning(literal(nothing_read(st.session_state.import_name, result)))
elif result is not None:
    st.subheader(f"{literal(st.session_state.import_name)}: {result.format.upper()}")
    a, b, c = st.columns(3)
    a.metric("Rows", f"{result.rows:,}")
    b.metric("Events read", f"{len(result.frame):,}")
    c.metric("Rows refused", f"{len(result.refused):,}")
    if result.located:
        st.caption(
            f"{counted(result.located, 'row')} without coordinates put at the place named "
            "(offline gazetteer, with the row's country and region): a town as the place itself, "
            "a district as near it, a region or country as somewhere in it."
        )
    for note in result.notes:  # what the import assumed (no verification column: unverified)
        st.info(literal(note[0].upper() + note[1:] + "."))
    if result.mapping or result.refused:
        hide_table_csv_download()
    if result.mapping:
        with st.expander("How the columns were mapped"):
            st.dataframe(
                pd.DataFrame(
                    sorted(result.mapping.items()), columns=["Sitrep Map field", "from column"]
                ),
                hide_index=True,
            )
    if result.refused:
        with st.expander(f"Refused rows and why ({len(result.refused):,})", expanded=True):
            unit = refused_unit(result.format)  # a CSV's line 5 (header: 1), a GeoJSON's feature
            st.dataframe(
                pd.DataFrame(result.refused[:500], columns=[unit, "reason"]),
                hide_index=True,
                # the reason gets the room: "did you mean ..." comes early in it
                column_config={unit: st.column_config.NumberColumn(unit, width=70)},
            )
    if len(result.frame):
        mapview.show(result.frame, height=420)
        # once stored, the page says only what the store did (newuser19: "5 already in the
        # store; 0 new" stood right above "Stored 5 new events")
        stored = st.session_state.get("import_stored", False)
        lead, items = st.session_state.get("import_same") or ("", [])
        if not stored and lead:  # one line each, the first 10 (23 in one paragraph, newuser27)
            st.warning(
                listed_notice(
                    lead, items, "Storing the file keeps both: check them on the map first."
                )
            )
        read_only = not writable()
        if read_only:
            st.info("The store is read-only for you: these events can be checked but not stored.")
        ids = result.frame["event_id"].unique()
        held = len(versions(ids))  # the store knows its events by their ids
        new = len(ids) - held
        if held and not stored:
            st.caption(
                f"{counted(held, 'event')} of this file already in the store (stored again only "
                f"where the file changes them); {new:,} new."
            )
        # once stored, the button says so ("Stored 4 new" stood beside "Store these 4 (0 new)")
        if stored:
            label = f"Stored: the file's {counted(len(result.frame), 'event')} are in the store"
        elif held and not new:
            label = f"Store these {counted(len(result.frame), 'event')} again (none new)"
        else:
            label = f"Store these {counted(len(result.frame), 'event')} ({new:,} new)"
        readd = delete_box.readd_box("import_readd")
        if st.button(label, type="primary", disabled=read_only or stored, key="import_store"):
            try:
                saved = save(
                    result.frame,
                    report=Report(st.session_state.import_name, f"import ({result.format})"),
                    protected=reference_ids(data.gazetteer()),
                    readd_deleted=readd,
                )
            except StoreError as exc:
                st.error(f"Nothing stored: {literal(exc)}")
            else:  # shown after a rerun, under a button that says it is done
                st.session_state.update(import_saved=saved, import_stored=True)
                st.rerun()
        if (saved := st.session_state.pop("import_saved", None)) is not None:
            st.success(
                f"Stored {counted(saved.added, 'new event')}; {saved.unchanged:,} already "
                f"there, {saved.updated:,} updated; the store holds {counted(saved.total, 'event')}. "
                "See them on the Map page."
            )
            delete_box.withheld(saved)
            if saved.refused:
                st.warning(
                    f"{counted(len(saved.refused), 'event')} left out: an import cannot replace "
                    "the reference report's events."
                )
    else:
        st.warning(literal(nothing_read(st.session_state.import_name, result)) + ": see why above.")
