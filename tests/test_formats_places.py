"""Imported rows that name a place and give no point, rows without a precision, and a CSV whose
format cannot be told: what a new analyst's home-made files do on import."""

from __future__ import annotations

import json

import pytest

from conftest import run_cli
from geo import formats
from geo.formats import detection
from geo.precision import GeoPrecision

HEADER = "event_id_cnty,event_date,event_type,sub_event_type,country,admin1,location,latitude,longitude,fatalities,notes\n"


def _acled(*rows: str) -> bytes:
    return (HEADER + "".join(r + "\n" for r in rows)).encode()


def _by_id(result) -> dict[str, dict]:
    frame = result.frame.assign(lat=result.frame.geometry.y, lon=result.frame.geometry.x)
    return {r["event_id"]: r for r in frame.drop(columns="geometry").to_dict("records")}


def test_a_row_with_a_town_and_no_point_is_put_at_the_town_of_its_region(gazetteer):
    data = _acled(
        "Q1,2026-10-02,Battles,Armed clash,Ukraine,Donetsk,Toretsk,,,,Street fighting",
        # two towns of this name: the row's region tells which
        "Q2,2026-10-02,Explosions/Remote violence,Air/drone strike,Ukraine,Lviv,Mykolaiv,,,0,A drone fell",
        "Q3,2026-10-03,Explosions/Remote violence,Air/drone strike,Ukraine,,Kharkiv oblast,,,0,Somewhere",
    )
    result = formats.read(data, "mine.csv", gazetteer)
    assert result.refused == []
    got = _by_id(result)
    toretsk = got["acled-Q1"]
    assert (toretsk["place"], toretsk["admin1"]) == ("Toretsk", "Donetsk")
    assert toretsk["geo_precision"] == GeoPrecision.PLACE
    assert json.loads(toretsk["extra"])["located_by"]
    assert got["acled-Q2"]["admin1"] == "Lviv" and got["acled-Q2"]["lon"] < 25
    assert got["acled-Q3"]["geo_precision"] == GeoPrecision.REGION  # a region: somewhere in it
    assert result.located == 3


def test_only_names_the_gazetteer_lacks_are_refused_one_line_each_saying_why(gazetteer):
    data = _acled(
        "R1,2026-10-02,Battles,Armed clash,Ukraine,Donetsk,Toretsk,,,,ok",
        "R2,2026-10-02,Battles,Armed clash,Ukraine,Donetsk,Kramatorks,,,,misspelt",
        "R3,2026-10-02,Battles,Armed clash,Ukraine,Donetsk,Qwzrtgrad,,,,made up",
        "R4,2026-10-02,Battles,Armed clash,Ukraine,Donetsk,,,,,nothing",
        "R5,2026-10-02,Battles,Armed clash,Ukraine,Donetsk,Toretsk,48.39,,,half a point",
    )
    result = formats.read(data, "mine.csv", gazetteer)
    assert len(result.frame) == 1
    reasons = dict(result.refused)
    assert sorted(reasons) == [3, 4, 5, 6]
    assert all("\n" not in r for r in reasons.values())
    assert "'Kramatorks'" in reasons[3] and "did you mean Kramatorsk" in reasons[3]
    assert "the gazetteer has no 'Qwzrtgrad' in Donetsk, UA" in reasons[4]
    assert "no coordinates and no place name" in reasons[5]
    assert "'longitude' is empty while 'latitude' is given" in reasons[6]


def test_a_row_with_its_own_point_and_no_precision_is_the_place_itself(gazetteer):
    data = _acled("P1,2026-10-02,Battles,Armed clash,Ukraine,Sumy,Shostka,51.8633,33.4698,0,x")
    (row,) = _by_id(formats.read(data, "mine.csv", gazetteer)).values()
    assert row["geo_precision"] == GeoPrecision.PLACE  # it was drawn as the whole region
    assert (row["lat"], row["lon"]) == (51.8633, 33.4698)
    # not located by its name (extra holds ACLED's own coding only)
    assert "located_by" not in (row["extra"] or "")


def test_a_given_precision_stands(gazetteer):
    header = HEADER.replace("fatalities", "geo_precision,fatalities")
    data = header + "P2,2026-10-02,Battles,Armed clash,Ukraine,Sumy,Shostka,51.86,33.47,2,0,x\n"
    (row,) = _by_id(formats.read(data.encode(), "mine.csv", gazetteer)).values()
    assert row["geo_precision"] == GeoPrecision.NEAR


