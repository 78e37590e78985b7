"""The Map page's time chart: events per day or week (geo.timeline), stacked by weapon category
or event type; brushing a range sets the date filter, and so the page address."""

from __future__ import annotations

from datetime import date, timedelta

import altair as alt
import streamlit as st

from geo import timeline
from geo.filtering import EventIndex, Filters
from geo.layers import CATEGORY_COLOURS

KEY = "time_chart"
OPEN_KEY = "chart_open"
BRUSH = "brush"
_SIZE_KEY = "time_chart_size"
_BY = {"weapon_category": "Weapon category", "event_type": "Event type"}
# the bars' length: a week-on-week trend over less than 120 days was not to be had, only days
# (the README sent the reader to a spreadsheet: newuser40)
_BINS = {"span": "day or week, by the span", "day": "day", "week": "week"}
# two: three columns of "air defence missile", "ballistic missile" ran past a phone's chart
# (390 px wide: "artille", "glide", "rocke" cut off); two fit it and every wider one
LEGEND_COLUMNS = 2


def _brushed() -> None:
    """Runs before the rerun a brush causes: the brushed bins become the date filter (the
    sidebar's date box, which writes the address). A cleared brush leaves the dates alone."""
    ends = st.session_state[KEY]["selection"].get(BRUSH, {}).get("start")
    if not ends:
        return
    try:
        since, until = timeline.brushed_dates(ends, st.session_state.get(_SIZE_KEY, "day"))
    except ValueError:
        return  # not a range the chart can give; nothing to change
    st.session_state["f_dates"] = (since, until)


MOST_TICKS = 10
# whole events on the count axis: two days of one event each were marked 0.2, 0.4 ... 1.0
# (newuser39)
WHOLE_EVENTS = alt.Axis(tickMinStep=1, format="d")


def tick_days(counts) -> list[str]:
    """The days the time axis marks: bin starts (each day, or each week's Monday) from the first
    bin to the last, every n-th so that at most :data:`MOST_TICKS` are marked. Left to Vega, a
    span of a few days was marked at noon too, and "06 Dec 2026" read twice under one bar
    (newuser39)."""
    if counts.empty:
        return []
    unit = 7 if counts.attrs.get("size", "day") == "week" else 1
    first, last = date.fromisoformat(min(counts["start"])), date.fromisoformat(max(counts["start"]))
    bins = (last - first).days // unit + 1
    step = unit * -(-bins // MOST_TICKS)
    return [
        (first + timedelta(days=d)).isoformat() for d in range(0, (last - first).days + 1, step)
    ]


def chart(counts, by: str) -> alt.Chart:
    """Stacked bars of ``counts`` (:func:`geo.timeline.counts`), an x brush named ``brush``.

    Drawn as SVG, so each bar carries its numbers in an ``aria-label``, and on a UTC time
    scale, so a bin sits on its dates whatever the viewer's time zone."""
    present = sorted(set(counts["group"]))
    if by == "weapon_category":  # the map legend's colours, for the categories charted
        shades = [CATEGORY_COLOURS.get(g, CATEGORY_COLOURS["none"]) for g in present]
        colour = alt.Scale(domain=present, range=shades)
    else:
        colour = alt.Scale(domain=present, scheme="tableau10")
    size = counts.attrs.get("size", "day")
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X(
                "start:T",
                title=f"events per {size}",
                scale=alt.Scale(type="utc"),
                axis=alt.Axis(format="%d %b %Y", values=tick_days(counts), labelOverlap=True),
            ),
            x2="end:T",
            y=alt.Y("sum(count):Q", title="events", stack="zero", axis=WHOLE_EVENTS),
            # under the bars, in columns: the bars and their axis take the column's whole width
            # (beside them, in two columns, the legend took a third of it: the axis stopped
            # short of the caption under it), and all eleven weapon categories show (in one
            # column beside the bars the last three were cut off)
            color=alt.Color(
                "group:N",
                scale=colour,
                title=_BY[by],
                legend=alt.Legend(
                    orient="bottom",
                    direction="horizontal",
                    columns=LEGEND_COLUMNS,
                    symbolLimit=0,
                    labelLimit=0,
                ),
            ),
            tooltip=[
                alt.Tooltip("utcyearmonthdate(start):T", title="from", format="%Y-%m-%d"),
                alt.Tooltip("group:N", title=_BY[by]),
                alt.Tooltip("sum(count):Q", title="events"),
            ],
        )
        .add_params(alt.selection_interval(name=BRUSH, encodings=["x"]))
        .properties(
            height=170,
            # the width fits the column; the height is the bars' own (the legend under them adds
            # its rows, where a whole height of 170 squeezed the bars away)
            autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
            usermeta={"embedOptions": {"renderer": "svg"}},
        )
    )


def box():
    """The folded box the chart is drawn in once opened (``.open``; opening it reruns the
    page): the chart's scripts are not loaded with the page until a reader asks for them."""
    return st.expander("Events over time", key=OPEN_KEY, on_change="rerun")


def _choice(label: str, choices: dict[str, str], key: str, help: str | None = None) -> str:
    """One of ``choices`` (its key; its value the words shown), as buttons in a row."""
    return st.radio(
        label, list(choices), format_func=choices.get, horizontal=True, key=key, help=help
    )


def show(index: EventIndex, chosen: Filters) -> None:
    """The chart of the events every filter keeps, the dates included (the map's events: with
    the dates left out a 2025 filter charted 2014-2025, newuser25), under a "stack by" choice,
    with the range it charts in words. Drag across it to narrow the dates; the sidebar's date
    box widens them again."""
    by = _choice("Events over time, stacked by", _BY, "f_chart_by")
    bins = _choice(
        "Bars per",
        _BINS,
        "f_chart_bins",
        help="A week runs Monday to Sunday. By default the bars are days, weeks past "
        f"{timeline.WEEKLY_ABOVE_DAYS} days.",
    )
    counts, charted = timeline.charted(index, chosen, by, None if bins == "span" else bins)
    if counts.empty:
        st.caption(f"No dated events to chart ({charted}).")
        return
    st.session_state[_SIZE_KEY] = counts.attrs["size"]
    st.altair_chart(
        chart(counts, by),
        key=KEY,
        on_select=_brushed,
        selection_mode=BRUSH,
        width="stretch",
    )
    if thin := timeline.thin_bars(counts):
        st.warning(thin + ".")
    st.caption(
        f"Charted: {charted}. Drag across the chart to show only those dates; the date box "
        "in the sidebar's Filters widens them again."
    )
