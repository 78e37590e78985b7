"""One region, one name in the store and its exports, whichever dataset an event came from.

UCDP writes "Donetsk oblast", ACLED "Donetsk": with both imported into one store an export
carried both, and a researcher's group-by on admin1 split one region in two. Both are stored
under GeoNames' "Donetsk" now, UCDP's own spelling kept in extra, and an export imported back
finds its own rows again.
"""

from __future__ import annotations

import csv
import io
import json

import pandas as pd

from conftest import run_cli
from geo import formats
from geo.formats.canonical_regions import SOURCE_KEY

UCDP_COLUMNS = (
    "id,year,type_of_violence,side_a,side_b,source_office,source_headline,where_prec,"
    "where_coordinates,where_description,adm_1,latitude,longitude,country,date_prec,"
    "date_start,date_end,best"
).split(",")
# written for this test: two town rows, one somewhere in a region, one in the capital
UCDP_ROWS = [
    ("901", "1", "Shelling of a suburb", "1", "Druzhkivka town", "Donetsk oblast", 48.63, 37.55),
    ("902", "1", "Clashes by a canal", "1", "Toretsk town", "Donetsk oblast", 48.4, 37.85),
    (
        "903",
        "1",
        "Fighting along the front",
        "4",
        "Zaporizhzhya oblast",
        "Zaporizhzhya oblast",
        47.5,
        35.6,
    ),
    (
        "904",
        "1",
        "A blast at a depot",
        "1",
        "Kiev city",
        "Kiev Special Republican city",
        50.45,
        30.52,
    ),
]
ACLED = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "country,iso,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
    "UKR77001,2023-05-02,2023,1,Political violence,Battles,Armed clash,"
    "Military Forces of Russia (2000-),Ukraine,804,Donetsk,Toretsk,48.39,37.85,1,"
    "Local paper,Troops traded fire at the mine.,0\n"
    "UKR77002,2023-05-03,2023,1,Political violence,Explosions/Remote violence,"
    "Shelling/artillery/missile attack,Military Forces of Russia (2000-),Ukraine,804,Donetsk,"
    "Druzhkivka,48.63,37.55,1,Local paper,Shells fell on a garage row.,1\n"
)


def _ucdp() -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(UCDP_COLUMNS)
    for id_, violence, headline, prec, where, adm1, lat, lon in UCDP_ROWS:
        writer.writerow(
            [
                id_,
                "2023",
                violence,
                "Government of Russia (Soviet Union)",
                "Government of Ukraine",
                "Wire",
                headline,
                prec,
                where,
                where,
                adm1,
                lat,
                lon,
                "Ukraine",
                "1",
                "2023-05-01",
                "2023-05-01",
                "2",
            ]
        )
    return out.getvalue().encode()


def test_both_datasets_name_donetsk_as_geonames_does(gazetteer):
    ucdp = formats.read(_ucdp(), "ged.csv", gazetteer, "ucdp").frame
    acled = formats.read(ACLED.encode(), "acled.csv", gazetteer, "acled").frame
    assert ucdp["admin1"].tolist() == ["Donetsk", "Donetsk", "Zaporizhia", "Kyiv"]
    assert set(acled["admin1"]) == {"Donetsk"}
    written = [json.loads(e).get(SOURCE_KEY) for e in ucdp["extra"]]
    assert written == [
        "Donetsk oblast",
        "Donetsk oblast",
        "Zaporizhzhya oblast",
        "Kiev Special Republican city",
    ]
    # ACLED already spells it as GeoNames does: nothing to keep
    assert all(SOURCE_KEY not in json.loads(e or "{}") for e in acled["extra"])
    # the event somewhere in its region is the region's own, as an extracted one is stored
    assert ucdp["place"].tolist()[2] == "Zaporizhia"


def test_an_export_of_both_groups_one_region_and_imports_back_as_its_own_rows(tmp_path):
    env = {"SITREP_STORE": str(tmp_path / "store.gpkg")}
    (tmp_path / "ged.csv").write_bytes(_ucdp())
    (tmp_path / "acled.csv").write_text(ACLED, encoding="utf-8")
    for name in ("ged.csv", "acled.csv"):
        out = run_cli("import", str(tmp_path / name), env=env)
        assert out.returncode == 0, out.stderr
    for fmt in ("csv", "geojson"):
        path = tmp_path / f"out.{fmt}"
        done = run_cli("export", "--no-sample", "--format", fmt, "-o", str(path), env=env)
        assert done.returncode == 0, done.stderr
        if fmt == "csv":
            counts = pd.read_csv(path).groupby("admin1").size().to_dict()
            assert counts["Donetsk"] == 4 and not any("oblast" in k for k in counts), counts
        again = run_cli("import", str(path), env=env)
        assert again.returncode == 0, again.stderr
        assert "store: 0 new, " in again.stdout and "6 events in all" in again.stdout, again.stdout
