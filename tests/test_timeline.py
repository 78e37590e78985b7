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
