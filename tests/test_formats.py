"""Import and export: real UCDP data, ACLED columns, GeoJSON from elsewhere, round trips, GDAL."""

from __future__ import annotations

import json
import shutil
import subprocess

import geopandas as gpd
import pyogrio
import pytest

from conftest import SHARED, one_event, run_cli
from geo import formats
from geo.events import load_reference
from geo.export import EXPORT_FORMATS, export_bytes
from geo.formats import detection
from geo.formats.sitrep_csv import ACLED_COLUMNS

UCDP = SHARED / "data" / "ucdp-ged-ukraine.csv"
ACLED_SAMPLE = (
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,"
    "country,iso,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
    "UKR100001,25 November 2024,2024,1,Political violence,Explosions/Remote violence,"
    "Shelling/artillery/missile attack,Military Forces of Russia (2000-),Ukraine,804,Kharkiv,Kharkiv,"
    '49.9935,36.2304,1,Suspilne,"On 25 November 2024, Russian forces struck Kharkiv with an S-400 missile, '
    'injuring 25.",0\n'
    "UKR100002,2024-11-24,2024,1,Political violence,Battles,Armed clash,Military Forces of Ukraine (2019-),"
    "Ukraine,804,Donetsk,Pokrovsk,48.282,37.176,2,UNIAN,Clashes near Pokrovsk.,3\n"
    "UKR100003,not a date,2024,1,Political violence,Battles,Armed clash,X,Ukraine,804,Donetsk,Toretsk,"
    "48.39,37.85,1,UNIAN,Clashes.,0\n"
)


@pytest.fixture(scope="module")
def reference(gazetteer):
    return load_reference(gazetteer)


def test_all_ucdp_rows_import_with_precisions_mapped(gazetteer):
    result = formats.read(UCDP.read_bytes(), UCDP.name, gazetteer)
    assert result.format == "ucdp" and result.rows == 3883
    assert result.refused == [] and len(result.frame) == 3883
    frame = result.frame
    assert set(frame["geo_precision"]) == {1, 2, 3} and set(frame["time_precision"]) == {1, 2, 3}
    first = frame[frame["event_id"] == "ucdp-147997"].iloc[0]
    assert (first["event_date"], first["country"], first["fatalities"], first["actor"]) == (
        "2014-01-22",
        "UA",
        5,
        "Ukraine",
    )
    # a date a spreadsheet re-rendered as "05/02/2014 00:00" is the 2nd of May
    assert set(frame[frame["event_id"].isin(["ucdp-150196"])]["event_date"]) <= {"2014-05-02"}
    assert (frame["weapon"] == "HIMARS").sum() >= 5  # found in the headlines


def test_geojson_refusals_say_what_is_wrong_in_file_order_and_unnamed_points_are_taken(gazetteer):
    """A Point with one coordinate says so (not "should be a Point, got 'Point'"); rows refused
    by different checks are listed in file order; a point without a place is named by its
    coordinates (the schema wants a place name; the point is all the file says)."""
    good = {"event_date": "2024-01-01", "event_type": "strike"}

    def feature(coordinates, **props):
        geometry = {"type": "Point", "coordinates": coordinates}
        return {"type": "Feature", "geometry": geometry, "properties": {**good, **props}}

    doc = {
        "type": "FeatureCollection",
        "features": [
            feature([37.9, 48.5], place="Here"),
            feature([37.9], place="One number"),
            feature([37.9, 48.5]),
            feature([37.9, 48.5], place="Bad date", event_date="soon"),
            {"type": "Feature", "geometry": {"type": "LineString", "coordinates": []}},
        ],
    }
    result = formats.read(json.dumps(doc).encode(), "mixed.geojson", gazetteer)
    assert [n for n, _ in result.refused] == [2, 4, 5]
    assert "a Point needs two coordinates (longitude, latitude), got 1" in result.refused[0][1]
    assert "got 'LineString'" in result.refused[2][1]
    assert list(result.frame["place"]) == ["Here", "48.50000, 37.90000"]


