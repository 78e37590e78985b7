"""Every refusal at the command line: status 2, one line that says what is wrong, nothing written."""

from __future__ import annotations

import os

import pytest

from conftest import BASE_EVENT, ROOT, run_cli

REPORT = ROOT / "data" / "reports" / "r3_kharkiv_dnipro.txt"


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("bad")
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:  # 50 MB of text, written once for the module
        f.write(b"Drones struck Kharkiv. " * (50 * 2**20 // 23))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    # bytes that no code page reads as text (0x98 is unassigned in cp1251, the rest in cp1252)
    (tmp_path / "mojibake.txt").write_bytes(b"\x98\x81\x8d\x8f\x90\x9d" * 200)
    (tmp_path / "page.html").write_text(
        "<html><body><script>alert(1)</script></body></html>", encoding="utf-8"
    )
    return tmp_path


CASES = [
    (("extract", "{dir}/missing.txt"), "no such file"),
    (("extract", "{dir}"), "is a folder"),
    (("extract", "{dir}/empty.txt"), "is empty"),
    (("extract", "{dir}/blank.txt"), "is empty"),
    (("extract", "{dir}/image.txt"), "looks binary"),
    (("extract", "{dir}/mojibake.txt"), "not in an encoding Sitrep Map can read"),
    (("extract", "{dir}/huge.txt"), "more than the 5 MB a report may have"),
    (("extract", "{dir}/page.html"), "has no visible text"),
    (("extract", str(REPORT), "--frob"), "unrecognized arguments: --frob"),
    (("extract", str(REPORT), "--published", "26/11/2024"), "--published"),
    (("extract", str(REPORT), "--published", "0001-01-01"), "no plausible publication date"),
    (("extract",), "the following arguments are required: REPORT"),
    (("import", "{dir}/image.txt"), "is a PNG image, not a GeoJSON, CSV or other file of events"),
    (("import", "{dir}/huge.txt", "--format", "csv"), "is not a Sitrep Map CSV"),
    (("import", "{dir}/missing.csv"), "no such file"),
    (("export", "--since", "yesterday"), "--since"),
    (("export", "--format", "shp"), "invalid choice"),
    (("export", "--bbox", "40,0,30,1"), "west should be less than east"),
    (("export", "--bbox", "Kyiv"), "is not WEST,SOUTH,EAST,NORTH"),
    (("map", "--type", "party"), "invalid choice"),
]


@pytest.mark.parametrize(("args", "message"), CASES, ids=[" ".join(a[:3]) for a, _ in CASES])
def test_each_refusal_is_one_clear_line(tmp_path, bad_files, args, message):
    folder = bad_files
    store = tmp_path / "store.gpkg"
    out = run_cli(
        *(a.format(dir=folder) for a in args),
        env={"SITREP_STORE": str(store)},
    )
    assert out.returncode == 2, (args, out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert message in lines[0], lines[0]
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert not store.exists()  # nothing written


def test_refused_save_keeps_the_store_and_writes_no_output(tmp_path):
    store = tmp_path / "store.gpkg"
    env = {"SITREP_STORE": str(store)}
    first = run_cli("extract", str(REPORT), "--save", "-o", str(tmp_path / "a.geojson"), env=env)
    assert first.returncode == 0, first.stderr
    before = store.read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run_cli("extract", str(empty), "--save", "-o", str(tmp_path / "b.geojson"), env=env)
    assert out.returncode == 2 and "is empty" in out.stderr
    assert store.read_bytes() == before
    assert not (tmp_path / "b.geojson").exists()


# ---- hostile files (issue 13 item 9): each one line, status 2, no traceback, nothing stored


def _collection(props: str = "", geometry: str = '{"type": "Point", "coordinates": [30.5, 50.4]}'):
    feature = (
        f'{{"type": "Feature", "geometry": {geometry}, "properties": '
        f'{{"event_date": "2025-01-01", "event_type": "strike", "place": "Kyiv"{props}}}}}'
    )
    return f'{{"type": "FeatureCollection", "features": [{feature}]}}'


HOSTILE_FILES = {
    "nested 5000 deep": (
        '{"type": "FeatureCollection", "features": ' + "[" * 5000 + "]" * 5000 + "}",
        "nests arrays or objects too deeply",
    ),
    "Infinity as a count": (_collection(', "fatalities": Infinity'), "'fatalities' should be"),
    "'inf' as a count": (_collection(', "injured": "inf"'), "'injured' should be"),
    "1e30 as a precision": (_collection(', "geo_precision": 1e30'), "'geo_precision' should be"),
    "5000 digits in a span": (
        _collection(', "source_span": [1, ' + "9" * 5000 + "]"),
        "is not readable JSON",
    ),
    "10^10 dead": (_collection(', "fatalities": 10000000000'), "at most 1,000,000"),
    "span end before start": (_collection(', "source_span": [90, 10]'), "start before end"),
    "a day in year 9999": (
        _collection(', "event_date": "9999-12-31"'),
        "'event_date' should be a day from 1800 to 2200",
    ),
    "a day in year 204": (
        _collection(', "event_date": "0204-11-20"'),
        "'event_date' should be a day from 1800 to 2200",
    ),
    "geometry as a word": (_collection(geometry='"Point"'), "geometry should be a Point object"),
    "lone surrogate": (_collection(', "notes": "a\\ud800b"'), "lone surrogate"),
}
HOSTILE_BYTES = {
    "UTF-16 BOM, odd length": (b"\xff\xfeA\x00b", "UTF-16 byte-order mark"),
    "UTF-8 BOM then junk": (b"\xef\xbb\xbf\xff\xfe", "UTF-8 byte-order mark"),
    "UTF-32 BOM, cut short": (b"\xff\xfe\x00\x00abc", "UTF-32 byte-order mark"),
}


def _hostile(kind: str) -> tuple[bytes, str]:
    if kind in HOSTILE_FILES:
        text, message = HOSTILE_FILES[kind]
        return text.encode("utf-8"), message
    return HOSTILE_BYTES[kind]


@pytest.mark.parametrize("kind", [*HOSTILE_FILES, *HOSTILE_BYTES])
def test_hostile_import_files_are_refused_in_one_line(gazetteer, kind):
    from geo import formats

    data, message = _hostile(kind)
    try:
        result = formats.read(data, "events.geojson", gazetteer)
    except formats.ImportFormatError as exc:
        said = str(exc)
    else:
        assert len(result.frame) == 0 and len(result.refused) == 1, result.refused
        said = result.refused[0][1]
    assert message in said and "\n" not in said, said


@pytest.mark.parametrize("kind", ["nested 5000 deep", "lone surrogate", "UTF-16 BOM, odd length"])
def test_hostile_import_files_at_the_command_line(tmp_path, kind):
    data, message = _hostile(kind)
    (tmp_path / "events.geojson").write_bytes(data)
    store = tmp_path / "store.gpkg"
    out = run_cli("import", str(tmp_path / "events.geojson"), env={"SITREP_STORE": str(store)})
    assert out.returncode == 2, (kind, out.stderr[-2000:])
    assert "Traceback" not in out.stderr and message in out.stderr, out.stderr
    assert out.stderr.strip().splitlines()[-1].startswith("error: ")
    assert not store.exists()


def test_special_files_are_refused_without_reading_them_whole(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # nobody writes to it: a plain open() would wait for ever
    for path in ("/dev/zero", "/dev/urandom", str(fifo)):
        for command in ("extract", "import"):
            out = run_cli(command, path, env={"SITREP_STORE": str(tmp_path / "s.gpkg")})
            assert out.returncode == 2, (command, path, out.stderr[-2000:])
            assert "is not a regular file" in out.stderr and "Traceback" not in out.stderr
            assert len(out.stderr.strip().splitlines()) == 1


def test_special_files_as_json_lines_archives_are_one_line(tmp_path):
    """A FIFO or a device named as a JSON-lines archive for ``ingest``: the count of its lines
    waited for a writer for ever (FIFO) or ended in a MemoryError traceback (``/dev/zero`` is
    one endless line)."""
    fifo = tmp_path / "pipe.jsonl"
    os.mkfifo(fifo)
    zero = tmp_path / "zero.jsonl"
    zero.symlink_to("/dev/zero")
    for path in (fifo, zero):
        out = run_cli("ingest", str(path), env={"SITREP_STORE": str(tmp_path / "s.gpkg")})
        assert out.returncode == 2, (path, out.stderr[-2000:])
        assert "is not a regular file" in out.stderr and "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1, out.stderr
    assert not (tmp_path / "s.gpkg").exists()


def test_an_endless_archive_line_fails_alone_without_being_held(tmp_path, monkeypatch):
    """A JSON line longer than any report's text may be (a file with no line ends) fails alone,
    named, and is read past rather than kept whole; the lines after it are read."""
    from geo.ingest import sources

    monkeypatch.setattr(sources, "MAX_LINE_BYTES", 1000)
    path = tmp_path / "long.jsonl"
    fine = '{"id": "%s", "text": "A missile hit Kharkiv."}\n'
    path.write_text(fine % "a" + '{"text": "' + "x" * 5000 + '"}\n' + fine % "b", "utf-8")
    first, long, last = list(sources.open_archive([path]))
    assert isinstance(long, sources.Failed) and long.name == "long.jsonl:2"
    assert "more than" in long.reason and "\n" not in long.reason
    assert (first.name, last.name) == ("a", "b")
    assert sources.open_archive([path]).total == 3


def test_a_growing_file_is_cut_at_the_limit_not_trusted_by_its_size(tmp_path):
    from geo.textio import ReportError, read_limited

    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2048)
    assert read_limited(path, 2048) == b"a" * 2048
    with pytest.raises(ReportError, match="more than the"):
        read_limited(path, 2047)


def _full_disk(limit: int = 2 * 2**20):
    """A 2 MB limit on any file this process writes: what a full 2 MB disk does to a write."""
    import resource

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_a_full_disk_is_one_line_and_leaves_nothing(tmp_path):
    import subprocess
    import sys

    target = tmp_path / "huge.kml"
    out = subprocess.run(
        [sys.executable, "-m", "geo", "export", "--format", "kml", "-o", str(target)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={
            **os.environ,
            "SITREP_STORE": str(tmp_path / "s.gpkg"),
        },
        preexec_fn=_full_disk(4096),  # the reference events as KML are about 30 kB
        timeout=300,
    )
    assert out.returncode == 2, out.stderr[-2000:]
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) == 1
    assert "File too large" in out.stderr
    assert list(tmp_path.iterdir()) == []  # no half-written file, no temporary


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("fatalities", 3_000_000_000, "at most 1,000,000"),
        ("injured", float("inf"), "whole number"),
        ("geo_precision", 1e30, "should be one of 1, 2, 3"),
        ("time_precision", float("nan"), "should be one of 1, 2, 3"),
        ("fatalities", 2.5, "whole number"),
        ("span_start", -4, "should not be negative"),
    ],
)
def test_review_table_edits_out_of_range_are_refused(field, value, message):
    from geo.records import EventError
    from geo.review import checked_frame

    row = {**BASE_EVENT, "span_end": 10, field: value}
    with pytest.raises(EventError, match=message) as caught:
        checked_frame([row])
    assert str(caught.value).startswith(f"row 1: '{field}'")


def test_an_unreachable_online_service_caches_nothing(tmp_path):
    import sqlite3

    from conftest import free_port
    from geo.geocode import NominatimBackend

    cache = tmp_path / "nominatim.sqlite"
    backend = NominatimBackend(
        domain=f"127.0.0.1:{free_port()}",  # nothing listens there: connection refused
        scheme="http",
        min_delay_seconds=0,
        cache_path=cache,
    )
    assert backend.geocode("Hlukhiv") is None
    assert backend.geocode("Hlukhiv") is None
    assert backend.requests_sent == 2  # asked again: the miss was not kept as "no such place"
    with sqlite3.connect(cache) as db:
        assert db.execute("SELECT count(*) FROM answers").fetchone() == (0,)


# Binary imports whose rows are not all stored one after the other: a GeoPackage's layer can be a
# view (one SQL join of a small table with itself yields millions of rows) and a Parquet column
# can say "this value, 300,000 times" in a few bytes. Both are refused from what the file
# declares, before the rows are built, so a 100 kB upload cannot fill the server's memory.


def _events_as_a_self_join(tmp_path, gazetteer) -> bytes:
    """Our own GeoPackage export, its events table renamed and an ``events`` view put in its
    place that joins the table with itself four times (12 events: 20,736 rows)."""
    import sqlite3

    from geo.events import load_reference
    from geo.export import export_bytes

    path = tmp_path / "joined.gpkg"
    path.write_bytes(export_bytes(load_reference(gazetteer), "gpkg"))
    with sqlite3.connect(path) as db:
        db.executescript(
            """
            ALTER TABLE events RENAME TO base;
            UPDATE gpkg_contents SET table_name = 'base', identifier = 'base'
                WHERE table_name = 'events';
            UPDATE gpkg_geometry_columns SET table_name = 'base' WHERE table_name = 'events';
            DELETE FROM gpkg_extensions;
            CREATE VIEW events AS SELECT a.fid * 10000 + b.fid * 1000 + c.fid * 100 + d.fid AS fid,
                a.geom, a.event_id || b.fid || c.fid || d.fid AS event_id, a.event_date,
                a.time_precision, a.event_type, a.place, a.geo_precision, a.verification
                FROM base a, base b, base c, base d;
            INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id)
                VALUES ('events', 'features', 'events', 4326);
            INSERT INTO gpkg_geometry_columns VALUES ('events', 'geom', 'POINT', 4326, 0, 0);
            DELETE FROM gpkg_ogr_contents;
            """
        )
    return path.read_bytes()


def _one_event_repeated(rows: int) -> bytes:
    """A GeoParquet file holding one event ``rows`` times, dictionary-encoded: a few kB."""
    import io
    import json

    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq
    import shapely

    same = pa.array(np.zeros(rows, dtype=np.int8))

    def repeated(value) -> pa.DictionaryArray:
        return pa.DictionaryArray.from_arrays(same, pa.array([value]))

    table = pa.table(
        {
            "event_id": repeated("one"),
            "event_date": repeated("2024-03-15"),
            "event_type": repeated("strike"),
            "place": repeated("Kharkiv"),
            "time_precision": repeated(1),
            "geo_precision": repeated(1),
            "verification": repeated("confirmed"),
            "geometry": repeated(shapely.to_wkb(shapely.Point(36.2, 49.9))),
        }
    )
    geo = {
        "version": "1.0.0",
        "primary_column": "geometry",
        "columns": {"geometry": {"encoding": "WKB", "geometry_types": ["Point"]}},
    }
    table = table.replace_schema_metadata({b"geo": json.dumps(geo).encode()})
    out = io.BytesIO()
    pq.write_table(table, out, compression="zstd")
    return out.getvalue()


def test_a_geopackage_view_that_multiplies_rows_is_refused(gazetteer, tmp_path):
    from geo import formats

    data = _events_as_a_self_join(tmp_path, gazetteer)
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(data, "joined.gpkg", gazetteer)
    said = str(caught.value)
    assert "joined.gpkg holds a view 'events'" in said and "\n" not in said, said


def test_a_parquet_file_that_repeats_one_row_is_refused_before_reading(gazetteer):
    from geo import formats

    data = _one_event_repeated(300_000)
    assert len(data) < 20_000
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(data, "repeated.parquet", gazetteer)
    said = str(caught.value)
    assert "repeated.parquet holds more rows than" in said and "\n" not in said, said
    few = formats.read(_one_event_repeated(3), "three.parquet", gazetteer)
    assert len(few.frame) == 1 and len(few.refused) == 2  # the same id thrice: two duplicates


def test_a_row_multiplying_file_at_the_command_line(gazetteer, tmp_path):
    (tmp_path / "joined.gpkg").write_bytes(_events_as_a_self_join(tmp_path, gazetteer))
    store = tmp_path / "store.gpkg"
    out = run_cli("import", str(tmp_path / "joined.gpkg"), env={"SITREP_STORE": str(store)})
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr[-2000:]
    # refused as a view before any row is read (attack33: a view may compute rows for ever)
    assert len(out.stderr.strip().splitlines()) == 1 and "holds a view 'events'" in out.stderr
    assert not store.exists()


# A GeoPackage or GeoParquet file may declare any coordinate system; one that cannot be turned
# into longitude and latitude is the file's fault and said in one line, not a PROJ traceback.


def _gpkg_in_crs(tmp_path, definition: str, gazetteer) -> bytes:
    import sqlite3

    from geo.events import load_reference
    from geo.export import export_bytes

    path = tmp_path / "local.gpkg"
    path.write_bytes(export_bytes(load_reference(gazetteer), "gpkg"))
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO gpkg_spatial_ref_sys VALUES ('local', 99999, 'NONE', 99999, ?, NULL)",
            (definition,),
        )
        db.execute("UPDATE gpkg_geometry_columns SET srs_id = 99999")
        db.execute("UPDATE gpkg_contents SET srs_id = 99999")
    return path.read_bytes()


