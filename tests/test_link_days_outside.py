"""A link's day beyond the data's days keeps no event: ``?since=`` a day after the last event
(a bookmark for "what is new since yesterday", the store holding nothing newer yet) showed the
last day's events, the page turning since 2026-12-10 into "2026-12-05 to 2026-12-10" (the
data's last day taken as the link's end, then the two swapped) (newuser32)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT

TIMEOUT = 120


def _map(**params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    for k, v in params.items():
        at.query_params[k] = v
    at.run()
    assert not at.exception
    return at


@pytest.mark.parametrize(
    ("params", "shown"),
    [
        ({"since": "2024-12-10"}, "0 of 12 events"),  # after the sample's last day (26 Nov)
        ({"until": "2024-01-01"}, "0 of 12 events"),  # before its first
        ({"since": "2024-11-26", "until": "2024-11-20"}, "10 of 12 events"),  # swapped: in order
        ({"since": "2024-11-20", "until": "2024-11-26"}, "10 of 12 events"),
    ],
)
def test_a_link_s_day_past_the_data_keeps_nothing(scratch_store, params, shown):
    at = _map(**params)
    assert at.caption[0].value.startswith(shown), (params, at.caption[0].value)
