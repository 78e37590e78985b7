"""Once the store holds events of the analyst's own, the sample (the reference report's events)
is hidden: the Map page's count and its Weapon box leave it out too ("16 of 28 match the
filters" counted the 12 hidden ones, and the Weapon box listed ATACMS, which only they had)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import BASE_EVENT, ROOT
from geo import store
from geo.events import to_frame

TIMEOUT = 60


def _own(eid: str, weapon: str) -> dict:
    return {
        **BASE_EVENT,
        "event_id": eid,
        "place": "Izium",
        "lat": 49.2,
        "lon": 37.3,
        "weapon": weapon,
    }


def test_the_count_and_the_weapon_box_leave_out_the_hidden_sample(scratch_store):
    store.save(to_frame([_own("own-1", "KAB"), _own("own-2", "Shahed")]))
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=TIMEOUT)
    at.session_state["filters_open"] = True
    at.run()
    assert not at.exception
    assert at.caption[0].value.startswith("2 of 2 events match the filters")
    weapons = at.multiselect(key="f_weapon").options
    assert "KAB" in weapons and "ATACMS" not in weapons  # (only the sample has ATACMS)
    at.checkbox(key="f_sample").check().run()  # the sample asked for: counted and listed again
    assert at.caption[0].value.startswith("14 of 14 events match the filters")
    assert "ATACMS" in at.multiselect(key="f_weapon").options
    # a weapon chosen stays chosen while the sample comes and goes (its list changes)
    at.multiselect(key="f_weapon").select("KAB").run()
    at.checkbox(key="f_sample").uncheck().run()
    assert at.multiselect(key="f_weapon").value == ["KAB"]
    assert at.caption[0].value.startswith("1 of 2 events match the filters")
