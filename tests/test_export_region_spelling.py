"""The region field of an exported event is spelled as the place column spells the region
(newuser24: admin1 "Kiev", "Odessa" beside the place "Kyiv region", "Odesa region"), and a file
exported so reads back to the same stored events."""

from __future__ import annotations

import csv
import io
import json

from conftest import BASE_EVENT
from geo import formats
from geo.events import to_frame
from geo.export import export_bytes


def _events():
    return to_frame(
        [
            # written for this test: a region-wide interception and a town's strike
            {
                **BASE_EVENT,
                "event_type": "interception",
                "place": "Odessa",
                "country": "UA",
                "admin1": "Odessa",
                "geo_precision": 3,
                "lat": 46.48,
                "lon": 30.73,
                "event_id": "sm-000000000001",
                "source": "t",
            },
            {
                **BASE_EVENT,
                "place": "Bila Tserkva",
                "country": "UA",
                "admin1": "Kiev",
                "lat": 49.8,
                "lon": 30.11,
                "event_id": "sm-000000000002",
                "source": "t",
            },
            {
                **BASE_EVENT,
                "place": "Zaporizhzhia",
                "country": "UA",
                "admin1": "Zaporizhia",
                "lat": 47.82,
                "lon": 35.18,
                "event_id": "sm-000000000003",
                "source": "t",
            },
        ]
    )


def test_geojson_and_csv_spell_the_region_as_the_place_column_does(gazetteer):
    doc = json.loads(export_bytes(_events(), "geojson"))
    shown = {f["properties"]["event_id"]: f["properties"] for f in doc["features"]}
    assert shown["sm-000000000001"]["place"] == "Odesa region"
    assert shown["sm-000000000001"]["admin1"] == "Odesa"
    assert shown["sm-000000000002"]["admin1"] == "Kyiv region"  # the city's own region is "Kyiv"
    assert shown["sm-000000000003"]["admin1"] == "Zaporizhzhya"
    text = export_bytes(_events(), "csv", gazetteer.country_codes()).decode()
    rows = {r["event_id_cnty"]: r for r in csv.DictReader(io.StringIO(text))}
    assert [rows[f"sm-00000000000{k}"]["admin1"] for k in (1, 2, 3)] == [
        "Odesa",
        "Kyiv region",
        "Zaporizhzhya",
    ]


def test_the_export_reads_back_to_geonames_regions(gazetteer):
    for fmt in ("geojson", "csv"):
        data = export_bytes(_events(), fmt, gazetteer.country_codes())
        back = formats.read(data, f"events.{fmt}", gazetteer).frame.set_index("event_id")
        assert back.loc["sm-000000000001", "admin1"] == "Odessa", fmt
        assert back.loc["sm-000000000001", "place"] == "Odessa", fmt
        assert back.loc["sm-000000000002", "admin1"] == "Kiev", fmt
        assert back.loc["sm-000000000003", "admin1"] == "Zaporizhia", fmt


def test_a_region_written_as_an_imported_file_wrote_it_is_exported_as_stored(gazetteer):
    # UCDP writes "Donetsk oblast": no region file knows it as written, and the export used to
    # cut it to "Donetsk", so a UCDP import exported and read back lost its own text (3,566 of
    # its 3,883 events)
    frame = to_frame(
        [
            {
                **BASE_EVENT,
                "place": "Bakhmut",
                "country": "UA",
                "admin1": "Donetsk oblast",
                "lat": 48.6,
                "lon": 38.0,
                "event_id": "sm-000000000004",
                "source": "t",
            }
        ]
    )
    doc = json.loads(export_bytes(frame, "geojson"))
    assert doc["features"][0]["properties"]["admin1"] == "Donetsk oblast"
    back = formats.read(export_bytes(frame, "csv", gazetteer.country_codes()), "e.csv", gazetteer)
    # read back (as any import now is) under GeoNames' one name for the region, the file's
    # spelling kept in extra (house39: "Donetsk oblast" and ACLED's "Donetsk" split a group-by)
    assert back.frame["admin1"].tolist() == ["Donetsk"]
    assert json.loads(back.frame["extra"].iloc[0])["source_admin1"] == "Donetsk oblast"