def test_a_coordinate_system_without_longitude_and_latitude_is_one_line(gazetteer, tmp_path):
    import io

    import geopandas as gpd

    from geo import formats

    local = 'LOCAL_CS["a site grid",UNIT["metre",1]]'
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(_gpkg_in_crs(tmp_path, local, gazetteer), "local.gpkg", gazetteer)
    said = str(caught.value)
    assert said.startswith("local.gpkg") and "longitude and latitude" in said, said
    assert "\n" not in said
    frame = gpd.GeoDataFrame(
        {"place": ["Kharkiv"]}, geometry=gpd.points_from_xy([1.0], [2.0]), crs=local
    )
    out = io.BytesIO()
    frame.to_parquet(out)
    with pytest.raises(formats.ImportFormatError, match="longitude and latitude"):
        formats.read(out.getvalue(), "local.parquet", gazetteer)


def test_a_geopackage_whose_events_are_a_plain_table_is_one_line(gazetteer, tmp_path):
    """An ``events`` table without geometry (GDAL lists it as a layer of no geometry type) is
    said in one line, not an AttributeError on a frame without a CRS."""
    import sqlite3

    import geopandas as gpd
    import shapely

    from geo import formats

    path = tmp_path / "table.gpkg"
    gpd.GeoDataFrame(geometry=[shapely.box(37, 47, 38, 48)], crs=4326).to_file(path, layer="area")
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE events (fid INTEGER PRIMARY KEY, event_date TEXT, place TEXT)")
        db.execute("INSERT INTO events (event_date, place) VALUES ('2024-03-15', 'Kharkiv')")
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(path.read_bytes(), "table.gpkg", gazetteer)
    said = str(caught.value)
    assert said.startswith("table.gpkg") and "no geometry" in said and "\n" not in said, said