def test_ucdp_country_level_rows_name_no_region_and_stay_out_of_the_density(gazetteer):
    """UCDP's where_prec 6 (the country) and 7 (waters, air space) are in no first-level region:
    imported as region-level with no admin1, which geo.precision counts as wider than a region."""
    from geo.precision import wider_than_region

    frame = formats.read(UCDP.read_bytes(), UCDP.name, gazetteer).frame
    wide = frame[wider_than_region(frame)]
    country = wide[wide["place"] == "Ukraine"]
    assert len(country) == 37 and country["admin1"].isna().all()
    # an oblast's events are not: they have a region to be counted in
    oblast = frame[(frame["geo_precision"] == 3) & frame["admin1"].notna()]
    assert len(oblast) > 300 and not wider_than_region(oblast).any()


def test_acled_columns_and_weapons_from_notes(gazetteer):
    result = formats.read(ACLED_SAMPLE.encode(), "acled.csv", gazetteer)
    assert result.format == "acled" and result.rows == 3
    assert result.refused == [(4, "'event_date' should be a date, got 'not a date' instead")]
    by_id = {r.event_id: r for r in result.frame.itertuples()}
    kharkiv = by_id["acled-UKR100001"]
    assert (kharkiv.event_type, kharkiv.weapon, kharkiv.actor, kharkiv.event_date) == (
        "strike",
        "S-400",
        "Russia",
        "2024-11-25",
    )
    assert by_id["acled-UKR100002"].event_type == "fighting"


def test_acled_kyiv_is_the_oblast_not_the_citys_own_region(gazetteer):
    from geo import region_menu

    # ACLED: "Kyiv" is the oblast, "Kyiv City" the city; GeoNames' bare "Kyiv" is the city's own
    rows = ACLED_SAMPLE.splitlines()[:2]
    rows[1] = rows[1].replace(",Kharkiv,Kharkiv,", ",Kyiv,Bucha,")
    rows.append(
        rows[1].replace("UKR100001", "UKR100009").replace(",Kyiv,Bucha,", ",Kyiv City,Kyiv,")
    )
    result = formats.read(("\n".join(rows) + "\n").encode(), "acled.csv", gazetteer)
    regions = dict(zip(result.frame["event_id"], result.frame["admin1"], strict=True))
    # stored under GeoNames' names of the two (house39): the oblast's "Kiev", the city's "Kyiv"
    assert regions == {"acled-UKR100001": "Kiev", "acled-UKR100009": "Kyiv"}
    assert region_menu.menu(regions.values()) == ["Kyiv", "Kyiv region"]
    assert region_menu.chosen(["Kyiv region"], ["Kyiv", "Kyiv region"]) == ["Kyiv region"]


def test_geojson_from_another_tool_maps_names_and_keeps_the_rest(gazetteer):
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [30.72, 46.48]},
                "properties": {
                    "date": "2025-01-02",
                    "type": "strike",
                    "weapon_type": "Shahed",
                    "deaths": 2,
                    "status": "claimed",
                    "name": "Odesa",
                    "colour": "red",
                },
            },
            {
                "type": "Feature",
                "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]},
                "properties": {},
            },
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [30, 50]},
                "properties": {"date": "x"},
            },
        ],
    }
    result = formats.read(json.dumps(doc).encode(), "other.geojson", gazetteer)
    assert len(result.frame) == 1 and [r for r, _ in result.refused] == [2, 3]
    assert "feature 2: geometry should be a Point" in result.refused[0][1]
    row = result.frame.iloc[0]
    assert (row["weapon"], row["weapon_category"], row["fatalities"], row["place"]) == (
        "Shahed",
        "drone",
        2,
        "Odesa",
    )
    assert json.loads(row["extra"]) == {"colour": "red"}
    assert result.mapping["event_date"] == "date"


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_export_then_import_gives_back_the_same_events(reference, gazetteer, fmt):
    data = export_bytes(reference, fmt, gazetteer.country_codes())
    back = formats.read(data, f"events.{fmt}", gazetteer).frame
    assert (
        back.drop(columns="geometry")
        .reset_index(drop=True)
        .equals(reference.drop(columns="geometry").reset_index(drop=True))
    )
    assert back.geometry.geom_equals_exact(reference.geometry.reset_index(drop=True), 1e-6).all()


