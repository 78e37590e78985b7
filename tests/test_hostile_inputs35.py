"""The thirty-sixth session's attack (attack35) on the entry points: what it found, each a test
written before its fix."""

from __future__ import annotations

import io
import sqlite3

import geopandas as gpd
import pytest
import shapely

from conftest import BASE_EVENT, new_database
from geo import formats, store
from geo.events import to_frame
from geo.store import StoreError


def _events(prefix: str, n: int = 3) -> gpd.GeoDataFrame:
    return to_frame([{**BASE_EVENT, "event_id": f"{prefix}-{i}"} for i in range(n)])


def _refused(location, fragment: str) -> str:
    """The one line refusing ``location``'s store on reading, naming ``fragment``."""
    with pytest.raises(StoreError) as caught:
        store.load(location)
    said = str(caught.value)
    assert fragment in said and "\n" not in said and "is not as Sitrep Map made it" in said, said
    return said


# --- a team store whose tables run code ---------------------------------------------------------
# Whoever may change a shared PostgreSQL store's schema could make it compute, drop or rewrite:
# `events` as a view joined with generate_series was read until killed (1.25 GB at 25 s), a
# BEFORE INSERT trigger returning NULL (or a DO INSTEAD NOTHING rule) dropped every saved event
# while `geo import` said "12 new ... 3895 events in all" and logged them in the history, a column
# of another type stopped every read with the driver's or Arrow's traceback.

_FUNCTION = (
    "CREATE FUNCTION sm_drop() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NULL; END$$"
)
POSTGIS_CHANGES = {
    "view": (
        "ALTER TABLE events RENAME TO events_t; CREATE VIEW events AS SELECT e.* FROM events_t e, "
        "generate_series(1, 100000000)",
        "'events' is a view",
    ),
    "trigger": (
        f"{_FUNCTION}; CREATE TRIGGER sm_drop BEFORE INSERT OR UPDATE ON events FOR EACH ROW "
        "EXECUTE FUNCTION sm_drop()",
        "'events' has a trigger 'sm_drop'",
    ),
    "rule": (
        "CREATE RULE sm_nothing AS ON INSERT TO events DO INSTEAD NOTHING",
        "'events' has a rule 'sm_nothing'",
    ),
    "history trigger": (
        f"{_FUNCTION}; CREATE TRIGGER sm_drop BEFORE INSERT ON history FOR EACH ROW "
        "EXECUTE FUNCTION sm_drop()",
        "'history' has a trigger 'sm_drop'",
    ),
    "type": (
        "ALTER TABLE events ALTER COLUMN fatalities TYPE text; "
        "UPDATE events SET fatalities = 'many'",
        "column 'fatalities' of 'events' is text, not bigint",
    ),
    "geometry": (
        "ALTER TABLE events ALTER COLUMN geom TYPE geometry; "
        "UPDATE events SET geom = ST_Buffer(geom, 1)",
        "column 'geom' of 'events' is geometry, not geometry(Point,4326)",
    ),
    "generated": (
        "ALTER TABLE events ADD COLUMN big text GENERATED ALWAYS AS (repeat(place, 1000)) STORED",
        "column 'big' of 'events' has a default or generated value",
    ),
    "not null": (
        "ALTER TABLE events ADD COLUMN reviewer text NOT NULL DEFAULT 'x'; "
        "ALTER TABLE events ALTER COLUMN reviewer DROP DEFAULT",
        "column 'reviewer' of 'events' may not be empty",
    ),
    "check": (
        "ALTER TABLE events ADD CONSTRAINT sm_check CHECK (pg_sleep(0) IS NOT NULL)",
        "'events' has a constraint 'sm_check'",
    ),
    "row security": (
        "ALTER TABLE events ENABLE ROW LEVEL SECURITY",
        "'events' has row-level security on",
    ),
    "index": (
        "CREATE INDEX sm_slow ON events ((md5(repeat(place, 100))))",
        "'events' has an index on an expression",
    ),
}


def _stored(url: str) -> tuple[int, int]:
    import psycopg

    with psycopg.connect(url) as con:
        table = (
            "events_t" if con.execute("SELECT to_regclass('events_t')").fetchone()[0] else "events"
        )
        events = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        return events, con.execute("SELECT count(*) FROM history").fetchone()[0]


