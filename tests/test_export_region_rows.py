"""Events somewhere in a region in exported files: at the point the map draws them and named as
the popups name them ("Sumy region"), not at the city GeoNames puts the region's point on; and
read back, from our export or another tool's file, as that region's event again."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ElementTree

import pytest
from shapely.geometry import Point

from geo import formats
from geo.events import load_reference
from geo.export import export_bytes
from geo.precision import GeoPrecision
from geo.region_points import region_points


@pytest.fixture(scope="module")
def reference(gazetteer):
    return load_reference(gazetteer)


@pytest.fixture(scope="module")
def sumy(reference):
    """The reference's event in the Sumy region, the point the map draws it at, its id."""
    (row,) = reference[(reference.geo_precision == 3) & (reference.admin1 == "Sumy")].itertuples()
    lat, lon = region_points()["UA|Sumy"]
    assert abs(lat - row.geometry.y) + abs(lon - row.geometry.x) > 0.3  # not the city's point
    return row, (lat, lon)


def test_geojson_and_csv_write_the_region_event_at_the_region_s_point(reference, gazetteer, sumy):
    row, (lat, lon) = sumy
    doc = json.loads(export_bytes(reference, "geojson"))
    (feature,) = [f for f in doc["features"] if f["properties"]["event_id"] == row.event_id]
    assert feature["properties"]["place"] == "Sumy region"
    assert feature["geometry"]["coordinates"] == pytest.approx([lon, lat], abs=1e-6)
    text = export_bytes(reference, "csv", gazetteer.country_codes()).decode()
    (line,) = [r for r in csv.DictReader(io.StringIO(text)) if r["event_id_cnty"] == row.event_id]
    assert line["location"] == "Sumy region"
    assert (float(line["latitude"]), float(line["longitude"])) == pytest.approx(
        (lat, lon), abs=1e-6
    )


def test_a_frame_of_categories_as_the_store_loads_it_is_written_with_the_region_s_name(
    reference, sumy
):
    row, _ = sumy
    stored = reference.assign(place=reference["place"].astype("category"))
    doc = json.loads(export_bytes(stored, "geojson"))
    (feature,) = [f for f in doc["features"] if f["properties"]["event_id"] == row.event_id]
    assert feature["properties"]["place"] == "Sumy region"  # it was written empty


def test_kml_geopackage_and_parquet_write_the_region_s_point_and_name(reference, sumy):
    import geopandas as gpd

    row, (lat, lon) = sumy
    kml = ElementTree.fromstring(export_bytes(reference, "kml"))
    marks = [
        m
        for m in kml.iter("{http://www.opengis.net/kml/2.2}Placemark")
        if row.event_id in ElementTree.tostring(m, encoding="unicode")
    ]
    (mark,) = marks
    said = ElementTree.tostring(mark, encoding="unicode")
    assert f"{lon:.6f}"[:7] in said and ">Sumy region<" in said
    for fmt in ("gpkg", "parquet"):
        data = export_bytes(reference, fmt)
        frame = (
            gpd.read_file(io.BytesIO(data)) if fmt == "gpkg" else gpd.read_parquet(io.BytesIO(data))
        )
        (got,) = frame[frame.event_id == row.event_id].itertuples()
        assert got.place == "Sumy region", fmt
        assert got.geometry.distance(Point(lon, lat)) < 1e-5, fmt


def test_an_exported_region_event_reads_back_as_stored(reference, gazetteer, sumy):
    row, _ = sumy
    for fmt in ("csv", "geojson", "kml", "gpkg", "parquet"):
        data = export_bytes(reference, fmt, gazetteer.country_codes())
        frame = formats.read(data, f"events.{fmt}", gazetteer).frame
        (got,) = frame[frame.event_id == row.event_id].itertuples()
        assert (got.place, got.admin1, got.geo_precision) == ("Sumy", "Sumy", 3), fmt
        assert got.geometry.distance(row.geometry) < 1e-6, fmt


HEADER = "event_id_cnty,event_date,event_type,sub_event_type,country,admin1,location,latitude,longitude,notes\n"


@pytest.mark.parametrize(
    "cells",
    [
        "Ukraine,,Kharkiv region,,",  # no point: the region it names
        "Ukraine,Kharkiv,Kharkiv Oblast,49.99,36.23",  # at the city: still the region's event
        "UA,Kharkiv,kharkiv region,49.60,36.80",  # at the point our map drew it
    ],
)
def test_another_tool_s_row_naming_a_region_is_that_region_s_event(gazetteer, cells):
    data = (
        HEADER
        + f"T1,2026-11-02,Explosions/Remote violence,Shelling/artillery/missile attack,{cells},shelling somewhere there\n"
    )
    result = formats.read(data.encode(), "theirs.csv", gazetteer)
    assert result.refused == []
    (got,) = result.frame.itertuples()
    (region,) = [p for p, _ in gazetteer.lookup("Kharkiv") if p.feature == "admin1"]
    assert (got.place, got.admin1, got.geo_precision) == ("Kharkiv", "Kharkiv", GeoPrecision.REGION)
    assert got.geometry.distance(Point(region.lon, region.lat)) < 1e-6


def test_a_town_named_like_its_region_at_a_given_precision_keeps_its_point(gazetteer):
    header = HEADER.replace("notes", "geo_precision,notes")
    data = (
        header + "T2,2026-11-02,Battles,Armed clash,UA,Kharkiv,Kharkiv,49.99,36.23,1,in the city\n"
    )
    (got,) = formats.read(data.encode(), "theirs.csv", gazetteer).frame.itertuples()
    assert got.geo_precision == GeoPrecision.PLACE
    assert got.geometry.distance(Point(36.23, 49.99)) < 1e-6
