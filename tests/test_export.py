"""GeoJSON export: RFC 7946 shape, every DESIGN.md property, readable by GDAL."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pyogrio
import pytest

from conftest import run_cli
from geo.events import PROPERTIES, load_reference
from geo.export import to_feature_collection, write_geojson
from payload import decode_events


@pytest.fixture(scope="module")
def reference(gazetteer):
    return load_reference(gazetteer)


def test_feature_collection_is_rfc7946(reference):
    fc = to_feature_collection(reference)
    assert fc["type"] == "FeatureCollection" and "crs" not in fc
    feat = next(f for f in fc["features"] if f["properties"]["place"] == "Kharkiv")
    lon, lat = feat["geometry"]["coordinates"]
    assert 36 < lon < 37 and 49 < lat < 51  # longitude first
    assert tuple(feat["properties"]) == PROPERTIES
    assert feat["properties"]["injured"] == 25 and feat["properties"]["fatalities"] is None
    s, e = feat["properties"]["source_span"]
    assert isinstance(s, int) and e > s


def test_gdal_reads_the_export(reference, tmp_path):
    path = write_geojson(reference, tmp_path / "events.geojson")
    info = pyogrio.read_info(path)
    assert info["features"] == 12
    assert {"event_id", "weapon", "verification", "claimed_by", "source_text"} <= set(
        info["fields"]
    )
    if shutil.which("ogrinfo"):  # Debian's gdal-bin, installed by .ci/run
        out = subprocess.run(
            ["ogrinfo", "-ro", "-so", "-al", str(path)], capture_output=True, text=True
        )
        assert "Feature Count: 12" in out.stdout
    else:
        pytest.fail("ogrinfo (gdal-bin) is not installed: .ci/run installs it")


def test_cli_export_only_atacms(tmp_path):
    out = run_cli("export", "--weapon", "ATACMS", "-o", str(tmp_path / "a.geojson"))
    assert out.returncode == 0, out.stderr
    fc = json.loads((tmp_path / "a.geojson").read_text(encoding="utf-8"))
    assert {f["properties"]["weapon"] for f in fc["features"]} == {"ATACMS"}
    assert len(fc["features"]) == 2
    assert pyogrio.read_info(tmp_path / "a.geojson")["features"] == 2


def test_cli_export_to_stdout_with_filters():
    out = run_cli("export", "--type", "meeting", "--since", "2024-11-26")
    places = {f["properties"]["place"] for f in json.loads(out.stdout)["features"]}
    assert places == {"Brussels", "Fiuggi"}


def test_cli_export_bad_options(tmp_path):
    for args, message in [
        (("--since", "2024-13-01"), "not a date"),
        (("--type", "bombing"), "invalid choice"),
        (("--since", "2024-11-26", "--until", "2024-11-01"), "swap them"),
        (("-o", str(tmp_path / "missing" / "x.geojson")), "does not exist"),
    ]:
        out = run_cli("export", *args)
        assert out.returncode == 2 and message in out.stderr, (args, out.stderr)
        assert len(out.stderr.strip().splitlines()) == 1


def test_cli_refuses_a_foreign_store(tmp_path):
    foreign = tmp_path / "notes.gpkg"
    foreign.write_text("just some notes", encoding="utf-8")
    out = run_cli("export", env={"SITREP_STORE": str(foreign)})
    assert out.returncode == 2 and "not a GeoPackage" in out.stderr
    assert foreign.read_text(encoding="utf-8") == "just some notes"


def test_cli_map_writes_a_standalone_file(tmp_path):
    out = run_cli("map", "--weapon", "ATACMS", "-o", str(tmp_path / "map.html"))
    assert out.returncode == 0, out.stderr
    html = (tmp_path / "map.html").read_text(encoding="utf-8")
    assert "cdn.jsdelivr" not in html and "<script src=" not in html
    payload = re.search(r'var DATA = "([A-Za-z0-9+/=]*)";', html).group(1)
    assert "Kursk East Airport" in decode_events(payload)["place"]


def test_cli_export_inside_a_box():
    out = run_cli("export", "--bbox", "6,36,19,47")
    assert out.returncode == 0, out.stderr
    assert [f["properties"]["place"] for f in json.loads(out.stdout)["features"]] == ["Fiuggi"]
