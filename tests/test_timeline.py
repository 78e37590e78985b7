"""Events over time: counts per day or week and group (geo.timeline), and the Map page's chart."""

from __future__ import annotations

from datetime import date, timedelta

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest

from geo import timeline
from geo.filtering import EventIndex, Filters


def _frame(n: int, days: int, seed: int = 5) -> gpd.GeoDataFrame:
    rng = np.random.default_rng(seed)
    start = date(2024, 1, 1)
    when = [(start + timedelta(int(d))).isoformat() for d in rng.integers(0, days, n)]
    category = rng.choice(np.array(["drone", "cruise missile", None], dtype=object), n)
    return gpd.GeoDataFrame(
        {
            "event_date": when,
            "event_type": rng.choice(["strike", "fighting"], n),
            "weapon": [None] * n,
            "weapon_category": category,
            "verification": ["confirmed"] * n,
        },
        geometry=gpd.points_from_xy(rng.uniform(30, 40, n), rng.uniform(45, 52, n)),
        crs="EPSG:4326",
    )


def test_daily_counts_match_a_plain_group_by():
    frame = _frame(2_000, 60)
    index = EventIndex(frame)
    mask = np.asarray(frame["event_type"] == "strike")
    got = timeline.counts(index, mask)
    assert got["count"].sum() == mask.sum()
    plain = (
        frame[mask]
        .assign(group=frame["weapon_category"].fillna("none"))
        .groupby(["event_date", "group"])
        .size()
    )
    assert got.set_index(["start", "group"])["count"].sort_index().to_dict() == plain.to_dict()


def test_long_spans_are_counted_per_week_from_monday():
    frame = _frame(3_000, 400)
    index = EventIndex(frame)
    got = timeline.counts(index, np.ones(len(frame), bool), by="event_type")
    starts = pd.to_datetime(got["start"])
    assert (starts.dt.day_of_week == 0).all()  # Mondays
    assert got["count"].sum() == len(frame) and got.attrs["size"] == "week"
    week_of = pd.to_datetime(frame["event_date"]).dt.to_period("W-SUN").dt.start_time
    plain = (
        frame.assign(week=week_of.dt.strftime("%Y-%m-%d")).groupby(["week", "event_type"]).size()
    )
    assert got.set_index(["start", "group"])["count"].sort_index().to_dict() == plain.to_dict()


def test_bin_size_and_bad_arguments():
    assert timeline.bin_size(date(2024, 1, 1), date(2024, 4, 30)) == "day"
    assert timeline.bin_size(date(2024, 1, 1), date(2024, 5, 1)) == "week"
    index = EventIndex(_frame(10, 5))
    with pytest.raises(ValueError, match="'by' should be one of weapon_category, event_type"):
        timeline.counts(index, np.ones(10, bool), by="weapon")
    assert timeline.counts(index, np.zeros(10, bool)).empty


def test_counts_follow_the_filters():
    frame = _frame(1_000, 30)
    index = EventIndex(frame)
    chosen = Filters(weapons=("drone",))
    got = timeline.counts(index, index.mask(chosen))
    assert set(got["group"]) == {"drone"}
    assert got["count"].sum() == (frame["weapon_category"] == "drone").sum()


def _ms(day: date, hours: float = 0) -> float:
    return ((day - date(1970, 1, 1)).days * 24 + hours) * 3_600_000


def test_bins_end_the_day_after_their_last_day():
    frame = _frame(500, 300)
    got = timeline.counts(EventIndex(frame), np.ones(len(frame), bool))
    gap = pd.to_datetime(got["end"]) - pd.to_datetime(got["start"])
    assert (gap == pd.Timedelta(days=7)).all()  # weekly: a span of 300 days


def test_a_brush_gives_whole_days_or_weeks():
    nov = date(2024, 11, 20)  # a Wednesday
    # from mid-morning of the 20th to mid-afternoon of the 23rd, in either order
    assert timeline.brushed_dates([_ms(nov, 10), _ms(nov, 3 * 24 + 15)], "day") == (
        nov,
        date(2024, 11, 23),
    )
    assert timeline.brushed_dates([_ms(nov, 3 * 24 + 15), _ms(nov, 10)], "day")[0] == nov
    # an end exactly on the edge of a bin does not take in the next one
    assert timeline.brushed_dates([_ms(nov), _ms(date(2024, 11, 22))], "day") == (
        nov,
        date(2024, 11, 21),
    )
    # weeks run Monday to Sunday; ISO strings, with or without a zone, read as UTC
    brush = ["2024-11-20T12:00:00.000Z", "2024-11-26T01:00:00"]
    assert timeline.brushed_dates(brush, "week") == (date(2024, 11, 18), date(2024, 12, 1))


@pytest.mark.parametrize(
    ("values", "size", "message"),
    [
        ([1, 2], "month", "'size' should be one of day, week"),
        ([1], "day", "a brush should be two time values"),
        ("ab", "day", "a brush should be two time values"),
        ([1, "not a date"], "day", "epoch milliseconds or an ISO date"),
        ([1, None], "day", "epoch milliseconds or an ISO date"),
    ],
)
def test_a_bad_brush_is_refused(values, size, message):
    with pytest.raises(ValueError, match=message):
        timeline.brushed_dates(values, size)
