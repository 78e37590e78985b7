"""An event somewhere in a first-level region is written at one point under one name by every
output: ``geo extract -o`` of a report and the export of the same events from the store
(newuser23: "Bryansk region" 120 km apart in the two files), and either file reads back as the
stored event."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from geo import formats
from geo.drawn_regions import drawn_geojson, drawn_region
from geo.events import to_frame
from geo.export import export_bytes
from geo.extract import Extractor
from geo.region_points import region_points

ROOT = Path(__file__).resolve().parent.parent
# (our own words) a ministry's night of drones over two Russian regions and one town
REPORT = (
    "DEFENCE MINISTRY, 4 June 2025. Overnight the air defence forces brought down 17 drones "
    "over the Bryansk region and 6 over the Kursk region. A drone also hit a warehouse in "
    "Kursk city, the governor said."
)


@pytest.fixture(scope="module")
def records(geocoder):
    found = Extractor(geocoder).extract(REPORT, "ministry.txt")
    regional = [r for r in found if r["geo_precision"] == 3 and r["admin1"] == "Bryansk"]
    assert regional, "the report should give the Bryansk region's event"
    return found


def _features(data: bytes | str) -> dict[str, dict]:
    return {f["properties"]["event_id"]: f for f in json.loads(data)["features"]}


def test_extract_writes_the_region_event_where_the_export_of_the_store_does(records, tmp_path):
    report = tmp_path / "ministry.txt"
    report.write_text(REPORT, encoding="utf-8")
    out = tmp_path / "out.geojson"
    done = subprocess.run(
        [sys.executable, "-m", "geo", "extract", str(report), "-o", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    extracted = _features(out.read_text(encoding="utf-8"))
    exported = _features(export_bytes(to_frame(records), "geojson"))
    assert extracted == exported  # every property and point, event by event
    (bryansk,) = [f for f in extracted.values() if f["properties"]["admin1"] == "Bryansk"]
    lat, lon = region_points()["RU|Bryansk"]
    assert bryansk["properties"]["place"] == "Bryansk region"
    assert bryansk["geometry"]["coordinates"] == pytest.approx([lon, lat], abs=1e-6)


def test_extract_s_file_reads_back_as_the_stored_events(records, gazetteer):
    data = drawn_geojson(records).encode("utf-8")
    back = formats.read(data, "out.geojson", gazetteer).frame.set_index("event_id")
    for r in records:
        row = back.loc[r["event_id"]]
        assert row["place"] == r["place"]
        assert (row.geometry.y, row.geometry.x) == pytest.approx((r["lat"], r["lon"]), abs=1e-6)


def test_only_an_event_at_its_own_region_is_drawn_elsewhere():
    assert drawn_region("Bryansk", "RU", "Bryansk", 3)[0] == "Bryansk region"
    assert drawn_region("Bryansk", "RU", "Bryansk", 1) is None  # the city itself
    assert drawn_region("Black Sea", "UA", "Odessa", 3) is None  # a region of another name
    assert drawn_region("Bryansk", None, "Bryansk", 3) is None
    assert drawn_region("Bryansk", "RU", "Bryansk", "x") is None
