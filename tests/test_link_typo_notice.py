"""A shared link's misspelt weapon is left out, and the page says so in words that do not read
as if the nearest weapon were missing: "The link's unknown weapon "Shahedd" (nearest: Shahed) is
left out: no event has it" read to newuser31 as "no event has Shahed", while the store held a
Shahed strike; the line now says the word names no option and where to choose one."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT
from webui.text import literal


def test_a_misspelt_weapon_in_the_link_says_where_to_choose_one(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "map.py"), default_timeout=60)
    at.query_params["weapon"] = ["Shahedd"]
    at.run()
    assert not at.exception
    line = at.warning[0].value
    assert "no event has it" not in line
    assert line.endswith(
        literal("(no option is spelt so): choose one in the sidebar's Filters box.")
    ), line
