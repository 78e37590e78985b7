"""The Import page's Format box names formats in words, not by their codes."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from conftest import ROOT


def test_the_format_box_reads_plainly(scratch_store):
    at = AppTest.from_file(str(ROOT / "pages" / "imports.py"), default_timeout=60).run()
    box = at.selectbox(key="import_format_0")
    assert box.options[0] == "guess from the columns"
    assert "GeoPackage" in box.options and "ACLED CSV export" in box.options
    assert not {"csv", "acled", "gpkg", "ucdp", "kml", "parquet"} & set(box.options)
    box.select_index(3)  # what the page reads is still the code
    at.run()
    assert at.selectbox(key="import_format_0").value in ("gpkg", "kml", "csv", "geojson")
