"""What a conflict-data researcher met comparing UCDP and ACLED in the store (newuser38).

- The GeoPackage export held the event's day as TEXT: QGIS, ``ogrinfo`` and geopandas read a
  string, so a month could not be filtered or binned as dates. It is a GeoPackage DATE now.
- A GeoPackage (or GeoParquet) whose day is a real date, as the export now writes it and as QGIS
  saves a layer, was refused row by row: "'event_date' should be a date as YYYY-MM-DD, got
  Timestamp('2023-02-01 00:00:00') instead".
- An ACLED row coded "Shelling/artillery/missile attack" or "Armed clash" whose notes named a
  downing ("most were shot down") was stored as an interception, against ACLED's coding.
"""

from __future__ import annotations

import datetime

import geopandas as gpd
import pyogrio

from conftest import one_event
from geo import formats
from geo.export import export_bytes, write_gpkg

ACLED_HEADER = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "country,iso,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
)


def _acled_row(event_id: str, kind: str, sub: str, notes: str) -> str:
    return (
        f"{event_id},2023-02-10,2023,1,Political violence,{kind},{sub},"
        "Military Forces of Russia (2000-),Ukraine,804,Kyiv City,Kyiv,50.4501,30.5234,1,"
        f'Ukrainian Air Force,"{notes}",0\n'
    )


def test_the_gpkg_export_holds_the_day_as_a_date(tmp_path):
    path = write_gpkg(one_event(event_date="2023-02-22"), tmp_path / "events.gpkg")
    info = pyogrio.read_info(path, layer="events")
    types = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert types["event_date"] == "datetime64[D]"  # GDAL's OFTDate, not a string
    assert types["fatalities"] == "int64"
    frame = gpd.read_file(path)
    assert frame["event_date"].iloc[0].date() == datetime.date(2023, 2, 22)


def test_a_gpkg_with_dates_reads_back_as_the_same_events(tmp_path, gazetteer):
    frame = one_event(event_date="2023-02-22")
    result = formats.read(export_bytes(frame, "gpkg"), "events.gpkg", gazetteer)
    assert result.refused == []
    assert result.frame["event_date"].tolist() == ["2023-02-22"]
    assert result.frame["event_id"].tolist() == frame["event_id"].tolist()


def test_a_geopackage_saved_with_a_date_column_by_another_tool_is_read(tmp_path, gazetteer):
    theirs = gpd.read_file(write_gpkg(one_event(), tmp_path / "ours.gpkg"))
    theirs["event_date"] = theirs["event_date"].astype("datetime64[ms]")  # as QGIS keeps it
    path = tmp_path / "theirs.gpkg"
    theirs.to_file(path, layer="events", driver="GPKG", engine="pyogrio")
    result = formats.read(path.read_bytes(), "theirs.gpkg", gazetteer)
    assert result.refused == []
    assert len(result.frame) == 1


def test_acled_coding_decides_an_interception_not_words_of_the_notes(gazetteer):
    text = ACLED_HEADER + "".join(
        [
            _acled_row(
                "UKR90008",
                "Explosions/Remote violence",
                "Shelling/artillery/missile attack",
                "Russian forces fired Kh-101 cruise missiles at Kyiv; most were shot down "
                "and debris fell on the Holosiivskyi district.",
            ),
            _acled_row(
                "UKR90021",
                "Battles",
                "Armed clash",
                "Fighting near the airport; a helicopter was shot down.",
            ),
            _acled_row(
                "UKR90018",
                "Explosions/Remote violence",
                "Disrupted weapons use",
                "Air defence destroyed 6 of 8 Shahed-136 drones.",
            ),
            _acled_row("UKR90022", "", "", "Air defence intercepted two drones."),
        ]
    )
    result = formats.read(text.encode(), "acled.csv", gazetteer, "acled")
    kinds = dict(zip(result.frame["event_id"], result.frame["event_type"], strict=True))
    assert kinds == {
        "acled-UKR90008": "strike",
        "acled-UKR90021": "fighting",
        "acled-UKR90018": "interception",
        "acled-UKR90022": "interception",  # no coding given: the notes tell it
    }


def test_the_import_help_names_every_format_it_reads():
    import subprocess
    import sys

    from conftest import ROOT

    out = subprocess.run(
        [sys.executable, "-m", "geo", "--help"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    line = " ".join(out.split("import", 1)[1].split("delete", 1)[0].split())
    for name in ("ACLED", "UCDP", "GeoJSON", "GeoPackage", "KML", "GeoParquet", "CSV"):
        assert name in line, (name, line)


def test_a_ucdp_region_event_exported_reads_back_as_stored(gazetteer):
    """UCDP's oblast-wide events were stored under UCDP's "Kherson oblast"; the export writes the
    map's "Kherson region", which came back as another place: an update of 570 of the 3,883 UCDP
    events when the store's own CSV export was imported into it. They are stored under GeoNames'
    "Kherson" at its point now, as an extracted region event is (house39), and still read back
    as stored."""
    stored = one_event(
        event_id="ucdp-462260",
        place="Kherson",
        country="UA",
        admin1="Kherson",
        geo_precision=3,
        verification="confirmed",
        lat=46.5486,
        lon=33.2744,
    )
    for fmt in ("csv", "geojson", "gpkg"):
        data = export_bytes(stored, fmt)
        assert b"Kherson region" in data  # written as the map names it
        back = formats.read(data, f"events.{fmt}", gazetteer).frame
        assert back["place"].tolist() == ["Kherson"], fmt
        assert back["admin1"].tolist() == ["Kherson"], fmt
        assert (round(back.geometry.x.iloc[0], 4), round(back.geometry.y.iloc[0], 4)) == (
            33.2744,
            46.5486,
        )


def test_acleds_own_coding_is_kept_as_written(gazetteer):
    """ACLED's actor and event types, read into our words, are kept as ACLED wrote them: an
    import left nothing of "Military Forces of Russia (2000-)" nor of "Air/drone strike"."""
    import json

    row = _acled_row(
        "UKR90003",
        "Explosions/Remote violence",
        "Air/drone strike",
        "An S-300 missile struck a block of flats in Kharkiv.",
    )
    result = formats.read((ACLED_HEADER + row).encode(), "acled.csv", gazetteer, "acled")
    event = result.frame.iloc[0]
    assert (event["actor"], event["event_type"]) == ("Russia", "strike")
    kept = json.loads(event["extra"])
    assert kept["actor1"] == "Military Forces of Russia (2000-)"
    assert kept["event_type"] == "Explosions/Remote violence"
    assert kept["sub_event_type"] == "Air/drone strike"
