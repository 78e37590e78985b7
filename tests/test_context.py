"""Context layers (the occupied areas on a day) and each event's derived side_of_line."""

from __future__ import annotations

import json

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from shapes import jagged_area

from conftest import run_cli
from geo import context, sides, store
from geo.filtering import EventIndex, Filters


def _events(x, y, dates, countries) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame(
        {"event_date": dates, "country": countries},
        geometry=gpd.points_from_xy(x, y),
        crs="EPSG:4326",
    )


def _layer(geometry, day: str, name: str = "occupied") -> context.ContextLayer:
    return context.ContextLayer(name, day, geometry, "test", "2026-01-01T00:00:00+00:00")


def _write(geometry, path, driver: str = "GeoJSON"):
    gpd.GeoDataFrame({"name": ["area"]}, geometry=[geometry], crs="EPSG:4326").to_file(
        path, driver=driver, engine="pyogrio"
    )
    return path


def test_side_of_line_matches_shapely_for_1000_random_events():
    area = jagged_area(5_000)
    rng = np.random.default_rng(3)
    x = rng.uniform(36.0, 40.0, 1_000)
    y = rng.uniform(46.0, 50.0, 1_000)
    x[:10], y[:10] = shapely.get_coordinates(area)[:10].T  # corners lie on the outline
    countries = rng.choice(np.array(["UA", "RU", "IT", None], dtype=object), 1_000)
    got = sides.side_of_line(
        _events(x, y, ["2024-11-25"] * 1_000, countries), [_layer(area, "2024-11-20")]
    )
    truth = np.array([area.intersects(shapely.Point(a, b)) for a, b in zip(x, y, strict=True)])
    assert 200 < truth.sum() < 800  # the test covers both answers
    assert ((np.asarray(got) == "occupied") == truth).all()
    outside = ~truth
    assert (np.asarray(got)[outside & (countries == "UA")] == "controlled").all()
    assert (np.asarray(got)[outside & (countries == "RU")] == "cross-border").all()
    # a meeting in Italy, or an event with no country, is on no side of the line
    assert pd.isna(np.asarray(got, dtype=object)[outside & np.isin(countries, ["IT", None])]).all()


def test_each_event_uses_the_latest_layer_on_or_before_its_date():
    small = shapely.box(37.0, 47.0, 38.0, 48.0)
    large = shapely.box(37.0, 47.0, 39.0, 49.0)
    layers = [_layer(large, "2024-12-01"), _layer(small, "2024-11-01")]  # any order
    frame = _events(
        [38.5, 38.5, 38.5, 37.5, 37.5],
        [48.5, 48.5, 48.5, 47.5, 47.5],
        ["2024-11-30", "2024-12-01", "2025-03-01", "2024-10-31", None],
        ["UA"] * 5,
    )
    got = list(sides.side_of_line(frame, layers).astype(object))
    assert got[:3] == ["controlled", "occupied", "occupied"]
    assert pd.isna(got[3]) and pd.isna(got[4])  # before any layer; no date


def test_no_layers_no_side():
    frame = _events([37.5], [47.5], ["2024-11-25"], ["UA"])
    assert pd.isna(sides.side_of_line(frame, [])[0])


def test_read_areas_takes_polygons_of_geojson_kml_and_geopackage(tmp_path):
    area = jagged_area(200)
    for suffix, driver in (("geojson", "GeoJSON"), ("kml", "KML"), ("gpkg", "GPKG")):
        read = context.read_areas(_write(area, tmp_path / f"front.{suffix}", driver))
        assert read.symmetric_difference(area).area < 1e-9, suffix


def test_read_areas_repairs_a_self_crossing_outline(tmp_path):
    bowtie = shapely.Polygon([(37, 47), (39, 49), (39, 47), (37, 49)])
    assert not bowtie.is_valid
    read = context.read_areas(_write(bowtie, tmp_path / "bowtie.geojson"))
    assert read.is_valid and read.area == pytest.approx(2.0)


def _square_as_a_self_join(tmp_path, srs: str | None = None):
    """A GeoPackage of one square whose layer is replaced by a view joining it with ten copies
    of itself four times (10,000 rows), or, with ``srs``, declared in that coordinate system."""
    import sqlite3

    square = shapely.Polygon([(37, 47), (38, 47), (38, 48), (37, 48)])
    path = _write(square, tmp_path / "square.gpkg", "GPKG")
    with sqlite3.connect(path) as db:
        (table,) = db.execute("SELECT table_name FROM gpkg_contents").fetchone()
        if srs:
            db.execute(
                "INSERT INTO gpkg_spatial_ref_sys VALUES ('local', 99999, 'NONE', 99999, ?, NULL)",
                (srs,),
            )
            db.execute("UPDATE gpkg_geometry_columns SET srs_id = 99999")
            db.execute("UPDATE gpkg_contents SET srs_id = 99999")
            return path
        geom = db.execute(f'SELECT geom FROM "{table}"').fetchone()[0]
        db.execute("CREATE TABLE ten (fid INTEGER PRIMARY KEY, geom BLOB)")
        db.executemany("INSERT INTO ten (geom) VALUES (?)", [(geom,)] * 10)
        db.executescript(
            f"""
            DELETE FROM gpkg_extensions;
            DELETE FROM gpkg_ogr_contents;
            DELETE FROM gpkg_geometry_columns;
            DELETE FROM gpkg_contents;
            DROP TABLE "{table}";
            CREATE VIEW front AS SELECT a.fid * 1000 + b.fid * 100 + c.fid * 10 + d.fid AS fid,
                a.geom FROM ten a, ten b, ten c, ten d;
            INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id)
                VALUES ('front', 'features', 'front', 4326);
            INSERT INTO gpkg_geometry_columns VALUES ('front', 'geom', 'POLYGON', 4326, 0, 0);
            """
        )
    return path


