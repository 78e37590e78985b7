"""The Map page's table gives an event dated only to its week or month as its popup does
("2026-11-26 (week)"): a weekly bulletin's rows and UCDP's week- and month-precise rows (1,000
of its 3,883) read as events of one day (newuser32)."""

from __future__ import annotations

import pandas as pd
from streamlit.testing.v1 import AppTest

from conftest import BASE_EVENT, ROOT
from geo import store
from geo.events import to_frame
from geo.precision import script_table, shown_dates


def test_a_week_or_month_event_is_dated_as_its_popup_dates_it(scratch_store):
    rows = [
        {
            **BASE_EVENT,
            "event_id": f"t{p}",
            "place": place,
            "event_date": "2026-11-26",
            "time_precision": p,
        }
        for p, place in ((1, "Kyiv"), (2, "Kharkiv"), (3, "Odesa"))
    ]
    store.save(to_frame(rows), scratch_store)
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=120)
    at.session_state["table_open"] = True
    at.run()
    assert not at.exception
    frame = at.dataframe[0].value
    dates = dict(zip(frame["place"], frame["date"], strict=True))
    assert dates == {
        "Kyiv": "2026-11-26",
        "Kharkiv": "2026-11-26 (week)",
        "Odesa": "2026-11-26 (month)",
    }, dates


def test_the_table_and_the_popup_share_the_words():
    days = pd.Series(["2024-11-20", "2024-11-21", "2024-11-22", None])
    precisions = pd.Series([1, 2, 3, 2])
    suffix = script_table()["time_precision_suffix"]
    shown = shown_dates(days, precisions)
    assert list(shown) == [
        "2024-11-20" + suffix[1],
        "2024-11-21" + suffix[2],
        "2024-11-22" + suffix[3],
        None,  # no day: an empty cell, not " (week)"
    ]