@pytest.mark.parametrize("change", list(POSTGIS_CHANGES))
def test_a_postgis_store_whose_tables_run_code_is_refused_in_one_line(postgis_server, change):
    import psycopg

    statement, fragment = POSTGIS_CHANGES[change]
    url = new_database(postgis_server)
    store.save(_events("a"), path=url)
    with psycopg.connect(url) as con:
        con.execute(statement)
    before = _stored(url)
    said = _refused(url, fragment)
    assert "postgresql://sitrep@" in said, said
    assert store.writable(url)  # the pages ask, then the save says why it is refused
    with pytest.raises(StoreError, match="is not as Sitrep Map made it"):
        store.save(_events("b"), path=url)
    assert _stored(url) == before  # nothing half-saved, nothing lost


def test_a_postgis_store_with_a_column_of_the_teams_own_is_read_and_saved(postgis_server):
    import psycopg

    url = new_database(postgis_server)
    store.save(_events("a"), path=url)
    with psycopg.connect(url) as con:
        con.execute("ALTER TABLE events ADD COLUMN reviewer text; CREATE INDEX ON events (place)")
    assert store.save(_events("b"), path=url).added == 3
    assert len(store.load(url)) == 6


def test_an_error_the_database_raises_on_a_save_is_one_line(postgis_server, monkeypatch):
    """What the catalogue check does not foresee ends in one line, the save rolled back: here a
    foreign key to a table the save does not fill, the check taken out."""
    import psycopg

    from geo.store import pg_schema

    url = new_database(postgis_server)
    store.save(_events("a"), path=url)
    with psycopg.connect(url) as con:
        con.execute(
            "CREATE TABLE sm_places (place text PRIMARY KEY); ALTER TABLE events ADD CONSTRAINT "
            "sm_fk FOREIGN KEY (place) REFERENCES sm_places (place) NOT VALID"
        )
    monkeypatch.setattr(pg_schema, "refusal", lambda con: None)
    with pytest.raises(StoreError) as caught:
        store.save(_events("b"), path=url)
    said = str(caught.value)
    assert "refused: insert or update on table" in said and "\n" not in said, said
    assert said.endswith("nothing was saved"), said
    assert _stored(url) == (3, 3)


# --- the same in a GeoPackage store ---------------------------------------------------------------
# A view whose recursive query never ends was read until killed; a BEFORE INSERT trigger
# `SELECT RAISE(IGNORE)` dropped the saved events while the save counted them added.

GPKG_CHANGES = {
    "view": (
        "ALTER TABLE events RENAME TO events_t; CREATE VIEW events AS WITH RECURSIVE r(n) AS "
        "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT e.* FROM events_t e, r",
        "'events' is a view",
    ),
    "trigger": (
        "CREATE TRIGGER sm_drop BEFORE INSERT ON events BEGIN SELECT RAISE(IGNORE); END",
        "'events' has a trigger 'sm_drop'",
    ),
    "trigger named as GDAL's": (
        "CREATE TRIGGER rtree_events_geom_update9 AFTER INSERT ON events BEGIN "
        "DELETE FROM events; END",
        "'events' has a trigger 'rtree_events_geom_update9'",
    ),
    "GDAL's trigger rewritten": (
        'DROP TRIGGER rtree_events_geom_insert; CREATE TRIGGER "rtree_events_geom_insert" AFTER '
        'INSERT ON "events" BEGIN UPDATE "rtree_events_geom" SET minx = (WITH RECURSIVE r(n) AS '
        "(SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r); END",
        "'events' has a trigger 'rtree_events_geom_insert'",
    ),
    "history trigger": (
        "CREATE TRIGGER sm_drop BEFORE INSERT ON history BEGIN SELECT RAISE(IGNORE); END",
        "'history' has a trigger 'sm_drop'",
    ),
    "computed column": (
        "ALTER TABLE events ADD COLUMN big TEXT AS (printf('%.*c', 100000000, 'x')) VIRTUAL",
        "column 'big' of 'events' is computed",
    ),
}

