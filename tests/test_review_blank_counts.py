"""The review's tables show an empty cell where a report gives no figure, in both the wide and
the compact table (newuser24 at 768 px: "None" in every killed and injured cell of a report
with no toll)."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT

# Written for this test: two strikes and no toll at all.
REPORT = "Kyiv, 2025-01-02\nDrones struck Kharkiv overnight.\nA missile hit Sumy at dawn."


def test_no_figure_is_a_blank_number_cell_not_none(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=60).run()
    at.text_area(key="ingest_paste").set_value(REPORT)
    at.button[0].click().run()
    assert not at.exception
    editors = [t for t in at.dataframe if "injured" in t.value.columns]
    assert len(editors) == 2  # the wide table and the compact one
    for editor in editors:
        # Streamlit writes "None" in an empty cell unless told another text
        assert editor.proto.HasField("placeholder") and editor.proto.placeholder == ""
        table = editor.value
        for column in ("fatalities", "injured"):
            cells = table[column]
            assert cells.isna().all(), cells.tolist()
            assert str(cells.dtype) == "Int64", cells.dtype  # a number column, blank cells