# JSON nested deeper than Python's parser can follow (20,000 brackets) is bad JSON like any
# other, wherever JSON is read: a JSON line of an archive, a CSV's 'extra' cell, and an 'extra'
# kept in the store when it is exported (it came in through a GeoPackage or GeoParquet column).
DEEP = "[" * 20_000 + "]" * 20_000


def test_deep_json_in_an_archive_line_fails_that_line_alone(tmp_path):
    from geo.ingest.sources import Failed, Item, open_archive

    path = tmp_path / "deep.jsonl"
    path.write_text(DEEP + '\n{"id": "fine", "text": "A missile hit Kharkiv."}\n', encoding="utf-8")
    deep, fine = list(open_archive([path]))
    assert isinstance(deep, Failed) and "nests arrays or objects" in deep.reason
    assert isinstance(fine, Item)


def test_deep_json_in_a_csv_extra_cell_refuses_that_row(gazetteer):
    import csv
    import io

    from conftest import one_event
    from geo import formats
    from geo.export import export_bytes

    text = export_bytes(one_event(event_id="e-1"), "csv", gazetteer.country_codes()).decode()
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    rows[0]["extra"] = DEEP
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    result = formats.read(out.getvalue().encode(), "deep.csv", gazetteer)
    assert len(result.frame) == 0 and len(result.refused) == 1
    assert "nests arrays or objects" in result.refused[0][1]