def test_a_csv_of_the_event_fields_may_name_its_place_too(gazetteer):
    data = (
        b"event_id,event_date,event_type,place,country,admin1,lat,lon,verification\n"
        b"S1,2026-10-02,strike,Okhtyrka,UA,Sumy,,,claimed\n"
        b"S2,2026-10-02,strike,Kharkiv,UA,,49.98,36.25,claimed\n"
    )
    result = formats.read(data, "mine.csv", gazetteer)
    assert result.refused == []
    got = _by_id(result)
    assert got["S1"]["admin1"] == "Sumy" and got["S1"]["time_precision"] == 1
    assert got["S2"]["geo_precision"] == GeoPrecision.PLACE


def test_a_csv_s_killed_and_wounded_columns_are_its_figures(gazetteer):
    # a spreadsheet's own words for the figures, as a GeoJSON's are read (a new user's "killed"
    # column was dropped without a word)
    data = (
        b"event_id,event_date,event_type,place,lat,lon,killed,wounded,verification\n"
        b"K1,2026-10-02,strike,Izium,49.21,37.26,1,4,claimed\n"
    )
    result = formats.read(data, "mine.csv", gazetteer)
    assert result.refused == []
    (row,) = _by_id(result).values()
    assert (row["fatalities"], row["injured"]) == (1, 4)


def test_an_acled_like_csv_without_its_id_column_names_what_is_missing():
    data = (
        b"event_date,event_type,sub_event_type,country,admin1,location,latitude,longitude\n"
        b"2026-10-02,Battles,Armed clash,Ukraine,Donetsk,Toretsk,48.39,37.85\n"
    )
    with pytest.raises(formats.UnknownFormatError) as exc:
        detection.detect(data, "mine.csv")
    line = str(exc.value)
    assert "\n" not in line
    assert "nearest an ACLED export, which needs event_id_cnty and sub_event_type" in line
    assert "event_id_cnty is missing" in line
    assert "sitrep_event_type" in line and "where_prec" in line  # what the others expect
    assert exc.value.page_words.endswith("choose the format in the Format box")


def test_the_command_line_counts_the_rows_put_at_their_place(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_bytes(
        _acled(
            "C1,2026-10-02,Battles,Armed clash,Ukraine,Donetsk,Toretsk,,,,x",
            "C2,2026-10-02,Battles,Armed clash,Ukraine,Donetsk,Qwzrtgrad,,,,x",
        )
    )
    out = run_cli("import", str(path), env={"SITREP_STORE": str(tmp_path / "s.gpkg")})
    assert out.returncode == 0, out.stderr
    assert "2 rows, 1 read (1 put at the place they name), 1 refused" in out.stdout
    assert out.stderr.count("refused line 3: no coordinates") == 1


def test_a_geojson_feature_without_geometry_is_put_at_the_place_it_names(gazetteer):
    doc = {
        "type": "FeatureCollection",
        "features": [
            {"type": "Feature", "geometry": None,
             "properties": {"date": "2026-10-02", "type": "strike", "place": "Okhtyrka",
                            "country": "UA", "admin1": "Sumy"}},
            {"type": "Feature", "geometry": None,
             "properties": {"date": "2026-10-02", "type": "strike", "place": "Qwzrtgrad"}},
            {"type": "Feature", "geometry": None, "properties": {"date": "2026-10-02", "type": "strike"}},
        ],
    }  # fmt: skip
    result = formats.read(json.dumps(doc).encode(), "mine.geojson", gazetteer)
    (row,) = _by_id(result).values()
    assert (row["place"], row["admin1"], row["geo_precision"]) == ("Okhtyrka", "Sumy", 1)
    assert [n for n, _ in result.refused] == [2, 3] and result.located == 1
    assert "no 'Qwzrtgrad'" in result.refused[0][1]


def test_nearest_spellings_are_sought_for_a_file_s_first_unknown_names_only(gazetteer, monkeypatch):
    """Each unknown name's nearest spellings cost some 3 ms (60 names measured by edit
    distance): a 20 MB upload of 400,000 misspelt names held the import over 20 minutes. The
    first MAX_SPELLED names are offered spellings; the rest are refused in the same line without."""
    from geo.formats import places
    from geo.geocode import suggest

    sought = [0]
    real = suggest.suggestions

    def counting(*args, **kwargs):
        sought[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(suggest, "suggestions", counting)
    n = places.MAX_SPELLED + 50
    rows = "".join(f"e{i},strike,2025-01-01,claimed,Kramatorks{i}\n" for i in range(n))
    data = ("event_id,event_type,event_date,verification,place\n" + rows).encode()
    result = formats.read(data, "misspelt.csv", gazetteer, "csv")
    assert len(result.refused) == n and result.frame.empty
    assert sought[0] == places.MAX_SPELLED, sought
    assert "did you mean Kramatorsk" in result.refused[0][1]
    last = result.refused[-1][1]
    assert "did you mean" not in last and "(give latitude and longitude" in last, last
