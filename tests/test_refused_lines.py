"""A refused row is named by what its number counts (newuser18: "row 5" was the fourth data row of
a CSV, its fifth line): a CSV's line, a GeoJSON's feature, on the command line and on the Import
page (geo.formats.table.refused_unit)."""

from __future__ import annotations

import json

from conftest import run_cli
from geo.formats.table import refused_unit

# Written for these tests: three good strikes and a fourth with a month 13.
ROWS = (
    "event_date,event_type,place,latitude,longitude\n"
    "2026-11-01,strike,Izium,49.21,37.26\n"
    "2026-11-02,strike,Izium,49.21,37.26\n"
    "2026-11-03,strike,Izium,49.21,37.26\n"
    "2026-13-04,strike,Izium,49.21,37.26\n"
)


def test_a_csvs_refused_row_is_named_by_its_line(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(ROWS, encoding="utf-8")
    out = run_cli("import", str(path), env={"SITREP_STORE": str(tmp_path / "s.gpkg")})
    assert out.returncode == 0, out.stderr
    refused = [line for line in out.stderr.splitlines() if line.startswith("refused")]
    assert len(refused) == 1 and refused[0].startswith("refused line 5: 'event_date'")
    assert refused_unit("csv") == refused_unit("acled") == "line"


def test_a_geojsons_refused_feature_is_named_once(tmp_path):
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.26, 49.21]}}
    good = {**feature, "properties": {"event_date": "2026-11-01", "event_type": "strike"}}
    bad = {**feature, "properties": {"event_date": "2026-13-01", "event_type": "strike"}}
    path = tmp_path / "mine.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [good, bad]}))
    out = run_cli("import", str(path), env={"SITREP_STORE": str(tmp_path / "s.gpkg")})
    refused = [line for line in out.stderr.splitlines() if line.startswith("refused")]
    assert len(refused) == 1 and refused[0].startswith("refused feature 2: "), out.stderr
    assert "feature 2: feature 2" not in refused[0]
