"""Nightly tallies page: launched against destroyed per night and per weapon, targets by region."""

from __future__ import annotations

import streamlit as st

from geo import tallies
from geo.events import empty_frame
from geo.paths import DATA_DIR
from webui import data, mapview, navigation, tally_chart
from webui.text import counted, file_name, literal

navigation.ensure()

EXAMPLE = DATA_DIR / "tallies" / "example-nightly.csv"

st.title("Nightly tallies")
st.caption(
    "Missiles and drones launched and destroyed per night, in the common public schema "
    "(time_start, time_end, model, launch_place, target, launched, destroyed, source, ...)."
)
upload = st.file_uploader("Tally file (CSV)", type=["csv"], key="tally_file")
if upload is None:
    st.info("No file chosen: showing the example file (made-up numbers) in that schema.")
    raw, name = EXAMPLE.read_bytes(), EXAMPLE.name
else:
    raw, name = upload.getvalue(), file_name(upload.name)
try:
    read = tallies.read(raw, name)
except tallies.TallyError as exc:
    st.error(literal(exc))
    st.stop()
for row, reason in read.refused[:20]:
    st.warning(literal(f"row {row} refused: {reason}"))
total = tallies.totals(read.frame)
st.caption(
    f"{literal(name)}: {len(read.frame):,} of {counted(read.rows, 'row')} read; {total['launched']:,} "
    f"launched, {total['destroyed']:,} destroyed ({total['share_destroyed']:.0%})"
)
long = tallies.per_night(read.frame)
left, right = st.columns(2)
left.altair_chart(tally_chart.night_chart(long), width="stretch", key="tally_nights")
right.altair_chart(tally_chart.weapon_chart(long), width="stretch", key="tally_weapons")
regions, unplaced = tallies.by_region(read.frame, data.gazetteer())
st.subheader("Targets by region")
mapview.show(
    empty_frame(),
    height=480,
    decorate=lambda m: tally_chart.add_regions(m, regions),
)
if unplaced:
    st.caption(literal("Targets with no region: " + ", ".join(sorted(unplaced))))