def test_read_areas_refuses_a_view_that_multiplies_rows(tmp_path):
    path = _square_as_a_self_join(tmp_path)
    with pytest.raises(context.ContextError) as caught:
        context.read_areas(path)
    said = str(caught.value)
    assert said.startswith("square.gpkg holds a view 'front'") and "\n" not in said, said


def test_read_areas_names_a_coordinate_system_it_cannot_convert(tmp_path):
    path = _square_as_a_self_join(tmp_path, srs='LOCAL_CS["a site grid",UNIT["metre",1]]')
    with pytest.raises(context.ContextError) as caught:
        context.read_areas(path)
    said = str(caught.value)
    assert said.startswith("square.gpkg") and "longitude and latitude" in said, said


def test_read_areas_passes_over_a_table_without_shapes(tmp_path):
    """A GeoPackage may hold plain tables beside its polygons (GDAL lists them as layers with
    no geometry): they are passed over, not an AttributeError on a frame without a CRS."""
    import sqlite3

    square = shapely.Polygon([(37, 47), (38, 47), (38, 48), (37, 48)])
    path = _write(square, tmp_path / "notes.gpkg", "GPKG")
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE remarks (fid INTEGER PRIMARY KEY, said TEXT)")
        db.execute("INSERT INTO remarks (said) VALUES ('drawn by hand')")
    assert context.read_areas(path).area == pytest.approx(1.0)


def test_cli_add_list_remove_and_export(tmp_path, any_store):
    """Beside a GeoPackage store in a file, inside a PostGIS store in its own table."""
    env = {"SITREP_STORE": any_store}
    early = _write(shapely.box(37.2, 47.0, 39.0, 48.1), tmp_path / "early.geojson")  # Kurakhove
    later = _write(shapely.box(37.0, 47.0, 39.0, 48.5), tmp_path / "later.geojson")  # + Pokrovsk
    for path, day in ((early, "2024-11-20"), (later, "2024-11-26")):
        out = run_cli("context", "add", str(path), "--name", "occupied", "--date", day, env=env)
        assert out.returncode == 0, out.stderr
        assert f"added context layer 'occupied' of {day}: 1 area, " in out.stdout
    listed = [json.loads(line) for line in run_cli("context", "list", env=env).stdout.splitlines()]
    assert [(r["name"], r["date"], r["vertices"]) for r in listed] == [
        ("occupied", "2024-11-20", 5),
        ("occupied", "2024-11-26", 5),
    ]
    out = run_cli("export", env=env)
    sides_of = {
        f["properties"]["place"]: f["properties"]["side_of_line"]
        for f in json.loads(out.stdout)["features"]
    }
    # Pokrovsk's event (25 Nov) is read against the layer of 20 Nov, which does not hold it
    assert sides_of["Kurakhove"] == "occupied" and sides_of["Pokrovsk"] == "controlled"
    assert sides_of["Kharkiv"] == "controlled"
    assert sides_of["Kursk East Airport"] == "cross-border"
    assert sides_of["Bryansk region"] is None  # 18 Nov: before the first layer (a region event)
    assert sides_of["Brussels"] is None  # on no side of the line
    out = run_cli("export", "--side", "occupied", "--format", "csv", env=env)
    rows = out.stdout.strip().splitlines()
    assert len(rows) == 2 and "Kurakhove" in rows[1] and rows[0].endswith("side_of_line")
    out = run_cli("context", "remove", "occupied", "--date", "2024-11-20", env=env)
    assert out.returncode == 0 and "removed 1 context layer" in out.stdout
    assert len(context.load(context.path_for(any_store))) == 1
    if store.is_postgres(any_store):
        assert not (tmp_path / "postgresql:").exists()  # nothing written beside a URL


