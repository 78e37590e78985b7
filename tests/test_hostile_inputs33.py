"""The thirty-fourth session's attack (attack33) on the entry points: what it found, each a test
written before its fix."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys

import geopandas as gpd
import pytest
import shapely

from conftest import ROOT
from geo import context, formats

# --- GeoPackages whose rows are computed when read ---------------------------------------------
# SQLite computes a view's rows and a virtual generated column's cells when GDAL reads them: a
# 100 kB file can hold a query that never ends or makes strings of hundreds of megabytes.

FOREVER = """WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
    SELECT a.* FROM base a, c WHERE c.x = 0"""  # counts for ever, yields nothing
HUGE = "printf('%.*c', 20000000, 'x')"  # 20 MB a cell (the attack used 400 MB)


def _export_as_view(tmp_path, gazetteer, select: str):
    """Our own GeoPackage export, its events table renamed and an ``events`` view of ``select``
    (from the renamed table ``base``) put in its place."""
    from geo.events import load_reference
    from geo.export import export_bytes

    path = tmp_path / "viewed.gpkg"
    path.write_bytes(export_bytes(load_reference(gazetteer), "gpkg"))
    with sqlite3.connect(path) as db:
        db.executescript(
            f"""
            ALTER TABLE events RENAME TO base;
            UPDATE gpkg_contents SET table_name = 'base', identifier = 'base'
                WHERE table_name = 'events';
            UPDATE gpkg_geometry_columns SET table_name = 'base' WHERE table_name = 'events';
            DELETE FROM gpkg_extensions;
            CREATE VIEW events AS {select};
            INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id)
                VALUES ('events', 'features', 'events', 4326);
            INSERT INTO gpkg_geometry_columns VALUES ('events', 'geom', 'POINT', 4326, 0, 0);
            DELETE FROM gpkg_ogr_contents;
            """
        )
    return path


def _import_within(path, tmp_path, seconds: int = 60):
    env = {**os.environ, "SITREP_STORE": str(tmp_path / "store.gpkg")}
    try:
        return subprocess.run(
            [sys.executable, "-m", "geo", "import", str(path)],
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=seconds,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        pytest.fail(f"import of {path.name} still running after {seconds} s")


def test_a_geopackage_view_that_never_ends_is_refused_at_once(gazetteer, tmp_path):
    """A view over a recursive query that counts for ever and yields no row: the import ran
    until it was killed (GDAL waiting for the first row)."""
    path = _export_as_view(tmp_path, gazetteer, FOREVER)
    done = _import_within(path, tmp_path)
    assert done.returncode == 2, done.stderr[-500:]
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr[-500:]
    assert "viewed.gpkg" in done.stderr and "view" in done.stderr, done.stderr
    assert not (tmp_path / "store.gpkg").exists()


def test_a_geopackage_view_of_huge_computed_text_is_refused(gazetteer, tmp_path):
    """Each row's notes made by the view itself: 400 MB a row took 73 s and 3.3 GB before a
    MemoryError, from a 106 kB file."""
    path = _export_as_view(tmp_path, gazetteer, f"SELECT *, {HUGE} AS notes2 FROM base")
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(path.read_bytes(), "viewed.gpkg", gazetteer)
    said = str(caught.value)
    assert "viewed.gpkg" in said and "view" in said and "\n" not in said, said


def test_a_geopackage_table_with_a_computed_column_is_refused(gazetteer, tmp_path):
    """A plain table can compute a cell too: a virtual generated column of 200 MB made 12 rows
    take 106 s and 2.4 GB to read."""
    from geo.events import load_reference
    from geo.export import export_bytes

    path = tmp_path / "computed.gpkg"
    path.write_bytes(export_bytes(load_reference(gazetteer), "gpkg"))
    with sqlite3.connect(path) as db:
        db.execute(f"ALTER TABLE events ADD COLUMN more TEXT GENERATED ALWAYS AS ({HUGE}) VIRTUAL")
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(path.read_bytes(), "computed.gpkg", gazetteer)
    said = str(caught.value)
    assert "computed.gpkg" in said and "'more'" in said and "\n" not in said, said


def test_our_own_geopackage_export_is_still_read(gazetteer):
    """Its spatial index is a virtual table (R*Tree), which stores what it holds."""
    from geo.events import load_reference
    from geo.export import export_bytes

    data = export_bytes(load_reference(gazetteer), "gpkg")
    assert len(formats.read(data, "ours.gpkg", gazetteer).frame) == 12


def test_a_context_layer_with_a_view_that_never_ends_is_refused(tmp_path):
    """``context add`` read every layer of a GeoPackage by GDAL as well: the same view ran for
    ever."""
    square = shapely.Polygon([(37, 47), (38, 47), (38, 48), (37, 48)])
    path = tmp_path / "front.gpkg"
    gpd.GeoDataFrame({"name": ["a"]}, geometry=[square], crs="EPSG:4326").to_file(
        path, driver="GPKG", engine="pyogrio"
    )
    with sqlite3.connect(path) as db:
        (table,) = db.execute("SELECT table_name FROM gpkg_contents").fetchone()
        db.executescript(
            f"""
            ALTER TABLE "{table}" RENAME TO base;
            DELETE FROM gpkg_extensions;
            DELETE FROM gpkg_ogr_contents;
            UPDATE gpkg_contents SET table_name = 'front', identifier = 'front';
            UPDATE gpkg_geometry_columns SET table_name = 'front';
            CREATE VIEW front AS {FOREVER};
            """
        )
    with pytest.raises(context.ContextError) as caught:
        context.read_areas(path)
    said = str(caught.value)
    assert said.startswith("front.gpkg") and "view" in said and "\n" not in said, said


# --- a Parquet file that unpacks to hundreds of megabytes ---------------------------------------


def _packed_parquet(chars: int) -> bytes:
    """One event whose notes are ``chars`` times "x", compressed (zstd) without a dictionary:
    a few kB for tens of megabytes."""
    import io

    row = {
        "event_id": "one", "event_date": "2024-03-15", "event_type": "strike",
        "place": "Kharkiv", "time_precision": 1, "geo_precision": 1,
        "verification": "confirmed", "notes": "x" * chars,
    }  # fmt: skip
    frame = gpd.GeoDataFrame([row], geometry=[shapely.Point(36.2, 49.9)], crs="EPSG:4326")
    out = io.BytesIO()
    frame.to_parquet(out, compression="zstd", use_dictionary=False, compression_level=19)
    return out.getvalue()


def test_a_parquet_file_that_unpacks_to_far_more_than_its_size_is_refused(gazetteer):
    """A 12 kB GeoParquet whose one note unpacks to 300 MB was imported: 60 s and 2.3 GB at
    peak, the note stored whole (a 20 MB upload could unpack to terabytes). The row limit
    counts rows, not what a row unpacks to."""
    data = _packed_parquet(30_000_000)
    assert len(data) < 20_000
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(data, "packed.parquet", gazetteer)
    said = str(caught.value)
    assert said.startswith("packed.parquet") and "30,000," in said and "\n" not in said, said


def test_our_own_parquet_export_is_still_read(gazetteer):
    from geo.events import load_reference
    from geo.export import export_bytes

    data = export_bytes(load_reference(gazetteer), "parquet")
    assert len(formats.read(data, "ours.parquet", gazetteer).frame) == 12


# --- the KML export in Google Earth -------------------------------------------------------------
# Google Earth draws a placemark's balloon from its description as HTML, scripts included (and
# its default balloon adds the data fields as HTML too): markup in a report's sentence, escaped
# for XML only, came back as markup when the file was read.

IMG = '<img src=x onerror="alert(1)">'


def test_the_kml_balloon_shows_report_text_as_text():
    from xml.etree import ElementTree

    from conftest import one_event
    from geo.export import export_bytes

    frame = one_event(
        source_text=f"A drone hit {IMG} Kharkiv.", claimed_by="<script>alert(2)</script>",
        weapon="<a href='javascript:alert(3)'>x</a>", place="<b>Kharkiv</b>",
    )  # fmt: skip
    root = ElementTree.fromstring(export_bytes(frame, "kml"))
    kml = "{http://www.opengis.net/kml/2.2}"
    (description,) = [d.text for d in root.iter(f"{kml}description")]
    tags = re.findall(r"<[^>]*>", description)  # the balloon's HTML: our own tags only
    assert set(tags) == {"<b>", "</b>", "<br>"} and "&lt;img" in description, description
    balloons = [b.findtext(f"{kml}text") for b in root.iter(f"{kml}BalloonStyle")]
    styles = list(root.iter(f"{kml}Style"))
    assert len(balloons) == len(styles) and set(balloons) == {"$[description]"}, balloons


# --- HTML reports that Python's HTMLParser reads slowly or not at all ------------------------


def test_an_html_report_with_a_broken_marked_section_is_read():
    """``<![`` not followed by a name stopped Python 3.11's HTMLParser with an AssertionError:
    ``geo extract`` printed its traceback, the Ingest page stopped on it."""
    from geo.textio import report_text

    text = report_text(b"<html><body><p>A drone hit Kharkiv.</p><![<![ x", "r.html")
    assert "A drone hit Kharkiv." in text, text


@pytest.mark.parametrize("piece", ["<a ", "<a b='", "<!--x>", "<![CDATA[x>", "<![if x>"])
def test_an_html_report_of_unclosed_markup_is_read_in_linear_time(piece):
    """Each unclosed tag, comment or section made HTMLParser read the rest of the page again:
    "<a " 10,000 times (30 kB) took 9.9 s, four times as many 16 times as long (a 1 MB page
    some hours of a server thread); "<!--x>" 10,000 times 1.0 s, x13 for x4."""
    import time

    from geo.textio import report_text

    page = ("<html><body><p>A drone hit Kharkiv.</p>" + piece * 20_000).encode()
    start = time.process_time()
    text = report_text(page, "r.html")
    took = time.process_time() - start
    assert "A drone hit Kharkiv." in text
    assert took < 3, f"{took:.1f} s for {len(page):,} bytes"
