"""Files the command line writes and reads back: export then import, modes, what it says."""

from __future__ import annotations

import math
import os
import stat
import threading

import pytest

from conftest import run_cli
from geo import formats
from geo.events import load_reference
from geo.export import export_bytes
from geo.records import COLUMNS


@pytest.fixture(scope="module")
def reference(gazetteer):
    return load_reference(gazetteer)


def _rows(frame) -> dict[str, dict]:
    """Events by id: every stored column (empty cells as None) and the point."""
    out = {}
    points = zip(frame.geometry.x, frame.geometry.y, strict=True)
    for row, (x, y) in zip(frame[list(COLUMNS)].to_dict("records"), points, strict=True):
        row = {
            k: None
            if v is None or (isinstance(v, float) and math.isnan(v)) or str(v) == "<NA>"
            else str(v)
            for k, v in row.items()
        }
        out[row["event_id"]] = {**row, "point": (round(x, 6), round(y, 6))}
    return out


@pytest.mark.parametrize("fmt", ["gpkg", "kml", "parquet", "geojson", "csv"])
def test_an_export_imports_back_to_the_same_events(reference, gazetteer, fmt):
    data = export_bytes(reference, fmt, gazetteer.country_codes())
    result = formats.read(data, f"events.{fmt}", gazetteer)  # the format found from the content
    assert result.format == fmt and result.refused == []
    assert _rows(result.frame) == _rows(reference)


def test_import_says_in_one_line_what_it_reads(gazetteer):
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(b"PK\x03\x04\x00\x00binary zip", "events.zip", gazetteer)
    said = str(caught.value)  # a zip is named as one, with what to do (product27)
    assert "zip archive" in said and "unzip it" in said and "KML" in said and "\n" not in said


def test_export_files_are_readable_by_others_and_said(tmp_path):
    old = os.umask(0o022)
    try:
        out = run_cli("export", "--format", "kml", "-o", str(tmp_path / "e.kml"))
    finally:
        os.umask(old)
    assert out.returncode == 0, out.stderr
    assert stat.S_IMODE((tmp_path / "e.kml").stat().st_mode) == 0o644
    assert out.stderr.strip() == f"wrote 12 events to {tmp_path / 'e.kml'}"
    piped = run_cli("export", "-o", "-")
    assert piped.returncode == 0 and "wrote" not in piped.stderr


@pytest.mark.parametrize("fmt", ["geojson", "gpkg"])
def test_an_export_to_a_device_or_pipe_writes_through_it_and_leaves_it_one(tmp_path, fmt):
    # "-o /dev/null" once replaced the machine's /dev/null with a regular file (renamed over
    # it); a named pipe stands in for the device here
    pipe = tmp_path / "out.pipe"
    os.mkfifo(pipe)
    received = bytearray()
    reader = threading.Thread(target=lambda: received.extend(pipe.read_bytes()), daemon=True)
    reader.start()
    out = run_cli("export", "--format", fmt, "-o", str(pipe))
    reader.join(timeout=120)
    assert out.returncode == 0, out.stderr
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert received[:4] == (b"SQLi" if fmt == "gpkg" else b'{"ty')


def test_a_geopackage_needs_a_file_not_a_pipe():
    out = run_cli("export", "--format", "gpkg", "-o", "-")
    assert out.returncode == 2 and out.stdout == ""
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "needs a file" in lines[0]


@pytest.mark.parametrize("fmt", ["gpkg", "kml", "parquet"])
def test_import_counts_every_refused_row(reference, gazetteer, scratch_store, tmp_path, fmt):
    """The export holds the reference events, which an import may not replace: the summary
    counts them as refused, as many as the lines that list them."""
    path = tmp_path / f"events.{fmt}"
    path.write_bytes(export_bytes(reference, fmt, gazetteer.country_codes()))
    out = run_cli("import", str(path))
    assert out.returncode == 0, out.stderr
    listed = [line for line in out.stderr.splitlines() if line.startswith("refused ")]
    assert len(listed) == 12
    assert f"events.{fmt} ({fmt}): 12 rows, 12 read, 12 refused (12: an import cannot" in out.stdout


def test_import_reads_standard_input_for_a_dash(scratch_store):
    """``geo export -o - | geo import -``: a pipe is as good as a file, and named so in what it
    says; empty input is refused in one line and the store is left as it was."""
    from conftest import one_event

    csv = export_bytes(one_event(event_id="piped-1", place="Kharkiv"), "csv").decode()
    out = run_cli("import", "-", stdin=csv)
    assert out.returncode == 0, out.stderr
    assert "stdin (csv): 1 row, 1 read, 0 refused; store: 1 new" in out.stdout
    empty = run_cli("import", "-", stdin="")
    assert empty.returncode == 2 and len(empty.stderr.strip().splitlines()) == 1
    assert "stdin is empty" in empty.stderr
    listed = run_cli("export", "--format", "csv", "-o", "-")
    assert "piped-1" in listed.stdout


def test_kml_keeps_the_columns_we_have_no_field_for(gazetteer):
    """A re-import of a KML export must not wipe ``extra`` (UCDP's and ACLED's other columns)."""
    from conftest import one_event

    frame = one_event(place="Kharkiv", extra='{"where_coordinates": "Kharkiv town"}')
    back = formats.read(export_bytes(frame, "kml"), "events.kml", gazetteer).frame
    assert back.iloc[0]["extra"] == frame.iloc[0]["extra"]


def test_a_store_of_any_file_name_reads_without_a_warning(tmp_path):
    """A store named ``store.sqlite`` (the README lets the user pick the name) is a GeoPackage all
    the same: GDAL's notice that the name does not end in ``.gpkg`` is no news to the user, and
    printed two lines on every command that read the store (newuser24)."""
    from conftest import one_event

    store = tmp_path / "store.sqlite"
    env = {"SITREP_STORE": str(store)}
    csv = export_bytes(one_event(event_id="named-1", place="Kharkiv"), "csv").decode()
    stored = run_cli("import", "-", stdin=csv, env=env)
    assert stored.returncode == 0, stored.stderr
    listed = run_cli("export", "--format", "csv", "-o", "-", env=env)
    assert listed.returncode == 0 and "named-1" in listed.stdout
    assert "application_id" not in stored.stderr + listed.stderr
    assert listed.stderr.strip() == ""
