"""A link's day beyond the data's days keeps no event: ``?since=`` a day after the last event
(a bookmark for "what is new since yesterday", the store holding nothing newer yet) showed the
last day's events, the page turning since 2026-12-10 into "2026-12-05 to 2026-12-10" (the
data's last day taken as the link's end, then the two swapped) (newuser32)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from conftest import ROOT, dnipro_drone_strike
from geo import store
from geo.events import to_frame
from webui.text import literal

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


# A link's days by the words an analyst types: ``?from=...&to=...`` and ``?date=...``.
#
# The address took only ``since`` and ``until``; any other word was dropped without a word, the
# address rewritten, and the page showed every event as if the link had filtered them:
# "/?from=2026-12-01&to=2026-12-02" and "/?date=2026-12-03" both read "19 of 19 events match the
# filters" (newuser34). Now they filter as since/until do, and a word that is no filter
# ("?weapn=drone") is named in one line with the words the address takes.


def _strike(event_id: str, day: str) -> dict:
    return dnipro_drone_strike(
        event_id, day, verification="claimed", place="Test place", lat=48.5, lon=35.0
    )


def _opened(scratch_store, **link: str) -> AppTest:
    days = ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03"]
    store.save(to_frame([_strike(f"d{i}", d) for i, d in enumerate(days)]), scratch_store)
    return _map(**link)


def test_from_and_to_are_since_and_until(scratch_store):
    at = _opened(scratch_store, **{"from": "2026-12-01", "to": "2026-12-02"})
    assert at.caption[0].value.startswith("2 of 4 events match"), at.caption[0].value
    assert not at.warning
    assert at.query_params["since"] == "2026-12-01"  # the address as the page writes it
    assert at.query_params["until"] == "2026-12-02"
    assert "from" not in at.query_params


def test_date_is_one_day(scratch_store):
    at = _opened(scratch_store, date="2026-12-03")
    assert at.caption[0].value.startswith("1 of 4 events match"), at.caption[0].value


def test_a_word_that_is_no_filter_is_named(scratch_store):
    at = _opened(scratch_store, weapn="drone")
    assert at.caption[0].value.startswith("4 of 4 events match")
    notice = " ".join(w.value for w in at.warning)
    assert literal('unknown filter "weapn" (nearest: weapon) is left out') in notice, notice
    takes = (
        "the address takes weapon, type, verification, region, side, claimed_by, since (or from, start), "
        "until"
    )
    assert literal(takes) in notice, notice
    # the line is the link's: gone once the reader changes a filter, the weapon or the days
    at.session_state["filters_open"] = True
    at.run()
    assert any("weapn" in w.value for w in at.warning)  # the box open changes no filter
    at.multiselect(key="f_weapon").select("drone").run()
    assert not any("weapn" in w.value for w in at.warning), [w.value for w in at.warning]


def test_a_word_that_is_no_filter_stays_named_with_a_bad_day(scratch_store):
    at = _opened(scratch_store, weapn="drone", since="2026-13-01")
    notice = " ".join(w.value for w in at.warning)
    assert literal('unknown filter "weapn"') in notice, notice
    assert literal('since "2026-13-01"') in notice, notice


# The line under the title names the filters a link applied: on a phone the sidebar, whose line
# said which, is folded away, and "16 of 3,902 events match the filters" did not (newuser34).
def test_the_count_names_the_filters(scratch_store):
    at = _opened(scratch_store, weapon="drones", **{"from": "2026-12-01"})
    line = at.caption[0].value
    kept = literal("weapon drone · 2026-12-01 to 2026-12-03")
    assert line.startswith(f"3 of 4 events match the filters ({kept}) · "), line
    at = _map()  # no filter: the line as it was
    assert at.caption[0].value.startswith("4 of 4 events match the filters · the map"), line


def test_a_weapon_named_in_the_count_is_plain_text(scratch_store):
    odd = {**_strike("odd", "2026-12-01"), "weapon": "[x](javascript:alert(1))"}
    store.save(to_frame([odd]), scratch_store)
    at = _map(weapon="[x](javascript:alert(1))")
    line = at.caption[0].value
    assert f"({literal('weapon [x](javascript:alert(1))')})" in line, line
