"""GeoJSON export: RFC 7946 shape, every DESIGN.md property, readable by GDAL."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pyogrio
import pytest

from conftest import ROOT, one_event, run_cli
from geo.events import load_reference
from geo.export import to_feature_collection, write_geojson
from geo.records import PROPERTIES
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


# ---- hostile values in every writer (issue 13 items 1, 6, 7, 8)


SEPARATORS = "\u0001\u000b\u001b\ufffe\uffff\u2028\u2029\u0085\u0000"


def test_kml_stays_valid_xml_whatever_the_text_holds():
    import xml.etree.ElementTree as ET

    from geo.export import export_bytes

    frame = one_event(place=f"Kyiv{SEPARATORS}end", notes="a\u0001b", claimed_by="<&>\"'")
    root = ET.fromstring(export_bytes(frame, "kml"))  # raises on any character XML cannot hold
    data = {e.get("name"): e.text for e in root.iter("{http://www.opengis.net/kml/2.2}SimpleData")}
    assert data["notes"] == "a\\u0001b"  # spelled out, so the reader still sees it was there
    assert data["claimed_by"] == "<&>\"'"
    assert data["place"].startswith("Kyiv\\u0001\\u000b\\u001b\\ufffe\\uffff\u2028\u2029\u0085")


def test_geojson_and_csv_keep_every_separator(gazetteer):
    from geo import formats
    from geo.export import ExportError, export_bytes

    frame = one_event(place=f"Kyiv{SEPARATORS}end", notes=f"x{SEPARATORS}y")
    with pytest.raises(ExportError, match="NUL character"):
        export_bytes(frame, "csv", gazetteer.country_codes())  # a CSV cannot hold it: refused
    back = formats.read(export_bytes(frame, "geojson"), "e.geojson", gazetteer)
    assert back.frame["place"].iloc[0] == f"Kyiv{SEPARATORS}end"
    frame = one_event(place=f"Kyiv{SEPARATORS[:-1]}\r=1\r\nend", notes=f"x{SEPARATORS[:-1]}y")
    for fmt in ("geojson", "csv"):
        back = formats.read(
            export_bytes(frame, fmt, gazetteer.country_codes()), f"e.{fmt}", gazetteer
        )
        assert back.refused == []
        assert back.frame["place"].iloc[0] == frame["place"].iloc[0], fmt
        assert back.frame["notes"].iloc[0] == frame["notes"].iloc[0], fmt


def test_a_geopackage_export_refuses_a_nul_it_would_cut(tmp_path):
    from geo.export import ExportError, write_gpkg

    with pytest.raises(ExportError, match="NUL character"):  # GDAL would cut the text there
        write_gpkg(one_event(place="Kyiv\u0000HIDDEN"), tmp_path / "e.gpkg")
    assert list(tmp_path.iterdir()) == []


def test_text_none_stays_text_through_csv_and_kml(gazetteer):
    from geo import formats
    from geo.export import export_bytes

    frame = one_event(place="None", notes="nan", claimed_by="<NA>")
    back = formats.read(export_bytes(frame, "csv", gazetteer.country_codes()), "e.csv", gazetteer)
    row = back.frame.iloc[0]
    assert (row["place"], row["notes"], row["claimed_by"]) == ("None", "nan", "<NA>")
    kml = export_bytes(frame, "kml").decode("utf-8")
    assert '<SimpleData name="notes">nan</SimpleData>' in kml


FORMULAS = ("=1+1", "+1", "-1+2", "@SUM(A1)", "\t=1", "\r=1", '=HYPERLINK("http://x")')


def test_every_text_cell_of_the_csv_is_defused(gazetteer):
    import csv
    import io

    from geo.export import export_bytes

    for payload in FORMULAS:
        frame = one_event(
            **{
                name: payload
                for name in (
                    "place",
                    "place_mention",
                    "country",
                    "admin1",
                    "actor",
                    "weapon",
                    "claimed_by",
                    "source",
                    "source_text",
                    "notes",
                    "event_id",
                )
            }
        )
        text = export_bytes(frame, "csv", gazetteer.country_codes()).decode("utf-8")
        row = next(csv.DictReader(io.StringIO(text)))
        live = {
            k: v
            for k, v in row.items()
            if k not in ("latitude", "longitude") and v.startswith(("=", "+", "-", "@", "\t", "\r"))
        }
        assert live == {}, (payload, live)


def test_a_failed_export_leaves_no_temporary(tmp_path):
    import resource

    from geo.output import write_atomic

    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, limits[1]))  # a disk that fills mid-write
    try:
        with pytest.raises(OSError, match="too large"):
            write_atomic(tmp_path / "out.geojson", b"x" * 100_000)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
    assert list(tmp_path.iterdir()) == []


def test_a_planted_temporary_link_is_never_followed(tmp_path):
    from geo.export import write_gpkg
    from geo.output import write_atomic

    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    for name in ("out.geojson", "out.gpkg"):
        for planted in (f".{name}.tmp", f".{name}.tmp.gpkg"):  # the names used until now
            (tmp_path / planted).symlink_to(victim)
    write_atomic(tmp_path / "out.geojson", b"{}")
    write_gpkg(one_event(), tmp_path / "out.gpkg")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert (tmp_path / "out.geojson").read_bytes() == b"{}"
    assert not (tmp_path / "out.geojson").is_symlink()
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(
        [
            "victim.txt",
            "out.geojson",
            "out.gpkg",
            ".out.geojson.tmp",
            ".out.geojson.tmp.gpkg",
            ".out.gpkg.tmp",
            ".out.gpkg.tmp.gpkg",
        ]
    )


def test_the_map_payload_takes_any_stored_figure():
    from geo.layers import encode_events

    frame = one_event(fatalities=5, injured=7)
    # figures stored before ranges were checked: the frame is built as a loaded store holds them
    frame["fatalities"] = frame["fatalities"].astype("Int64") * 600_000_000  # 3,000,000,000
    frame["injured"] = frame["injured"].astype("Int64") * 10**9 * 10  # 7 * 10^10
    back = decode_events(encode_events(frame))
    assert back["fatalities"] == [None] and back["injured"] == [None]  # shown as not reported


def test_the_table_toolbar_csv_download_is_hidden(scratch_store):
    """Streamlit's own "Download as CSV" on a table writes cells undefused: it is hidden wherever
    a table is drawn (our download buttons defuse every cell)."""
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=300)
    app.session_state["table_open"] = True  # the Map page's table, opened
    app.run()
    assert not app.exception and len(app.dataframe) == 1
    styles = [e.proto.body for e in app.get("html")]
    assert any(
        "stElementToolbarButton" in css and "Download as CSV" in css and "display:none" in css
        for css in styles
    ), styles


def test_every_table_drawn_hides_the_toolbar_csv_download():
    """Each page or view module that draws a table (``st.dataframe``/``st.data_editor``) also
    hides that toolbar download, so no new page forgets it (the History page once did)."""
    drawing = [
        path
        for path in [*(ROOT / "pages").glob("*.py"), *(ROOT / "webui").glob("*.py")]
        if "st.dataframe(" in path.read_text() or "st.data_editor(" in path.read_text()
    ]
    assert len(drawing) >= 3
    assert [p.name for p in drawing if "hide_table_csv_download()" not in p.read_text()] == []
