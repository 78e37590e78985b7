"""Charts and map of nightly tallies (geo.tallies): launched against destroyed, per night and
per weapon, and the target regions on a map."""

from __future__ import annotations

import html

import altair as alt
import folium
import pandas as pd

from webui.text import counted

COLOURS = alt.Scale(domain=["launched", "destroyed"], range=["#d62728", "#1f77b4"])


NIGHT_AXIS = "night (evening's date)"
# the store's interceptions are dated as the README's rule says: an overnight one by the morning
STORED_AXIS = "day of the stored event (overnight: the morning the night ended)"


def night_chart(long: pd.DataFrame, axis: str = NIGHT_AXIS) -> alt.Chart:
    """Grouped bars: launched and destroyed each night (``long`` from geo.tallies.per_night),
    the x axis titled ``axis``."""
    return (
        alt.Chart(long, title="Launched and destroyed per night")
        .mark_bar()
        .encode(
            x=alt.X("night:O", title=axis),
            xOffset=alt.XOffset("measure:N", sort=["launched", "destroyed"]),
            y=alt.Y("sum(count):Q", title="missiles and drones"),
            color=alt.Color("measure:N", scale=COLOURS, title=None),
            tooltip=["night:O", "measure:N", alt.Tooltip("sum(count):Q", title="count")],
        )
    )


def weapon_chart(long: pd.DataFrame) -> alt.Chart:
    """Horizontal grouped bars: launched and destroyed per weapon over the whole file."""
    order = (
        long[long["measure"] == "launched"]
        .groupby("weapons")["count"]
        .sum()
        .sort_values(ascending=False)
        .index.tolist()
    )
    return (
        alt.Chart(long, title="Launched and destroyed per weapon")
        .mark_bar()
        .encode(
            y=alt.Y("weapons:N", sort=order, title=None),
            yOffset=alt.YOffset("measure:N", sort=["launched", "destroyed"]),
            x=alt.X("sum(count):Q", title="missiles and drones"),
            color=alt.Color("measure:N", scale=COLOURS, title=None),
            tooltip=["weapons:N", "measure:N", alt.Tooltip("sum(count):Q", title="count")],
        )
    )


def add_regions(m: folium.Map, table: pd.DataFrame) -> None:
    """A circle per target region on ``m``, its area following the launches."""
    top = max(int(table["launched"].max()), 1) if len(table) else 1
    for row in table.to_dict("records"):
        text = html.escape(
            f"{row['region']}: {row['launched']} launched, {row['destroyed']} destroyed, "
            f"{counted(int(row['waves']), 'wave')}"
        )
        folium.CircleMarker(
            [row["lat"], row["lon"]],
            radius=6 + 24 * (row["launched"] / top) ** 0.5,
            color="#d62728",
            weight=1,
            fill=True,
            fill_opacity=0.45,
            tooltip=text,
            class_name="sm-tally-region",
        ).add_to(m)
    if len(table):
        m.fit_bounds(
            [[table["lat"].min(), table["lon"].min()], [table["lat"].max(), table["lon"].max()]],
            padding=(30, 30),
            max_zoom=7,
        )
