"""What the GeoPackage store's schema check keeps, now that it refuses what the PostGIS one does
(a trigger under GDAL's name calling other functions, a CHECK, a computed default, an index on an
expression: see test_hostile_inputs35): constant defaults, plain indexes, what pyogrio writes."""

from __future__ import annotations

import sqlite3

import geopandas as gpd
import shapely
from test_hostile_inputs35 import _events

from geo import store
from geo.store import gpkg_schema


def test_constant_defaults_plain_indexes_and_gdals_own_tables_are_kept(scratch_store):
    store.save(_events("a"))
    con = sqlite3.connect(scratch_store)
    con.executescript(
        "ALTER TABLE events ADD COLUMN reviewer TEXT DEFAULT 'nobody';"
        "ALTER TABLE events ADD COLUMN checked INTEGER DEFAULT -1;"
        'CREATE INDEX "sm_place" ON events ("place")'
    )
    con.close()
    assert store.save(_events("b")).added == 3
    assert len(store.load()) == 6


def test_a_layer_pyogrio_writes_with_its_spatial_index_passes(tmp_path):
    path = tmp_path / "written.gpkg"
    frame = gpd.GeoDataFrame({"place": ["Kharkiv"]}, geometry=[shapely.Point(36.2, 49.9)], crs=4326)
    frame.to_file(path, layer="events", driver="GPKG", engine="pyogrio")
    con = sqlite3.connect(path)
    triggers = [n for (n,) in con.execute("SELECT name FROM sqlite_master WHERE type='trigger'")]
    assert {
        "rtree_events_geom_insert",
        "rtree_events_geom_update6",
        "trigger_insert_feature_count_events",
    } <= set(triggers)
    assert gpkg_schema.refusal(con) is None
