"""A weekly trend over less than 120 days (newuser40).

A researcher asks whether strikes on the grid grew week on week over a winter's 90 days: the
chart gave bars per week only past 120 days, and the README sent the reader to a spreadsheet.
The chart's "Bars per" choice now takes day or week whatever the span
(``geo.timeline.charted``'s ``size``); by default the span decides, as before.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT, dnipro_drone_strike
from geo import store, timeline
from geo.events import to_frame
from geo.filtering import EventIndex, Filters
from webui.time_chart import OPEN_KEY

TIMEOUT = 120
FIRST = date(2025, 1, 6)  # a Monday
# 90 days: on each Monday and Thursday of 13 weeks one strike, two more in the last 3 weeks
DAYS = [FIRST + timedelta(7 * w + d) for w in range(13) for d in (0, 3)]
DAYS += [FIRST + timedelta(7 * w + 5) for w in range(10, 13) for _ in range(2)]


def _frame():
    return to_frame([dnipro_drone_strike(f"e{i}", day.isoformat()) for i, day in enumerate(DAYS)])


def test_weeks_are_counted_when_asked_under_120_days():
    frame = _frame()
    index = EventIndex(frame)
    span, _ = timeline.charted(index, Filters(), "weapon_category")
    assert span.attrs["size"] == "day"  # the span's default, as before
    weeks, words = timeline.charted(index, Filters(), "weapon_category", "week")
    assert weeks.attrs["size"] == "week" and words == "32 events, all dates"
    assert weeks["count"].tolist() == [2] * 10 + [4] * 3  # the trend, week on week
    assert weeks["start"].tolist()[:2] == ["2025-01-06", "2025-01-13"]  # Mondays
    with pytest.raises(ValueError, match="one of day, week"):
        timeline.charted(index, Filters(), "weapon_category", "month")


def test_the_map_page_s_chart_draws_weeks_when_chosen(scratch_store):
    store.save(_frame(), scratch_store)
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.session_state[OPEN_KEY] = True
    at.run()
    assert not at.exception
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert spec["encoding"]["x"]["title"] == "events per day"
    at.radio(key="f_chart_bins").set_value("week").run()
    assert not at.exception
    spec = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    assert spec["encoding"]["x"]["title"] == "events per week"
    ticks = spec["encoding"]["x"]["axis"]["values"]
    assert ticks[0] == "2025-01-06" and all(date.fromisoformat(d).weekday() == 0 for d in ticks)
