"""Who claims an event, as a filter (newuser37).

An investigator's reports come from a regional administration's Telegram post, a hospital's
statement, a company's notice, a fact-check of what Telegram channels claimed: every event says
who claims it, in its popup, the tables and every export, yet no filter, link or command could
keep one claimant's events ("?claimed_by=Fedorov" was "an unknown filter ... left out" and the
page showed everything; ``geo export`` had no such option). A word keeps the events whose
claimant holds it as whole words, in any case (``geo.claimants``).
"""

from __future__ import annotations

import json

from streamlit.testing.v1 import AppTest
from test_link_days_outside import _map  # (the Map page opened by a link)

from conftest import ROOT, run_cli
from geo import claimants, store
from geo.events import to_frame
from geo.filtering import Filters, apply_filters
from webui.text import literal

TIMEOUT = 120
CLAIMANTS = {
    "a1": "Zaporizhzhia Regional Military Administration",
    "a2": "Zaporizhzhia Regional Military Administration",
    "f1": "Ivan Fedorov",
    "t1": "Russian Telegram channels",
    "m1": "Mayor of Kyiv (Telegram)",
    "n1": None,
}


def _event(event_id: str, claimed_by: str | None) -> dict:
    return {
        "event_id": event_id,
        "event_date": "2026-10-15",
        "time_precision": 1,
        "event_type": "strike",
        "weapon_category": "artillery",
        "geo_precision": 1,
        "verification": "claimed" if claimed_by else "confirmed",
        "claimed_by": claimed_by,
        "place": "Orikhiv",
        "lat": 47.57,
        "lon": 35.78,
    }


def _frame():
    return to_frame([_event(i, c) for i, c in CLAIMANTS.items()])


def _kept(*words: str) -> list[str]:
    return sorted(apply_filters(_frame(), Filters(claimants=words))["event_id"])


def test_a_word_keeps_the_claimants_holding_it_whole_in_any_case():
    assert _kept("Ivan Fedorov") == ["f1"]
    assert _kept("fedorov") == ["f1"]
    assert _kept("TELEGRAM") == ["m1", "t1"]  # "(Telegram)" too
    assert _kept("Zaporizhzhia", "Fedorov") == ["a1", "a2", "f1"]
    assert _kept("Fedo") == []  # whole words only
    assert _kept("Regional  Military") == ["a1", "a2"]  # spaces as typed
    assert _kept() == sorted(CLAIMANTS)  # no word: no restriction


def test_the_list_names_each_claimant_once_most_frequent_first():
    menu = claimants.menu(_frame()["claimed_by"])
    assert menu[0] == "Zaporizhzhia Regional Military Administration"
    assert sorted(menu[1:]) == menu[1:] and len(menu) == 4
    assert claimants.chosen(["ivan fedorov", "telegram", "nobody"], menu) == [
        "Ivan Fedorov",
        "telegram",
    ]
    assert claimants.unknown(["telegram", "nobody"], menu) == ["nobody"]


def test_a_link_keeps_one_claimant_s_events(scratch_store):
    store.save(_frame(), scratch_store)
    at = _map(claimed_by="Fedorov")
    line = at.caption[0].value
    assert line.startswith(f"1 of 6 events match the filters ({literal('claimed by Fedorov')})"), (
        line
    )
    assert not at.warning, [w.value for w in at.warning]
    at = _map(claimed_by="Nobody")  # a word no claimant holds: said, and left out
    assert at.caption[0].value.startswith("6 of 6 events match"), at.caption[0].value
    notice = " ".join(w.value for w in at.warning)
    assert literal('unknown claimant "Nobody"') in notice, notice


def test_the_filters_box_lists_the_claimants_and_takes_typed_words(scratch_store):
    store.save(_frame(), scratch_store)
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.session_state["filters_open"] = True
    at.run()
    box = at.multiselect(key="f_claimed_by")
    assert box.label == "Claimed by"
    assert box.options[0] == "Zaporizhzhia Regional Military Administration"
    assert "Ivan Fedorov" in box.options
    box.select("Ivan Fedorov").run()
    assert at.caption[0].value.startswith("1 of 6 events match"), at.caption[0].value
    assert at.query_params["claimed_by"] == "Ivan Fedorov"  # the link keeps it


def test_the_command_line_exports_one_claimant_s_events(scratch_store):
    store.save(_frame(), scratch_store)
    env = {"SITREP_STORE": str(scratch_store)}
    done = run_cli("export", "--claimed-by", "telegram", "-o", "-", env=env)
    assert done.returncode == 0, done.stderr
    ids = sorted(f["properties"]["event_id"] for f in json.loads(done.stdout)["features"])
    assert ids == ["m1", "t1"]
    done = run_cli("export", "--claimed-by", "Fedorv", "-o", "-", env=env)
    assert done.returncode == 0
    assert 'unknown claimant "Fedorv" (nearest: Ivan Fedorov)' in done.stderr, done.stderr
