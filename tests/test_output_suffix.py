"""An output file whose extension names no format is said to hold GeoJSON (newuser37).

``geo export -o events.shp`` (or ``.xlsx``, or no extension) wrote GeoJSON under that name and
said only "wrote 3893 events to events.shp", exit 0: a script-writer asking for a shapefile
for QGIS, or a spreadsheet, had no word that the file is neither. The file is still written
(GeoJSON for any other name, as before); one warning line on stderr says so and how to ask for
a format.
"""

from __future__ import annotations

import json

import pytest

from conftest import run_cli

DOC = (
    "Sumy regional hospital, 14 October 2026.\n\nA drone hit the hospital in Sumy on "
    "14 October 2026, killing one nurse.\n"
)


@pytest.mark.parametrize("name", ["events.shp", "events.xlsx", "events"])
def test_an_unknown_extension_is_said_to_hold_geojson(tmp_path, scratch_store, name):
    out = tmp_path / name
    done = run_cli("export", "--sample", "-o", str(out), env={"SITREP_STORE": str(scratch_store)})
    assert done.returncode == 0, done.stderr
    wrote, warning = done.stderr.strip().splitlines()
    assert warning.startswith(f"warning: -o {out} has "), warning
    assert "which names no format: it holds GeoJSON" in warning
    assert warning.endswith(
        "(end the name in .geojson, .csv, .gpkg, .kml or .parquet for that format)"
    )
    assert wrote == f"wrote 12 events to {out}"
    assert json.loads(out.read_text())["type"] == "FeatureCollection"


def test_extract_says_so_too_and_a_known_name_or_format_says_nothing(tmp_path, scratch_store):
    report = tmp_path / "r.txt"
    report.write_text(DOC)
    done = run_cli("extract", str(report), "-o", str(tmp_path / "r.xlsx"))
    assert done.returncode == 0, done.stderr
    assert "'.xlsx', which names no format: it holds GeoJSON" in done.stderr, done.stderr
    env = {"SITREP_STORE": str(scratch_store)}
    for args in (
        ["-o", str(tmp_path / "e.json")],
        ["--format", "csv", "-o", str(tmp_path / "e.txt")],
    ):
        done = run_cli("export", "--sample", *args, env=env)
        assert done.returncode == 0 and "warning" not in done.stderr, done.stderr