def test_deep_json_kept_as_extra_is_exported_as_text(gazetteer):
    import json

    from conftest import one_event
    from geo.export import export_bytes

    frame = one_event(event_id="e-1", extra=DEEP)
    for fmt in ("geojson", "csv", "kml"):
        assert export_bytes(frame, fmt, gazetteer.country_codes())
    feature = json.loads(export_bytes(frame, "geojson"))["features"][0]
    assert feature["properties"]["extra"] == DEEP


@pytest.mark.parametrize(
    ("typed", "point"),
    [
        ("\u221233.92, 18.42", (-33.92, 18.42)),  # the minus sign of web pages
        ("48.19,\u200b37.25", (48.19, 37.25)),  # a zero-width space pasted with it
        ("+48.19, +37.25", (48.19, 37.25)),
        ("\u202a48.19, 37.25\u202c", (48.19, 37.25)),  # direction marks around a copied value
        ("48,19; 37,25", (48.19, 37.25)),  # decimal commas, as much of Europe writes them
        ("48,19 37,25", (48.19, 37.25)),
        ("(\u221233,92; 18,42)", (-33.92, 18.42)),
        ("48, 12", (48.0, 12.0)),  # a comma and a space: two numbers
        ("48,19, 37,25", (48.19, 37.25)),  # decimal commas, the pair cut by a comma and a space
        (
            "\u0664\u0668\u066b\u0661\u0669, \u0663\u0667\u066b\u0662\u0665",
            (48.19, 37.25),
        ),  # Arabic
    ],
)
def test_review_coordinates_as_pages_copy_them_are_coordinates(typed, point):
    """The review's "lat, lon" box read these as a place name and answered "not in the
    gazetteer: type lat, lon", to someone who had typed lat, lon."""
    from geo.review import typed_point

    assert typed_point(typed) == point