_INSERT = (
    'DROP TRIGGER rtree_events_geom_insert; CREATE TRIGGER "rtree_events_geom_insert" AFTER '
    'INSERT ON "events" WHEN {when} BEGIN INSERT OR REPLACE INTO "rtree_events_geom" VALUES '
    '(NEW."fid", {minx}, ST_MaxX(NEW."geom"), ST_MinY(NEW."geom"), ST_MaxY(NEW."geom")); END'
)
_GDAL_WHEN, _GDAL_MINX = (
    '(new."geom" NOT NULL AND NOT ST_IsEmpty(NEW."geom"))',
    'ST_MinX(NEW."geom")',
)
GPKG_CHANGES |= {  # as strict as the PostGIS check (house36)
    "GDAL's name, a WHEN calling a function": (
        _INSERT.format(when="length(zeroblob(100000000)) > 0", minx=_GDAL_MINX),
        "'events' has a trigger 'rtree_events_geom_insert'",
    ),
    "GDAL's name, a body calling a function": (
        _INSERT.format(when=_GDAL_WHEN, minx="length(printf('%.*c', 100000000, 'x'))"),
        "'events' has a trigger 'rtree_events_geom_insert'",
    ),
    "GDAL's name, a function called by a quoted name after a comment": (
        _INSERT.format(when=_GDAL_WHEN, minx='"randomblob" /* bounds */ (100000000)'),
        "'events' has a trigger 'rtree_events_geom_insert'",
    ),
    "a CHECK constraint": (
        "ALTER TABLE events ADD COLUMN checked TEXT CHECK (length(zeroblob(100000000)) > 0)",
        "'events' has a CHECK constraint",
    ),
    "a default calling a function": (
        "ALTER TABLE history RENAME TO sm_old; CREATE TABLE history (id INTEGER PRIMARY KEY "
        "AUTOINCREMENT, changed_at TEXT NOT NULL DEFAULT (hex(randomblob(1000))), user TEXT NOT "
        "NULL, action TEXT NOT NULL, event_id TEXT NOT NULL, source TEXT, changes TEXT NOT NULL);"
        "INSERT INTO history SELECT * FROM sm_old; DROP TABLE sm_old",
        "column 'changed_at' of 'history' has a default Sitrep Map did not set",
    ),
    "an index on an expression": (
        "CREATE INDEX sm_big ON events (printf('%.*c', 100000000, 'x'))",
        "'events' has an index on an expression, 'sm_big'",
    ),
}


@pytest.mark.parametrize("change", list(GPKG_CHANGES))
def test_a_geopackage_store_whose_tables_run_code_is_refused_in_one_line(scratch_store, change):
    statement, fragment = GPKG_CHANGES[change]
    store.save(_events("a"))
    con = sqlite3.connect(scratch_store)
    con.executescript(statement)
    con.close()
    before = scratch_store.read_bytes()
    _refused(scratch_store, fragment)
    with pytest.raises(StoreError, match="is not as Sitrep Map made it"):
        store.save(_events("b"))
    assert scratch_store.read_bytes() == before


def test_a_geopackage_store_with_gdals_triggers_and_a_column_of_its_own_is_saved(scratch_store):
    store.save(_events("a"))
    con = sqlite3.connect(scratch_store)
    con.execute("ALTER TABLE events ADD COLUMN reviewer TEXT")
    con.close()
    assert store.save(_events("b")).added == 3
    assert len(store.load()) == 6


# --- GeoParquet in tens of thousands of row groups ------------------------------------------------
# 12,000 one-row groups (an 18 MB upload) took 13 s and 400 MB, each group read on its own
# (x4 the groups, x4 both): a 20 MB upload of fewer columns holds some 50,000.


def _grouped(rows: int, group: int) -> bytes:
    events = [
        {"event_id": f"e{i}", "event_date": "2024-03-15", "event_type": "strike", "place": "Kharkiv",
         "time_precision": 1, "geo_precision": 1, "verification": "confirmed"}
        for i in range(rows)
    ]  # fmt: skip
    frame = gpd.GeoDataFrame(events, geometry=[shapely.Point(36.2, 49.9)] * rows, crs=4326)
    out = io.BytesIO()
    frame.to_parquet(out, row_group_size=group)
    return out.getvalue()


def test_a_parquet_file_of_thousands_of_tiny_row_groups_is_refused_from_its_footer(gazetteer):
    from timing import cpu_seconds

    reading, _ = cpu_seconds(_read_or_refused, _grouped(200, 1), gazetteer, repeats=1)
    refusing, said = cpu_seconds(_read_or_refused, _grouped(3_000, 1), gazetteer)
    assert said.startswith("tiny.parquet splits its 3,000 rows into 3,000 row groups"), said
    assert "\n" not in said
    assert refusing < reading, (refusing, reading)  # 15 times the groups, refused in less


def _read_or_refused(data: bytes, gazetteer) -> str:
    try:
        return f"{len(formats.read(data, 'tiny.parquet', gazetteer).frame)} read"
    except formats.ImportFormatError as exc:
        return str(exc)


def test_a_parquet_file_in_row_groups_of_a_hundred_rows_is_read(gazetteer):
    assert len(formats.read(_grouped(2_000, 100), "hundreds.parquet", gazetteer).frame) == 2_000
    assert len(formats.read(_grouped(500, 1), "few.parquet", gazetteer).frame) == 500