def test_side_of_line_is_derived_not_stored(gazetteer, scratch_store, tmp_path):
    context.add(
        _write(shapely.box(37.2, 47.0, 39.0, 48.1), tmp_path / "a.geojson"), "occ", "2024-11-01"
    )
    frame = store.load_all(gazetteer)
    assert (frame["side_of_line"] == "occupied").sum() == 1
    store.save(frame)
    assert "side_of_line" not in store.load(scratch_store).columns
    index = EventIndex(store.load_all(gazetteer))
    assert index.mask(Filters(sides=("occupied",))).sum() == 1
    assert index.mask(Filters(sides=("controlled", "cross-border"))).sum() == 9


@pytest.mark.parametrize(
    "args, message",
    [
        (("add", "missing.geojson", "--name", "x", "--date", "2024-11-01"), "no such file"),
        (("add", "POINTS", "--name", "x", "--date", "2024-11-01"), "holds no polygons"),
        (("add", "NOTGEO", "--name", "x", "--date", "2024-11-01"), "cannot be read"),
        (("add", "AREA", "--name", " ", "--date", "2024-11-01"), "'name' should be"),
        (("add", "AREA", "--name", "x", "--date", "1 Nov"), "'date' should be YYYY-MM-DD"),
        (("add", "AREA", "--name", "x"), "--date"),
        (("remove", "nothing-like-it"), "no context layer called 'nothing-like-it'"),
        (("frob",), "invalid choice"),
        # a NaN corner ended in a GEOSException traceback; a 1e308 one was named in 309 digits
        (("add", "NAN", "--name", "x", "--date", "2024-11-01"), "no number (NaN or infinity)"),
        (("add", "HUGE", "--name", "x", "--date", "2024-11-01"), "(37, 47, 1e+308, 48)"),
    ],
)
def test_bad_input_is_one_line_status_2_nothing_changed(tmp_path, scratch_store, args, message):
    env = {"SITREP_STORE": str(scratch_store)}
    files = {
        "POINTS": _write(shapely.Point(37, 48), tmp_path / "points.geojson"),
        "NOTGEO": tmp_path / "notes.geojson",
        "AREA": _write(shapely.box(37, 47, 38, 48), tmp_path / "area.geojson"),
        "NAN": tmp_path / "nan.geojson",
        "HUGE": tmp_path / "huge.geojson",
    }
    files["NOTGEO"].write_text("this is not GeoJSON")
    for name, corner in (("NAN", "NaN"), ("HUGE", "1e308")):
        ring = f"[[37, 47], [{corner}, 47], [38, 48], [37, 47]]"
        files[name].write_text(
            '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {}, '
            f'"geometry": {{"type": "Polygon", "coordinates": [{ring}]}}}}]}}'
        )
    context.add(files["AREA"], "kept", "2024-10-01")
    before = context.path_for(scratch_store).read_bytes()
    out = run_cli("context", *(str(files.get(a, a)) for a in args), env=env)
    assert out.returncode == 2
    assert len(out.stderr.strip().splitlines()) == 1 and message in out.stderr, out.stderr
    assert context.path_for(scratch_store).read_bytes() == before


def _kmz(path, vertices: int):
    """A KMZ (a zip archive) whose KML's one ring has ``vertices`` corners: a file of a few kB
    whose inside is megabytes, as a zip bomb's is."""
    import zipfile

    ring = "36,48 37,48 " + "37,49 " * vertices + "36,49 36,48"
    kml = (
        '<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>'
        f"<Polygon><outerBoundaryIs><LinearRing><coordinates>{ring}</coordinates></LinearRing>"
        "</outerBoundaryIs></Polygon></Placemark></Document></kml>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("doc.kml", kml)
    return path


@pytest.mark.parametrize(
    "kind, message",
    [
        # a 350 kB KMZ of 40 million corners read on: 3.5 GB, then a std::bad_alloc traceback
        ("kmz", "is a zip archive (a KMZ?): unzip it and add the file inside"),
        ("zero", "is not a regular file (a device or a pipe)"),  # was "is a folder"
        ("fifo", "is not a regular file (a device or a pipe)"),  # was "is a folder"
    ],
)
def test_an_archive_or_special_file_is_refused_before_it_is_read(
    tmp_path, scratch_store, kind, message
):
    import os

    context.add(
        _write(shapely.box(37, 47, 38, 48), tmp_path / "area.geojson"), "kept", "2024-10-01"
    )
    before = context.path_for(scratch_store).read_bytes()
    if kind == "kmz":
        path = _kmz(tmp_path / "occupied.kmz", 200_000)
        assert path.stat().st_size * 100 < 1_200_000  # over 100 times smaller than its inside
    elif kind == "fifo":
        path = tmp_path / "occupied.geojson"
        os.mkfifo(path)  # nobody writes to it: reading it would wait for ever
    else:
        path = tmp_path / "zero.geojson"
        path.symlink_to("/dev/zero")
    out = run_cli(
        "context", "add", str(path), "--name", "x", "--date", "2024-11-01",
        env={"SITREP_STORE": str(scratch_store)},
    )  # fmt: skip
    assert out.returncode == 2, out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and message in out.stderr, out.stderr
    assert context.path_for(scratch_store).read_bytes() == before