@pytest.mark.parametrize("typed", ["48,12", " 37,5 "])
def test_review_a_lone_decimal_comma_is_asked_not_guessed(typed):
    """ "48,12" was read as latitude 48, longitude 12 (Bavaria) by someone who meant 48.12."""
    from geo.records import EventError
    from geo.review import typed_point

    with pytest.raises(EventError, match="could be one number or two"):
        typed_point(typed)


@pytest.mark.parametrize(
    "typed", ["48,,19", "1e308,5", "48.19,37.25,", "48. 19, 37. 25", "9" * 10_000 + ",5"]
)
def test_review_numbers_that_are_no_point_say_so_in_one_short_line(typed):
    """Numbers and separators only were looked up as a place's name ("1e308,5 is not in the
    gazetteer: type lat, lon", to someone who had); a pasted 10,000 digits were repeated."""
    from geo.records import EventError
    from geo.review import typed_point

    with pytest.raises(EventError, match="is not a point Sitrep Map can read") as caught:
        typed_point(typed)
    assert len(str(caught.value)) < 200 and "\n" not in str(caught.value)


def test_review_place_name_with_invisible_characters_is_found(geocoder):
    from geo.review import typed_choices

    found = typed_choices(geocoder, "Khar\u200bkiv\u00ad", "A drone hit Kharkiv.")
    assert found and found[0][0].name == "Kharkiv"


def test_review_coordinates_off_the_globe_are_one_line():
    from geo.records import EventError
    from geo.review import typed_point

    with pytest.raises(EventError) as caught:
        typed_point("\u221291.5, 37")
    assert (
        str(caught.value) == "-91.5, 37 is not a point: latitude first (-90 to 90), then longitude"
    )


@pytest.mark.parametrize(
    "crs",
    [
        {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::3857"}},
        {"type": "name", "properties": {"name": "EPSG:32637"}},
        {"type": "link", "properties": {"href": "http://example.org/crs"}},
    ],
)
def test_geojson_in_another_coordinate_system_is_one_line(gazetteer, crs):
    """A GeoJSON whose old "crs" member names a projection holds metres, not degrees: small
    ones (a point 30 m east, 50 m north of the grid's origin) were stored as 30°E, 50°N."""
    import json

    from geo import formats

    doc = json.loads(_collection(geometry='{"type": "Point", "coordinates": [30, 50]}'))
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(json.dumps({**doc, "crs": crs}).encode(), "metres.geojson", gazetteer)
    said = str(caught.value)
    assert "not longitude and latitude" in said and "\n" not in said, said


@pytest.mark.parametrize("name", ["urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326", None])
def test_geojson_saying_longitude_and_latitude_is_read(gazetteer, name):
    import json

    from geo import formats

    doc = json.loads(_collection())
    crs = None if name is None else {"type": "name", "properties": {"name": name}}
    result = formats.read(json.dumps({**doc, "crs": crs}).encode(), "deg.geojson", gazetteer)
    assert len(result.frame) == 1 and result.refused == []


def test_a_report_file_named_in_no_utf8_is_ingested(tmp_path):
    """A report whose file name holds bytes that are not UTF-8 (a Windows archive unpacked on
    Linux) failed as "'source' holds a lone surrogate": the name is shown with U+FFFD instead."""
    from geo.ingest.sources import Item, open_archive

    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / os.fsdecode(b"r\xff.txt")).write_text("A drone hit Kharkiv.", encoding="utf-8")
    (item,) = list(open_archive([folder]))
    assert isinstance(item, Item) and item.name == "archive/r\ufffd.txt"
    item.name.encode("utf-8")


def test_a_nul_in_an_archive_line_s_text_is_dropped(tmp_path):
    """JSON may write NUL ("\\u0000") in a report's text, which no file report can hold (it
    reads as binary). It went through to the events' sentences, and a PostgreSQL store refused
    them: the whole ingest stopped at status 2. It is dropped like the invisible characters."""
    from geo.ingest.sources import Item, open_archive

    path = tmp_path / "nul.jsonl"
    path.write_text('{"id": "n", "text": "A drone hit Khar\\u0000kiv."}\n', encoding="utf-8")
    (item,) = list(open_archive([path]))
    assert isinstance(item, Item) and item.text == "A drone hit Kharkiv."


@pytest.mark.parametrize("address", ["postgresql://u:s3cret@[::1", "postgresql://u:my s3cret@h/db"])
def test_a_malformed_store_address_is_one_line_without_its_password(address):
    """SITREP_STORE set to an address the driver cannot parse (an unclosed IPv6 bracket, a
    space in the password) ended in a psycopg.ProgrammingError traceback that quoted it."""
    for command in (("export", "-o", "-"), ("context", "list")):
        out = run_cli(*command, env={"SITREP_STORE": address})
        assert out.returncode == 2, (command, out.stderr[-2000:])
        assert "not a PostgreSQL address" in out.stderr and "Traceback" not in out.stderr
        assert len(out.stderr.strip().splitlines()) == 1 and "s3cret" not in out.stderr


