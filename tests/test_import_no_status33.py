"""A file that gives no verification: every format reads its events as ``unverified`` (nobody
has checked them, the README's verification rule), keeps the source each names, and says so in
one note naming what the format's rows are. Before, a CSV did that, a GeoJSON read the same
events as ``claimed`` with no claimant and no note, and a KML refused every placemark
("'verification' should be one of ..."); the rule is one step of ``geo.formats.build``
(``geo/formats/no_status.py``)."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import pytest
from shapely.geometry import Point

from geo import formats

# two events, as a hand-made file of each format gives them: no verification anywhere
EVENTS = [
    {"event_date": "2026-11-20", "event_type": "strike", "place": "Kupiansk", "lat": 49.7106,
     "lon": 37.6156, "source": "regional channel 20 Nov"},
    {"event_date": "2026-11-21", "event_type": "strike", "place": "Izium", "lat": 49.2069,
     "lon": 37.2612, "source": "a volunteer's post"},
]  # fmt: skip


def _csv(folder: Path) -> Path:
    path = folder / "mine.csv"
    lines = ["date,type,location,latitude,longitude,source"]
    lines += [
        f"{e['event_date']},{e['event_type']},{e['place']},{e['lat']},{e['lon']},{e['source']}"
        for e in EVENTS
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _geojson(folder: Path) -> Path:
    path = folder / "mine.geojson"
    features = [
        {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
            "properties": {k: e[k] for k in ("event_date", "event_type", "place", "source")},
        }
        for e in EVENTS
    ]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), "utf-8")
    return path


# a KML or GeoPackage of our fields (no verification) gives the precisions too, as it must
_OWN_FIELDS = ("event_date", "event_type", "place", "source", "time_precision", "geo_precision")


def _kml(folder: Path) -> Path:
    path = folder / "mine.kml"
    marks = "".join(
        "<Placemark><ExtendedData><SchemaData>"
        + "".join(f'<SimpleData name="{k}">{e.get(k, 1)}</SimpleData>' for k in _OWN_FIELDS)
        + f"</SchemaData></ExtendedData><Point><coordinates>{e['lon']},{e['lat']}</coordinates>"
        "</Point></Placemark>"
        for e in EVENTS
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document>{marks}</Document></kml>",
        encoding="utf-8",
    )
    return path


def _gpkg(folder: Path) -> Path:
    path = folder / "mine.gpkg"
    rows = [{k: e.get(k, 1) for k in _OWN_FIELDS} for e in EVENTS]
    points = [Point(e["lon"], e["lat"]) for e in EVENTS]
    gpd.GeoDataFrame(rows, geometry=points, crs="EPSG:4326").to_file(
        path, layer="events", driver="GPKG"
    )
    return path


@pytest.mark.parametrize(
    ("write", "fmt", "unit", "field"),
    [
        (_csv, "csv", "rows", "column"),
        (_geojson, "geojson", "features", "property"),
        (_kml, "kml", "placemarks", "field"),
        (_gpkg, "gpkg", "rows", "column"),
    ],
)
def test_no_verification_is_unverified_in_every_format(
    gazetteer, tmp_path, write, fmt, unit, field
):
    path = write(tmp_path)
    result = formats.read(path.read_bytes(), path.name, gazetteer)
    assert result.format == fmt and not result.refused, result.refused
    frame = result.frame.sort_values("event_date")
    assert list(frame["verification"]) == ["unverified", "unverified"]
    assert list(frame["claimed_by"].fillna("")) == ["", ""]
    assert list(frame["source"]) == [e["source"] for e in EVENTS]  # the source kept
    said = [n for n in result.notes if "read as unverified" in n]
    assert said == [
        f"2 {unit} with no verification read as unverified (nobody has checked them): "
        f"give a verification {field}" + said[0].split(f"give a verification {field}")[1]
    ]


def test_a_status_given_stands_and_only_the_rest_are_told(gazetteer, tmp_path):
    path = _geojson(tmp_path)
    doc = json.loads(path.read_text("utf-8"))
    doc["features"][0]["properties"]["status"] = "confirmed"
    doc["features"][1]["properties"]["status"] = None  # given empty: none
    path.write_text(json.dumps(doc), "utf-8")
    result = formats.read(path.read_bytes(), path.name, gazetteer)
    by_place = result.frame.set_index("place")["verification"]
    assert by_place["Kupiansk"] == "confirmed" and by_place["Izium"] == "unverified"
    assert any(n.startswith("1 feature with no verification") for n in result.notes)