# --- a context layer of thousands of small areas apart ---------------------------------------------
# `geo context add` merged a layer's polygons with GEOS's union_all, which costs about the square
# of the parts when they lie apart: 20,000 small triangles in a row (3 MB) took 21 s, 5,000 3 s
# (10,000 in-process 5.1 s, 2,500 0.26 s: x20 for x4). Now 2.9 s for the 20,000, start-up
# included.


def _triangles(n: int) -> list:
    return [
        shapely.Polygon([(37 + i * 1e-4, 47), (37 + i * 1e-4 + 5e-5, 47), (37 + i * 1e-4, 47.0001)])
        for i in range(n)
    ]


def test_areas_apart_are_merged_in_time_linear_in_their_number():
    from timing import cpu_seconds

    from geo.area_union import union_all

    small_s, small = cpu_seconds(union_all, _triangles(2_000))
    big_s, big = cpu_seconds(union_all, _triangles(8_000))
    assert shapely.get_num_geometries(big) == 8_000 and big.is_valid
    assert big_s < 8 * max(small_s, 1e-3), (small_s, big_s)  # x4 the areas (x20 before)


def test_areas_merged_in_groups_equal_one_union():
    import numpy as np

    from geo.area_union import union_all

    rng = np.random.default_rng(35)
    for _ in range(100):
        n, side = int(rng.integers(1, 40)), float(rng.uniform(0.01, 2))
        parts = [shapely.box(x, y, x + side, y + side) for x, y in rng.uniform(0, 10, (n, 2))]
        parts += [shapely.Polygon(rng.uniform(0, 10, (3, 2))).buffer(0) for _ in range(n)]
        parts = [p for p in parts if not p.is_empty]
        merged, whole = union_all(parts), shapely.union_all(parts)
        assert merged.is_valid and merged.symmetric_difference(whole).area < 1e-9


# --- a CSV whose lines end in Unicode's line ends ---------------------------------------------------
# NEL (U+0085, from EBCDIC conversions) or the line separator U+2028 as the only line ends: the
# guesser (str.splitlines) saw a header, the CSV reader one long row, refused as "names these
# columns more than once: 1".

_CSV = (
    "event_id,event_date,event_type,place,time_precision,geo_precision,verification,latitude,"
    "longitude\ne1,2024-03-15,strike,Kharkiv,1,1,confirmed,49.99,36.23\n"
)


@pytest.mark.parametrize("end", ["\x85", "\u2028", "\u2029"])
def test_a_csv_whose_lines_end_in_unicode_line_ends_is_read(gazetteer, end):
    result = formats.read(_CSV.replace("\n", end).encode(), "ends.csv", gazetteer)
    assert list(result.frame["place"]) == ["Kharkiv"]


def test_a_line_separator_inside_a_cell_of_an_ordinary_csv_is_kept(gazetteer):
    notes = _CSV.replace("longitude\n", "longitude,notes\n").replace(
        "36.23\n", '36.23,"a\u2028b"\n'
    )
    assert list(formats.read(notes.encode(), "notes.csv", gazetteer).frame["notes"]) == ["a\u2028b"]


def test_a_staircase_of_boxes_touching_at_corners_is_merged_in_near_linear_time():
    """Boxes each touching the next at a corner run on along both axes, so no axis parts them:
    8,000 took 1.1 s, and x8 the boxes took x20 the time; now about x8."""
    from timing import cpu_seconds

    from geo.area_union import union_all

    def staircase(n: int) -> list:
        return [shapely.box(i, i, i + 1.0, i + 1.0) for i in range(n)]

    small_s, _ = cpu_seconds(union_all, staircase(2_000))
    big_s, big = cpu_seconds(union_all, staircase(16_000))
    assert shapely.get_num_geometries(big) == 16_000 and big.is_valid
    assert big.equals(shapely.union_all(staircase(16_000)))
    assert big_s < 14 * max(small_s, 1e-3), (small_s, big_s)  # x8 the boxes


def test_a_dense_layer_of_overlapping_areas_is_merged_whole_and_equal():
    from geo.area_union import union_all

    dense = [shapely.box(i * 0.01, 0, i * 0.01 + 5, 5) for i in range(300)]  # each meets ~300
    corners = [shapely.box(i, 10 + i, i + 1, 11 + i) for i in range(40)]  # and a staircase apart
    merged = union_all(dense + corners)
    assert merged.equals(shapely.union_all(dense + corners)) and merged.is_valid
    assert shapely.get_num_geometries(merged) == 41
