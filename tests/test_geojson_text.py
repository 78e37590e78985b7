"""The GeoJSON of freshly extracted records, written without a frame library, is the export of
the frame made from them, byte for byte; and ``geo extract`` loads no frame library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from geo.events import to_frame
from geo.export import to_geojson_bytes
from geo.extract import Extractor
from geo.geojson_text import records_geojson
from geo.records import validate

ROOT = Path(__file__).resolve().parent.parent
REPORTS = sorted((ROOT / "data" / "reports" / "realstyle").glob("*.txt"))[:6]


@pytest.mark.parametrize("report", REPORTS, ids=lambda p: p.name)
def test_records_geojson_is_the_frame_export(geocoder, report):
    records = Extractor(geocoder).extract(report.read_text(encoding="utf-8"), report.name)
    assert records, "the report should give events"
    assert records_geojson(records) == to_geojson_bytes(to_frame(records))


def test_records_geojson_keeps_odd_values_as_the_frame_does():
    base = {
        "event_date": "2024-03-02",
        "time_precision": 1,
        "event_type": "strike",
        "geo_precision": 1,
        "verification": "claimed",
        "place": 'Kharkiv <b>"x"</b>',
        "lat": 49.981771234567,
        "lon": 36.254751234567,
    }
    records = [
        validate({**base, "fatalities": 3, "span_start": 5, "span_end": 40, "extra": '{"a": 1}'}),
        validate({**base, "weapon": "Shahed", "notes": "", "extra": "not json"}),
        validate({**base, "lat": -0.0000004, "lon": 179.9999996}),
    ]
    assert records_geojson(records) == to_geojson_bytes(to_frame(records))


def test_extract_command_loads_no_frame_library(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("A drone struck a depot in Kharkiv on 2 March 2024.", encoding="utf-8")
    probe = (
        "import sys; from geo.__main__ import main; "
        f"code = main(['extract', {str(report)!r}, '-o', {str(tmp_path / 'out.geojson')!r}]); "
        "print(code, 'pandas' in sys.modules, 'geopandas' in sys.modules)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["0", "False", "False"]
    assert '"Kharkiv"' in (tmp_path / "out.geojson").read_text(encoding="utf-8")