def test_an_archive_s_link_to_a_file_outside_it_is_not_read(tmp_path):
    """An unpacked archive may carry a link to the server's own files (a password file named
    r.txt): its text was read and stored as a report, its sentences shown on the map. A link
    inside the folder is read as before."""
    from geo.ingest.sources import Failed, Item, open_archive

    secret = tmp_path / "secret.txt"
    secret.write_text("The password is hunter2, kept in Kharkiv.", encoding="utf-8")
    folder = tmp_path / "archive"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "inner.txt").write_text("A drone hit Lviv.", encoding="utf-8")
    (folder / "inside.txt").symlink_to(folder / "sub" / "inner.txt")
    (folder / "leak.txt").symlink_to(secret)
    read = {r.name: r for r in open_archive([folder])}
    assert isinstance(read["archive/inside.txt"], Item)
    leak = read["archive/leak.txt"]
    assert isinstance(leak, Failed) and "outside the folder" in leak.reason


def test_a_json_array_given_as_an_archive_is_one_line(tmp_path):
    """A pretty-printed JSON array of reports (an export, not JSON lines) failed line by line:
    one 'not a JSON object' per line of the file, status 1. It is refused in one line."""
    import json

    path = tmp_path / "reports.json"
    path.write_text(json.dumps([{"id": "1", "text": "A drone hit Kharkiv."}] * 50, indent=2))
    store = tmp_path / "s.gpkg"
    out = run_cli("ingest", str(path), "--workers", "0", env={"SITREP_STORE": str(store)})
    assert out.returncode == 2, out.stderr[-2000:]
    assert (
        out.stderr.strip()
        == f"error: {path}: a JSON array, not JSON lines: write one report object per line"
    )
    assert not store.exists()


def _our_csv(gazetteer, *places: str) -> tuple[str, list[str]]:
    """Our own CSV export of one event per place: its header line and its row lines."""
    from conftest import BASE_EVENT
    from geo.events import to_frame
    from geo.export import export_bytes

    frame = to_frame([{**BASE_EVENT, "event_id": f"e-{p}", "place": p} for p in places])
    text = export_bytes(frame, "csv", gazetteer.country_codes()).decode("utf-8-sig")
    header, *rows = text.splitlines(keepends=True)
    return header, rows


def test_a_csv_quote_never_closed_is_one_line_naming_where_it_opens(gazetteer):
    """A quote opened and never closed made the rest of the file one cell: the rows after it
    were lost without a word (one row refused for its missing latitude)."""
    from geo import formats

    header, (kharkiv, sumy, odesa) = _our_csv(gazetteer, "Kharkiv", "Sumy", "Odesa")
    text = header + kharkiv + '"' + sumy + odesa
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(text.encode(), "cut.csv", gazetteer)
    said = str(caught.value)
    assert "cut.csv" in said and "line 3 is never closed" in said and "\n" not in said, said


def test_csv_files_joined_together_refuse_the_repeated_header_and_read_the_rest(gazetteer):
    """Two exports joined ('cat a.csv b.csv'): the second one's byte-order mark and header in
    the middle. The header row is refused saying so (it was 'could not convert string to
    float'), and the mark is not kept at the start of the next file's first cell."""
    from geo import formats

    header, (kharkiv,) = _our_csv(gazetteer, "Kharkiv")
    _, (sumy, odesa) = _our_csv(gazetteer, "Sumy", "Odesa")
    text = header + kharkiv + "\ufeff" + header + sumy + "\ufeff" + odesa
    result = formats.read(text.encode(), "joined.csv", gazetteer)
    assert [n for n, _ in result.refused] == [3]
    assert "repeats the header row" in result.refused[0][1]
    assert list(result.frame["event_id"]) == ["e-Kharkiv", "e-Sumy", "e-Odesa"]


def test_a_refused_cell_of_megabytes_is_quoted_in_a_short_line(gazetteer, tmp_path):
    """A reason quoted the refused cell whole: a 3 MB type or date made a 'one line' of 3 MB
    on the command line and in the Import page's table of refused rows."""
    from geo import formats

    header, (kharkiv, sumy, odesa) = _our_csv(gazetteer, "Kharkiv", "Sumy", "Odesa")
    huge = "x" * 3_000_000
    text = header + kharkiv.replace("strike", huge) + sumy.replace("2025-01-01", huge) + odesa
    result = formats.read(text.encode(), "huge.csv", gazetteer)
    assert [n for n, _ in result.refused] == [2, 3] and list(result.frame["place"]) == ["Odesa"]
    assert all(len(reason) < 200 for _, reason in result.refused), result.refused
    (tmp_path / "huge.csv").write_text(text, encoding="utf-8")
    out = run_cli(
        "import", str(tmp_path / "huge.csv"), env={"SITREP_STORE": str(tmp_path / "s.gpkg")}
    )
    assert len(out.stderr) < 2000 and "Traceback" not in out.stderr, out.stderr[:300]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("event_type", "y" * 100_000),
        ("event_date", "2025-" * 20_000),
        ("weapon_category", "z" * 100_000),
        ("fatalities", int("9" * 4000)),
        ("lat", "4" * 100_000),
    ],
)
def test_every_refused_value_is_quoted_short(field, value):
    from geo.records import EventError, validate

    with pytest.raises(EventError) as caught:
        validate({**BASE_EVENT, field: value})
    assert f"'{field}'" in str(caught.value) and len(str(caught.value)) < 400


def test_a_csv_with_a_nul_byte_is_told_so_not_sent_for_a_report(gazetteer):
    """A NUL in one cell of a CSV read as one: the file was called 'not a text report: give
    a .txt, .md or .html file', advice for the Ingest page, not for an import."""
    from geo import formats

    header, (kharkiv, sumy) = _our_csv(gazetteer, "Kharkiv", "Sumy")
    data = (header + kharkiv + sumy.replace("Sumy", "Su\0my")).encode()
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(data, "nul.csv", gazetteer, "csv")
    said = str(caught.value)
    column = data.index(0) - data.rindex(b"\n", 0, data.index(0))
    assert said == (
        f"nul.csv has binary bytes (NUL) at line 3, column {column}: not plain text; "
        "export it again as text"
    )