def test_gpkg_round_trip(reference, tmp_path):
    from geo import store

    path = tmp_path / "e.gpkg"
    path.write_bytes(export_bytes(reference, "gpkg"))
    info = pyogrio.read_info(path, layer="events")
    assert info["features"] == 12
    back = pyogrio.read_dataframe(path, layer="events")
    assert sorted(back["event_id"]) == sorted(reference["event_id"])
    assert store.check(path) is None  # it is even a valid store


def test_csv_has_acled_columns_first(reference, gazetteer):
    text = export_bytes(reference, "csv", gazetteer.country_codes()).decode()
    header = text.splitlines()[0].split(",")
    assert tuple(header[: len(ACLED_COLUMNS)]) == ACLED_COLUMNS
    assert ",Ukraine,804," in text and "Explosions/Remote violence" in text


# Debian's GDAL has no Parquet driver: geopandas reads the Parquet export in its own tests
@pytest.mark.parametrize("fmt", [f for f in EXPORT_FORMATS if f != "parquet"])
def test_gdal_reads_every_export(reference, gazetteer, tmp_path, fmt):
    if not shutil.which("ogrinfo"):
        pytest.fail("ogrinfo (gdal-bin) is missing: .ci/run installs it")
    path = tmp_path / f"events.{fmt}"
    path.write_bytes(export_bytes(reference, fmt, gazetteer.country_codes()))
    out = subprocess.run(
        ["ogrinfo", "-ro", "-al", "-so", str(path)], capture_output=True, text=True
    )
    assert out.returncode == 0, out.stderr
    assert "Feature Count: 12" in out.stdout
    for field in ("weapon", "verification", "claimed_by"):
        assert f"{field}:" in out.stdout, (fmt, field)


def test_kml_escapes_text_and_styles_by_category(gazetteer):
    frame = one_event(
        place="<b>X</b>", weapon_category="drone", source_text="</description><script>x</script>"
    )
    kml = export_bytes(frame, "kml").decode()
    assert "<script>" not in kml and "&lt;/description&gt;" in kml
    assert "<styleUrl>#cat-drone</styleUrl>" in kml


def test_cli_import_and_dedupe(tmp_path):
    store = tmp_path / "s.gpkg"
    env = {"SITREP_STORE": str(store)}
    first = run_cli("import", str(UCDP), env=env)
    assert first.returncode == 0, first.stderr
    assert "3883 read, 0 refused" in first.stdout and "3883 new" in first.stdout
    again = run_cli("import", str(UCDP), "--format", "ucdp", env=env)
    assert "0 new" in again.stdout and "3883 already there" in again.stdout


def test_cli_import_errors(tmp_path):
    bad = tmp_path / "x.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    for args, message in [
        ((str(bad),), "none of the columns an import reads"),
        ((str(tmp_path / "none.csv"),), "no such file"),
        ((str(bad), "--format", "xml"), "invalid choice"),
    ]:
        out = run_cli("import", *args, env={"SITREP_STORE": str(tmp_path / "s.gpkg")})
        assert out.returncode == 2 and message in out.stderr, out.stderr
        assert len(out.stderr.strip().splitlines()) == 1


def test_cli_export_formats(tmp_path):
    for fmt in EXPORT_FORMATS:
        out = run_cli("export", "--weapon", "ATACMS", "-o", str(tmp_path / f"a.{fmt}"))
        assert out.returncode == 0, out.stderr
        if fmt == "parquet":  # no Parquet driver in this GDAL build: geopandas reads it
            assert len(gpd.read_parquet(tmp_path / f"a.{fmt}")) == 2
        else:
            assert pyogrio.read_info(tmp_path / f"a.{fmt}")["features"] == 2


