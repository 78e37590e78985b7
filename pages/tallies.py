"""Nightly tallies page: launched against destroyed per night and per weapon, targets by region.
The store's interceptions by default; a tally file when one is chosen; the example file only
when the store holds no interception with a figure (newuser24 saw the example beside his own)."""

from __future__ import annotations

import streamlit as st

from geo import tallies
from geo.events import empty_frame
from geo.paths import DATA_DIR
from webui import data, mapview, navigation, tally_chart
from webui.text import counted, file_name, literal

navigation.ensure()

EXAMPLE = DATA_DIR / "tallies" / "example-nightly.csv"


def _file(raw: bytes, name: str) -> tallies.Tallies:
    try:
        read = tallies.read(raw, name)
    except tallies.TallyError as exc:
        st.error(literal(exc))
        st.stop()
    for row, reason in read.refused[:20]:
        st.warning(literal(f"row {row} refused: {reason}"))
    return read


st.title("Nightly tallies")
st.caption(
    "Missiles and drones launched and destroyed per night: the interceptions in the store, or a "
    "tally file in the common public schema (time_start, time_end, model, launch_place, target, "
    "launched, destroyed, source, ...)."
)
upload = st.file_uploader("Tally file (CSV)", type=["csv"], key="tally_file")
events, index = data.events()
stored = tallies.from_events(events[~index.sample])
if upload is not None:
    name = file_name(upload.name)
    frame = _file(upload.getvalue(), name).frame
    where = f"{literal(name)}: {counted(len(frame), 'row')} read"
elif len(stored):
    frame = stored
    where = (
        f"{counted(len(frame), 'interception')} in the store with a launched or destroyed "
        "figure (a figure not reported is no bar)"
    )
else:
    st.info(
        "The store holds no interception with a launched or destroyed figure: showing the "
        "example file (made-up numbers) in the tally schema."
    )
    read = _file(EXAMPLE.read_bytes(), EXAMPLE.name)
    frame = read.frame
    where = f"{EXAMPLE.name}: {len(frame):,} of {counted(read.rows, 'row')} read"
total = tallies.totals(frame)
st.caption(f"{where}; {tally_chart.totals_words(total, len(frame))}")
long = tallies.per_night(frame)
left, right = st.columns(2)
axis = tally_chart.STORED_AXIS if frame is stored else tally_chart.NIGHT_AXIS
left.altair_chart(tally_chart.night_chart(long, axis), width="stretch", key="tally_nights")
right.altair_chart(tally_chart.weapon_chart(long), width="stretch", key="tally_weapons")
regions, unplaced = tallies.by_region(frame, data.gazetteer())
st.subheader("Targets by region")
mapview.show(
    empty_frame(),
    height=480,
    decorate=lambda m: tally_chart.add_regions(m, regions),
)
if unplaced:
    st.caption(literal("Targets with no region: " + ", ".join(sorted(unplaced))))