def test_csv_column_names_with_spaces_around_them_are_read(gazetteer):
    """A spreadsheet's header ' location, event_date ': the header passed its check with the
    names stripped, and every row was then refused ('event_date' ... got None)."""
    from geo import formats

    header, (kharkiv,) = _our_csv(gazetteer, "Kharkiv")
    header = header.replace("event_date", " event_date ").replace("location", "location ")
    result = formats.read((header + kharkiv).encode(), "spaced.csv", gazetteer)
    assert result.refused == [] and list(result.frame["place"]) == ["Kharkiv"]


def test_a_csv_row_with_more_cells_than_columns_is_refused_in_one_line(gazetteer):
    """A separator inside a cell that is not in quotes moves every cell after it into the next
    column; the row was kept as read. It is refused, saying why; empty cells after the last
    column (trailing separators) are no harm."""
    from geo import formats

    header, (kharkiv, sumy, odesa) = _our_csv(gazetteer, "Kharkiv", "Sumy", "Odesa")
    text = header + kharkiv.rstrip("\r\n") + ",stray\n" + sumy.rstrip("\r\n") + ",,\n" + odesa
    result = formats.read(text.encode(), "spilled.csv", gazetteer)
    assert [n for n, _ in result.refused] == [2], result.refused
    assert "1 more cell than the header" in result.refused[0][1]
    assert "\n" not in result.refused[0][1]
    assert list(result.frame["place"]) == ["Sumy", "Odesa"]


def test_a_typed_point_at_zero_is_named_without_a_minus_sign():
    """'-0, -0' or '-0.00001, 5' typed in the review's place box was named '-0.0000, -0.0000'."""
    from geo.review import typed_point, with_point

    for typed, name in [("-0, -0", "0.0000, 0.0000"), ("-0.00001, 5", "0.0000, 5.0000")]:
        point = typed_point(typed)
        assert point is not None
        assert with_point(dict(BASE_EVENT), *point)["place"] == name


def test_a_long_place_typed_for_a_hand_added_event_is_quoted_short(geocoder, monkeypatch):
    """A place name pasted as 100,000 letters into the hand-added event's box, not found: the
    refusal repeated all of it (100,039 characters) on the page."""
    from types import SimpleNamespace

    from geo.records import EventError
    from webui import hand_box

    monkeypatch.setattr(hand_box.st, "session_state", SimpleNamespace(ingest_source="paste"))
    monkeypatch.setattr(hand_box.data, "geocoder", lambda: geocoder)
    fields = {"event_type": "strike", "event_date": "2025-03-02", "verification": "claimed"}
    with pytest.raises(EventError, match="is not in the gazetteer") as caught:
        hand_box._event(fields, "q" * 100_000, "A drone hit Kharkiv.")
    assert len(str(caught.value)) < 200


def test_nul_and_invisible_characters_typed_in_the_review_are_dropped(geocoder, tmp_path):
    """A 'claimed by' typed with a NUL (a paste, or a script posting the form) was stored, and
    every CSV and GeoPackage export of the store then refused; a zero-width space inside
    'Shahed' left the weapon unknown. Typed text is read as a report's: the hand-added event's
    fields and the review table's edits alike."""
    from geo.export import export_bytes
    from geo.hand_events import hand_event
    from geo.review import checked_frame

    kharkiv = geocoder.gazetteer.lookup("Kharkiv")[0][0]
    fields = {
        "event_type": "strike",
        "event_date": "2025-03-02",
        "verification": "claimed",
        "weapon": "Sha\u200bhed",
        "claimed_by": "gov\x00ernor\u2060",
        "notes": "seen\u200d\x00 twice",
    }
    added = hand_event(fields, "paste", place=kharkiv)
    assert (added["weapon"], added["weapon_category"]) == ("Shahed", "drone")
    assert added["claimed_by"] == "governor" and added["notes"].endswith("; seen twice")
    edited = {**added, "claimed_by": "the \x00mayor", "actor": "Rus\u200bsia", "notes": None}
    frame = checked_frame([edited])
    assert frame.iloc[0]["claimed_by"] == "the mayor" and frame.iloc[0]["actor"] == "Russia"
    assert export_bytes(frame, "csv")  # (refused a NUL: "'claimed_by' holds a NUL character")


def test_a_history_edited_outside_sitrep_map_is_still_read(scratch_store):
    """What sqlite3 or QGIS can leave in a store's history: a time whose UTC is off the
    calendar, a blob where the time is, a list where a precision is. The History page stopped on
    each (OverflowError, TypeError: '<' between str and bytes, unhashable type: 'list'); now the
    value is shown as it is stored."""
    import json
    import sqlite3

    from conftest import one_event
    from geo import changes, store

    store.save(one_event(event_id="t-1"))
    con = sqlite3.connect(scratch_store)
    con.execute("UPDATE history SET changed_at = '0001-01-01T00:30:00+01:00'")
    entry = "INSERT INTO history (changed_at, user, action, event_id, source, changes) "
    con.execute(entry + "VALUES (?, 'qgis', 'update', 't-1', 's', ?)", (b"\xff", "{}"))
    bad = json.dumps({"geo_precision": [1, [1, 2]], "time_precision": [{"a": 1}, 2]})
    con.execute(entry + "VALUES ('2026-12-04T10:00:00', 'qgis', 'update', 't-1', 's', ?)", (bad,))
    con.commit()
    con.close()
    lines = changes.readable(store.history())
    assert len(lines) == 3
    assert set(lines["when"]) == {"0001-01-01T00:30:00+01:00", "\ufffd", "4 Dec 2026 10:00 UTC"}
    assert "place is: [1, 2]" in lines.loc[lines["who"] == "qgis", "changes"].str.cat()


