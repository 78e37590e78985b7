"""A shared link naming a weapon no event has keeps the reader's filter (newuser19): "?weapon=Kinzhal"
became "?weapon=ballistic missile" and showed every ballistic missile, "?weapon=Lancet" every drone.
The page shows no event and says why in one line; a category's word ("drones") is still the
category, and a typo still gets the "unknown weapon" line."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT
from webui.filter_words import from_words

TIMEOUT = 60


def test_a_system_no_event_names_stays_itself_not_its_category():
    allowed = ["ballistic missile", "Iskander", "drone", "Shahed"]
    assert from_words(["Kinzhal"], allowed, weapon=True) == ["Kinzhal"]
    assert from_words(["lancet"], allowed, weapon=True) == ["Lancet"]
    assert from_words(["shahed-136"], allowed, weapon=True) == ["Shahed"]
    assert from_words(["drones"], allowed, weapon=True) == ["drone"]
    assert from_words(["Kinzhall"], allowed, weapon=True) == []


def _map(weapon: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.query_params["weapon"] = weapon
    return at.run()


def test_a_link_for_a_weapon_no_event_has_shows_none_and_says_so(scratch_store):
    at = _map("Kinzhal")
    assert not at.exception
    assert at.caption[0].value.startswith("0 of 12 events"), at.caption[0].value
    assert any("No event names Kinzhal" in w.value for w in at.warning)
    assert at.query_params["weapon"] in ("Kinzhal", ["Kinzhal"])


def test_a_link_for_a_category_still_shows_the_category(scratch_store):
    at = _map("drones")
    assert not at.exception
    assert not at.caption[0].value.startswith(("0 of", "12 of")), at.caption[0].value
    assert not at.warning
