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
# the store's interceptions are dated as the README's rule says: an overnight one by the morning;
# two short lines, for one line of 63 characters made the chart wider than a phone's page and cut
# its title ("unched and destroyed per night" at 390 px)
STORED_AXIS = ("day of the stored event", "(overnight: the morning it ended)")
AXIS_LINE_MOST = 40  # characters a line of an axis title may hold to fit a phone's chart


def night_chart(long: pd.DataFrame, axis: str | tuple[str, ...] = NIGHT_AXIS) -> alt.Chart:
    """Grouped bars: launched and destroyed each night (``long`` from geo.tallies.per_night),
    the x axis titled ``axis`` (lines of it, when a tuple)."""
    return (
        alt.Chart(long, title="Launched and destroyed per night")
        .mark_bar()
        .encode(
            x=alt.X("night:O", title=list(axis) if isinstance(axis, tuple) else axis),
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


def _figure(count, measure: str) -> str:
    """A figure in words: "1,204 launched", or "launched not reported" for a missing one (None,
    NaN), never "0 launched"."""
    return f"{measure} not reported" if pd.isna(count) else f"{int(count):,} {measure}"


def totals_words(total: dict, rows: int) -> str:
    """The page's line of totals (``total`` from geo.tallies.totals over ``rows`` rows): a figure
    no row reported reads "launched not reported", never "0 launched"."""
    words = []
    for measure in ("launched", "destroyed"):
        told = total[f"{measure}_told"]
        part = _figure(total[measure] if told else None, measure)
        whole = not told or told == rows
        words.append(part if whole else f"{part} (reported for {told:,} of {rows:,})")
    line = ", ".join(words) if total["launched_told"] else "; ".join(reversed(words))
    shot, share = total["destroyed_of_launched"], f"{total['share_destroyed']:.0%}"
    if total["launched"] and shot == total["destroyed"]:
        line += f" ({share})"
    elif total["launched"]:
        line += f" ({shot:,} of them where the launched figure was told: {share})"
    return line


def add_regions(m: folium.Map, table: pd.DataFrame) -> None:
    """A circle per target region on ``m``, its area following the launches."""
    # a region whose launches were not reported is sized by what was: its destroyed
    size: list[int] = table["launched"].fillna(table["destroyed"]).fillna(0).astype(int).tolist()
    top = max([*size, 1])
    for row, count in zip(table.to_dict("records"), size, strict=True):
        text = html.escape(
            f"{row['region']}: {_figure(row['launched'], 'launched')}, "
            f"{_figure(row['destroyed'], 'destroyed')}, {counted(int(row['waves']), 'wave')}"
        )
        folium.CircleMarker(
            [row["lat"], row["lon"]],
            radius=6 + 24 * (count / top) ** 0.5,
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
