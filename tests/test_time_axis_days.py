"""The time chart's axis marks each day once (newuser39).

A security officer's week near one office, two days of events: Vega chose the axis's ticks
itself and marked noon too, so the axis read "06 Dec 2026, 06 Dec 2026, 07 Dec 2026, 07 Dec
2026, 08 Dec 2026", each day twice under the bars, and the count axis read 0.2, 0.4 ... 1.0 events. The
axis now marks bin starts only (each day, or each week's Monday), at most ten
(``webui.time_chart.tick_days``), and the count axis whole numbers.
"""

from __future__ import annotations

import json

import pandas as pd
from streamlit.testing.v1 import AppTest

from conftest import ROOT, dnipro_drone_strike
from geo import store
from geo.events import to_frame
from webui.time_chart import OPEN_KEY, tick_days

TIMEOUT = 120


def _counts(days: list[str], size: str = "day") -> pd.DataFrame:
    frame = pd.DataFrame({"start": days, "end": days, "group": "drone", "count": 1})
    frame.attrs["size"] = size
    return frame


def test_the_ticks_are_the_bins_days_each_once_at_most_ten():
    assert tick_days(_counts(["2026-12-06", "2026-12-07"])) == ["2026-12-06", "2026-12-07"]
    month = tick_days(_counts(["2026-11-01", "2026-11-30"]))
    assert len(month) <= 10 and month[0] == "2026-11-01" and len(set(month)) == len(month)
    weeks = tick_days(_counts(["2026-01-05", "2026-06-29"], "week"))  # Mondays
    assert all(pd.Timestamp(d).day_name() == "Monday" for d in weeks) and len(weeks) <= 10
    assert tick_days(_counts([])) == []


def test_the_map_page_s_chart_marks_each_day_once(scratch_store):
    records = [
        dnipro_drone_strike(f"d{i}", day) for i, day in enumerate(["2026-12-06", "2026-12-07"])
    ]
    store.save(to_frame(records), scratch_store)
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.session_state[OPEN_KEY] = True
    at.run()
    assert not at.exception
    charts = at.get("vega_lite_chart")
    assert charts, "the time chart is drawn"
    spec = json.loads(charts[0].proto.spec)
    axis = spec["encoding"]["x"]["axis"]
    assert axis["values"] == ["2026-12-06", "2026-12-07"], axis
    counts = spec["encoding"]["y"]["axis"]  # whole events, never "0.2 events"
    assert counts["tickMinStep"] == 1 and counts["format"] == "d", counts