def test_csv_cells_cannot_run_as_spreadsheet_formulas(gazetteer):
    """Text a report carries ("=HYPERLINK(...)") is exported with a leading apostrophe, which
    spreadsheets show as text, and the import takes it off again."""
    import csv
    import io

    formula = '=HYPERLINK("http://example.invalid","click")'
    frame = one_event(place="Kharkiv", claimed_by=formula, notes="+7 killed; -3 wounded @night")
    data = export_bytes(frame, "csv", gazetteer.country_codes())
    row = next(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert row["claimed_by"] == "'" + formula and row["notes"].startswith("'+7")
    assert row["latitude"] == "50.450000"  # numbers stay numbers
    back = formats.read(data, "e.csv", gazetteer).frame
    assert back.iloc[0]["claimed_by"] == formula and back.iloc[0]["notes"].startswith("+7")


def test_csv_keeps_text_that_already_starts_with_an_apostrophe(gazetteer):
    for text in ("'-", "''", "'=1", "'s-Hertogenbosch"):
        frame = one_event(place="Kharkiv", notes=text)
        back = formats.read(
            export_bytes(frame, "csv", gazetteer.country_codes()), "e.csv", gazetteer
        )
        assert back.frame.iloc[0]["notes"] == text


def _two_events_csv(gazetteer) -> str:
    from conftest import BASE_EVENT
    from geo.events import to_frame

    frame = to_frame(
        [
            {**BASE_EVENT, "event_id": "e-1", "place": "Kharkiv", "notes": "line one\rline two"},
            {**BASE_EVENT, "event_id": "e-2", "place": "Sumy", "notes": "a; b; c"},
        ]
    )
    return export_bytes(frame, "csv", gazetteer.country_codes()).decode("utf-8-sig")


def test_csv_with_carriage_returns_alone_as_line_ends(gazetteer):
    """Spreadsheets on old Macs ("CSV (Macintosh)") end each line with a carriage return alone;
    the rows are read as with any line end, and a line end inside a quoted cell stays as it was."""
    text = _two_events_csv(gazetteer)
    assert "\r\n" in text  # our own export: CRLF between rows, a lone CR inside the first note
    for ends in ("\r", "\n"):
        result = formats.read(text.replace("\r\n", ends).encode(), "mac.csv", gazetteer)
        assert result.refused == [] and list(result.frame["place"]) == ["Kharkiv", "Sumy"]
        assert result.frame.iloc[0]["notes"] == "line one\rline two"


def test_csv_naming_a_column_twice_is_refused(gazetteer):
    """Which of two 'event_date' columns would count is a guess: the file is refused, naming it."""
    header, rest = _two_events_csv(gazetteer).split("\r\n", 1)
    text = f"{header},event_date,location\r\n" + rest.replace("\r\n", ",1999-01-01,Lviv\r\n")
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(text.encode(), "twice.csv", gazetteer)
    said = str(caught.value)
    assert "twice.csv" in said and "event_date, location" in said and "\n" not in said, said


def test_our_csv_of_an_event_with_a_long_sentence_is_read_back(gazetteer):
    """A report's run-on line of 230 kB is one sentence, kept as the event's source text; our
    own CSV export of it was refused on import, "field larger than field limit (131072)"."""
    from conftest import BASE_EVENT
    from geo.events import to_frame

    sentence = "A drone hit Kharkiv and " + " and ".join(["the sirens sounded again"] * 9000)
    frame = to_frame([{**BASE_EVENT, "event_id": "e-1", "source_text": sentence}])
    data = export_bytes(frame, "csv", gazetteer.country_codes())
    result = formats.read(data, "long.csv", gazetteer)
    assert result.refused == [] and result.frame.iloc[0]["source_text"] == sentence


def test_csv_with_a_million_columns_is_read_in_one_pass(gazetteer):
    """A header of a million column names (8 MB, well under the upload cap) was checked for
    doubled names by counting each name in the whole header: hours of one server thread. The
    names are counted once; the doubled one is still named."""
    header, rest = _two_events_csv(gazetteer).split("\r\n", 1)
    extra = [f"c{i}" for i in range(1_000_000)] + ["c7"]
    text = header + "," + ",".join(extra) + "\r\n" + rest
    with pytest.raises(formats.ImportFormatError, match=r"more than once: c7; keep one"):
        formats.read(text.encode(), "wide.csv", gazetteer)


# ---- one table of formats (issue 11 item 4), GeoParquet (issue 14 item 6), -o - (issue 11 item 7)


def test_one_table_names_every_format_once():
    from geo.export import EXPORT_FORMATS, MEDIA_TYPES
    from geo.formats.table import TABLE, by_suffix, upload_suffixes

    names = [f.name for f in TABLE]
    assert len(names) == len(set(names))
    assert set(EXPORT_FORMATS) == {f.name for f in TABLE if f.writer}
    assert set(formats.FORMATS) == {f.name for f in TABLE if f.reader}
    assert MEDIA_TYPES["parquet"] == "application/vnd.apache.parquet"
    assert by_suffix("events.GEOJSON").name == "geojson" and by_suffix("x.parquet").binary
    assert by_suffix("notes.txt") is None
    assert {"csv", "geojson", "json", "parquet"} <= set(upload_suffixes())
    for f in TABLE:  # every named reader and writer exists
        if f.reader:
            assert callable(f.read())
        if f.writer:
            assert callable(f.write())


def test_geoparquet_round_trip_keeps_every_event(reference, gazetteer):
    data = export_bytes(reference, "parquet")
    assert data.startswith(b"PAR1")
    back = formats.read(data, "events.parquet", gazetteer)  # format guessed from the bytes
    assert back.format == "parquet" and back.refused == [] and len(back.frame) == len(reference)
    a = reference.drop(columns="geometry").reset_index(drop=True).astype(str)
    b = back.frame.drop(columns="geometry").reset_index(drop=True).astype(str)
    assert a.equals(b)
    assert back.frame.geometry.geom_equals_exact(
        reference.geometry.reset_index(drop=True), 1e-9
    ).all()


def test_geoparquet_from_another_tool_is_checked_row_by_row(gazetteer, tmp_path):
    from shapely.geometry import LineString, Point

    frame = gpd.GeoDataFrame(
        {
            "event_date": ["2025-01-01", "2025-01-02", "2025-01-03"],
            "event_type": ["strike", "strike", "strike"],
            "time_precision": [1, 1, 1],
            "geo_precision": [1, 1, 1],
            "verification": ["claimed", "claimed", "claimed"],
            "place": ["Kyiv", "Lviv", "Odesa"],
            "fatalities": [2, 3_000_000_000, 1],
            "their_column": ["kept", "kept", "kept"],
        },
        geometry=[Point(30.5, 50.4), Point(24.0, 49.8), LineString([(30, 46), (31, 47)])],
        crs=4326,
    )
    frame.to_parquet(tmp_path / "theirs.parquet")
    result = formats.read((tmp_path / "theirs.parquet").read_bytes(), "theirs.parquet", gazetteer)
    assert list(result.frame["place"]) == ["Kyiv"]
    refused = dict(result.refused)
    assert sorted(refused) == [2, 3]
    assert "at most 1,000,000" in refused[2] and "Point" in refused[3]
    assert json.loads(result.frame["extra"].iloc[0]) == {"their_column": "kept"}


def test_broken_parquet_is_one_line(gazetteer):
    for data in (b"PAR1" + bytes(100), b"PAR1garbagePAR1"):
        with pytest.raises(formats.ImportFormatError, match="not readable GeoParquet") as caught:
            formats.read(data, "bad.parquet", gazetteer)
        assert "\n" not in str(caught.value)


def test_cli_parquet_export_and_import(tmp_path):
    out = run_cli("export", "--weapon", "ATACMS", "-o", str(tmp_path / "a.parquet"))
    assert out.returncode == 0, out.stderr
    # GeoParquet metadata as geopandas (and GDAL builds with the Parquet driver) read it
    written = gpd.read_parquet(tmp_path / "a.parquet")
    assert len(written) == 2 and written.crs.to_epsg() == 4326
    store = tmp_path / "store.gpkg"
    back = run_cli("import", str(tmp_path / "a.parquet"), env={"SITREP_STORE": str(store)})
    assert back.returncode == 0, back.stderr
    # the two are reference events, which an import may not replace: refused, and counted
    assert "(parquet): 2 rows, 2 read, 2 refused" in back.stdout
    assert back.stderr.count("cannot replace a reference event") == 2


def test_dash_o_dash_writes_standard_output_for_every_command(tmp_path):
    import subprocess
    import sys

    from conftest import REFERENCE_REPORT, ROOT

    def run(*args: str) -> bytes:
        done = subprocess.run(
            [sys.executable, "-m", "geo", *args, "-o", "-"], capture_output=True, cwd=ROOT
        )
        assert done.returncode == 0, done.stderr
        assert not list(ROOT.glob("-*")) and not (ROOT / "-").exists()  # no file named "-"
        return done.stdout

    assert json.loads(run("extract", str(REFERENCE_REPORT)))["type"] == "FeatureCollection"
    assert json.loads(run("export", "--type", "meeting"))["features"]
    assert run("export", "--format", "parquet").startswith(b"PAR1")
    assert run("map", "--weapon", "ATACMS").lstrip().lower().startswith(b"<!doctype html")
    binary = run_cli("export", "--format", "parquet")  # no -o: not dumped on a terminal
    assert binary.returncode == 2 and "-o -" in binary.stderr


def test_unknown_format_speaks_the_words_of_where_it_is_read():
    """The command line is told to give --format; the Import page to choose in its Format box
    (a header with some format's column: one with none says the columns needed instead; dated
    events with no type column say that plainly, as no format would read them: newuser30)."""
    with pytest.raises(formats.UnknownFormatError) as caught:
        detection.detect(b"event_type,where,what\n2024-01-01,Kyiv,strike\n", "mine.csv")
    assert "give --format" in str(caught.value)
    assert caught.value.page_words.endswith("choose the format in the Format box")
    assert "--" not in caught.value.page_words
    with pytest.raises(formats.ImportFormatError, match="mine.csv has no event type column"):
        detection.detect(b"event_date,where,what\n2024-01-01,Kyiv,strike\n", "mine.csv")


def test_sizes_over_a_limit_show_the_digits_that_tell_them_apart():
    assert "is 20.001 MB, more than the 20 MB" in formats.too_big("a.csv", int(20.001 * 2**20))
    assert "is 25.0 MB" in formats.too_big("a.csv", 25 * 2**20)


def test_csv_keeps_every_field_of_the_schema_and_a_tally_comes_back(gazetteer):
    """An interception's tally ("42 drones, 34 shot down") left our CSV: GeoJSON and KML had
    `launched` and `destroyed`, the CSV did not, so an export and import lost them. Every
    property of the schema has a column; the tally and an empty one come back as they were."""
    from geo.events import to_frame
    from geo.formats.sitrep_csv import COLUMNS
    from geo.records import DERIVED, PROPERTIES

    renamed = {
        "event_id": "event_id_cnty",
        "event_type": "sitrep_event_type",
        "place": "location",
        "actor": "actor1",
        "country": "country_code",
        "source_span": "source_span_start",
    }
    assert {renamed.get(p, p) for p in PROPERTIES} - set(COLUMNS) == set()
    assert set(DERIVED) <= set(COLUMNS)
    from conftest import BASE_EVENT

    frame = to_frame(
        [
            {
                **BASE_EVENT,
                "event_id": "t-1",
                "event_type": "interception",
                "launched": 42,
                "destroyed": 34,
                "weapon_category": "drone",
            },
            {**BASE_EVENT, "event_id": "t-2", "event_type": "interception"},
        ]
    )
    data = export_bytes(frame, "csv", gazetteer.country_codes())
    back = formats.read(data, "tally.csv", gazetteer).frame.set_index("event_id")
    assert (back.loc["t-1", "launched"], back.loc["t-1", "destroyed"]) == (42, 34)
    assert back.loc["t-2", ["launched", "destroyed"]].isna().all()
    plain = "event_id,event_date,time_precision,event_type,place,lat,lon,geo_precision,"
    plain += "verification,launched,destroyed\n"
    plain += "p-1,2025-01-01,1,interception,Kyiv,50.45,30.52,1,claimed,16,12\n"
    row = formats.read(plain.encode(), "plain.csv", gazetteer).frame.iloc[0]
    assert (row["launched"], row["destroyed"]) == (16, 12)


def test_geojson_points_named_as_regions_are_region_level_and_take_their_countries(gazetteer):
    """A new analyst's feature named "Odesa region" came in as an exact point, and every feature
    with no country property came in with none."""

    def feature(lon, lat, **properties):
        geometry = {"type": "Point", "coordinates": [lon, lat]}
        return {"type": "Feature", "geometry": geometry, "properties": properties}

    doc = {
        "type": "FeatureCollection",
        "features": [
            feature(30.9, 46.7, date="2025-03-01", type="strike", name="Odesa region"),
            feature(35.18, 51.16, date="2025-03-01", type="strike", name="a field near the border"),
            feature(36.23, 49.99, date="2025-03-01", type="strike", name="Kharkiv"),
            feature(37.5, 48.3, date="2025-03-01", type="fighting", name="Donetsk Oblast"),
            feature(37.2, 48.2, date="2025-03-01", type="fighting", name="Pokrovsk district"),
            feature(24.0, 49.8, date="2025-03-01", type="strike", name="Lviv", country="PL"),
            feature(30.5, 50.4, date="2025-03-01", type="strike", name="Kyiv", geo_precision=2),
        ],
    }
    frame = formats.read(json.dumps(doc).encode(), "theirs.geojson", gazetteer).frame
    got = list(zip(frame["geo_precision"], frame["country"], frame["admin1"], strict=True))
    assert got[:5] == [
        (3, "UA", "Odessa"),
        (1, "RU", "Kursk"),  # by the outline holding it, though Ukrainian towns are nearer
        (1, "UA", "Kharkiv"),
        (3, "UA", "Donetsk"),
        (2, "UA", "Donetsk"),
    ]
    assert got[5][:2] == (1, "PL")  # the feature's own country stands
    assert got[6][0] == 2  # and its own precision


def test_a_geojson_point_takes_an_altitude_and_refuses_a_fourth_coordinate(gazetteer):
    """RFC 7946 positions: longitude, latitude and an altitude, which is left out; a fourth number
    (a measure, a time) has no agreed meaning: that row is refused in one line, the others read."""

    def feature(coordinates, place):
        geometry = {"type": "Point", "coordinates": coordinates}
        props = {"event_date": "2024-01-01", "event_type": "strike", "place": place}
        return {"type": "Feature", "geometry": geometry, "properties": props}

    doc = {
        "type": "FeatureCollection",
        "features": [
            feature([36.23, 49.99], "Flat"),
            feature([36.23, 49.99, 152.5], "With altitude"),
            feature([36.23, 49.99, 152.5, 1717000000], "With a measure"),
            feature([36.23, 49.99, 0, 0, 0], "Five numbers"),
        ],
    }
    result = formats.read(json.dumps(doc).encode(), "heights.geojson", gazetteer)
    assert [n for n, _ in result.refused] == [3, 4]
    assert (
        "has two or three coordinates (longitude, latitude, altitude), got 4"
        in (result.refused[0][1])
    )
    assert "got 5" in result.refused[1][1] and "\n" not in result.refused[1][1]
    assert list(result.frame["place"]) == ["Flat", "With altitude"]
    assert list(result.frame.geometry.y) == [49.99] * 2
    assert list(result.frame.geometry.x) == [36.23] * 2