def test_a_refused_duplicate_of_a_megabyte_id_is_quoted_short(tmp_path):
    """Three rows with one 1,000,000-character event_id: two refused as duplicates, each reason
    quoting the id whole (2 MB of stderr, and as much in the Import page's table)."""
    header = (
        "event_id,event_type,event_date,place,lat,lon,time_precision,geo_precision,verification"
    )
    row = f"{'E' * 1_000_000},strike,2025-01-01,Kyiv,50.4,30.5,1,1,claimed"
    path = tmp_path / "ids.csv"
    path.write_text("\n".join([header, row, row, row]) + "\n", encoding="utf-8")
    out = run_cli("import", str(path), env={"SITREP_STORE": str(tmp_path / "store.gpkg")})
    assert out.returncode == 0
    refusals = out.stderr.splitlines()
    assert len(refusals) == 2 and all("duplicate of an earlier row" in r for r in refusals)
    assert len(out.stderr) < 500, len(out.stderr)


def test_a_command_line_value_of_100_kb_is_quoted_short(tmp_path):
    """argparse and the system quote a bad value whole: an option value or a file name of
    100 kB was a 100 kB "one line" on stderr. Each long word is cut now, the rest kept (the
    choices, the help to see)."""
    long = "x" * 100_000
    cases = [
        (["export", "--type", long, "-o", "-"], "choose from 'strike'"),
        (["import", "--format", long, "some.csv"], "choose from"),
        (["extract", "--published", long, "-"], "not a date"),
        (["extract", long], "File name too long"),
    ]
    env = {"SITREP_STORE": str(tmp_path / "s.gpkg")}
    for args, says in cases:
        r = run_cli(*args, stdin="", env=env)
        assert r.returncode == 2, (args[:2], r.stderr[:300])
        assert len(r.stderr) < 600 and r.stderr.count("\n") == 1, (args[:2], len(r.stderr))
        assert says in r.stderr and "…" in r.stderr, r.stderr
    assert not (tmp_path / "s.gpkg").exists()


def test_a_geojson_feature_without_geometry_naming_no_text_is_refused_alone(gazetteer):
    """A Feature with ``"geometry": null`` is put at the place it names; a place, country or
    region given as a number, an object or a list ended the whole import in an AttributeError
    traceback ('int' object has no attribute 'strip'). A number is read as its text (no such
    place), an object or list refused naming the field; the other features are read."""
    import json

    from geo import formats

    def feature(**props) -> dict:
        base = {"event_id": "e", "event_type": "strike", "event_date": "2025-01-01"}
        return {
            "type": "Feature",
            "geometry": None,
            "properties": {**base, "verification": "claimed", **props},
        }

    features = [
        feature(event_id="a", place=5),
        feature(event_id="b", place={"a": [1]}),
        feature(event_id="c", place="Kharkiv", country=["UA"]),
        feature(event_id="d", place="Kharkiv", admin1=7),
        feature(event_id="e", place="Kharkiv", country="UA"),
    ]
    data = json.dumps({"type": "FeatureCollection", "features": features}).encode()
    result = formats.read(data, "odd.geojson", gazetteer, "geojson")
    reasons = dict(result.refused)
    assert list(result.frame["event_id"]) == ["d", "e"]  # (a region 7 names none: the town)
    assert "the gazetteer has no '5'" in reasons[1]
    assert "'place' should be text, got {'a': [1]} instead" in reasons[2]
    assert "'country' should be text, got ['UA'] instead" in reasons[3]
    assert set(result.frame["place"]) == {"Kharkiv"}


# newuser30's three files, each refused in one line that says what is wrong with it
_TRUNCATED = (
    b'{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"place": "Khar'
)
_NUL_CSV = b'event_date,location,fatalities\n2026-03-11,Kharkiv,3\n"2026-03-12,Kupiansk,\x00\x01\n'
_NO_TYPE = b"event_date,location,fatalities\n2026-03-11,Kharkiv,3\n2026-03-12,Kupiansk,1\n"


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        (
            "truncated.geojson",
            _TRUNCATED,
            "truncated.geojson is not complete JSON: it ends at line 1, column 92 inside a "
            "string opened at line 1, column 88 (cut short?)",
        ),
        (
            "broken.csv",
            _NUL_CSV,
            "broken.csv has binary bytes (NUL) at line 3, column 22: not plain text; "
            "export it again as text",
        ),
        (
            "notype.csv",
            _NO_TYPE,
            "notype.csv has no event type column (its columns: event_date, location, "
            "fatalities): add event_type (strike, fighting, interception, meeting or other) "
            "to import it as a CSV of the event fields",
        ),
    ],
)
def test_newuser30s_files_are_refused_saying_what_is_wrong(tmp_path, name, data, said):
    store = tmp_path / "store.gpkg"
    (tmp_path / name).write_bytes(data)
    out = run_cli("import", str(tmp_path / name), env={"SITREP_STORE": str(store)})
    assert out.returncode == 2, out.stderr
    assert out.stderr.strip().splitlines() == [f"error: {said}"]
    assert not store.exists()  # nothing written
