"""An import's summary tells what happened to each row (read, put at the place it names, named
by its point, refused and why, stored), and an empty cell is empty in every format, never the
text "nan"."""

from __future__ import annotations

import io

import geopandas as gpd
import numpy as np
import shapely

from conftest import run_cli
from geo import formats, store

# a home-made file with no source column: one row of each kind
MIXED = (
    "event_date,event_type,location,country,latitude,longitude,weapon,fatalities,notes\n"
    "2025-03-01,strike,Poltava,Ukraine,49.5883,34.5514,Shahed,1,a drone hit a depot\n"  # point
    "2025-03-02,strike,Sumy,Ukraine,,,,,shelling in the centre\n"  # by name
    "2025-03-02,fighting,Lyman,Ukraine,,,,,clashes near the town\n"  # by name
    "2025-03-03,strike,,Ukraine,46.9659,31.9974,,,a pier on fire\n"  # point, no name
    "2025-02-31,strike,Izium,Ukraine,,,artillery,2,no such day\n"  # by name, then a bad date
    "2025-03-04,strike,,Ukraine,,,,,nowhere given\n"  # neither point nor name
    "2025-03-05,strike,Qwertzuiopville,Ukraine,,,,,a name nobody knows\n"
)


def test_every_figure_of_a_mixed_file_is_what_happened(gazetteer, tmp_path):
    result = formats.read(MIXED.encode(), "mixed.csv", gazetteer, "csv")
    assert result.rows == 7 and len(result.frame) == 4
    assert result.located == 2  # Sumy and Lyman; Izium was located, then refused for its day
    assert result.named_by_point == 1
    assert [n for n, _ in result.refused] == [6, 7, 8]
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    out = run_cli("import", str(path), env={"SITREP_STORE": str(tmp_path / "s.gpkg")})
    assert out.returncode == 0, out.stderr
    line = out.stdout.splitlines()[0]
    assert line.startswith(
        "mixed.csv (csv): 7 rows, 4 read (2 put at the place they name, 1 without a place name "
        "named by their point), 3 refused ("
    ), line
    assert "1: 'event_date' should be a date" in line and "2025-02-31" not in line
    assert "1: no coordinates and no place name" in line
    assert "store: 4 new, 0 updated, 0 already there, 4 events in all" in line


def test_an_empty_cell_is_empty_never_the_text_nan(gazetteer, tmp_path, monkeypatch):
    """A file with no source column, a GeoJSON with JSON's NaN (Python and pandas write it) and
    a Parquet file with NaN in its text columns: nothing, never the text "nan"."""
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "s.gpkg"))
    csv_rows = formats.read(MIXED.encode(), "mixed.csv", gazetteer, "csv").frame
    geojson = (
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": '
        '"Point", "coordinates": [35.0, 48.45]}, "properties": {"event_date": "2025-03-01", '
        '"event_type": "strike", "place": "Dnipro", "actor": NaN, "source": NaN, "weapon": NaN, '
        '"notes": NaN, "colour": NaN, "fatalities": NaN}}]}'
    )
    from_json = formats.read(geojson.encode(), "f.geojson", gazetteer).frame
    table = gpd.GeoDataFrame(
        {
            "event_id": ["p-1"],
            "event_date": ["2025-03-02"],
            "event_type": ["strike"],
            "place": ["Sumy"],
            "verification": ["claimed"],
            "time_precision": [1],
            "geo_precision": [1],
            "source": [np.nan],
            "weapon": [np.nan],
            "colour": [np.nan],
        },
        geometry=[shapely.Point(34.8, 50.9)],
        crs="EPSG:4326",
    )
    buffer = io.BytesIO()
    table.to_parquet(buffer)
    read = formats.read(buffer.getvalue(), "t.parquet", gazetteer)
    assert read.refused == []
    from_parquet = read.frame
    for frame in (csv_rows, from_json, from_parquet):
        assert len(frame)
        for name in frame.columns.drop("geometry"):
            texts = [v for v in frame[name].astype(object) if isinstance(v, str)]
            assert not [t for t in texts if "nan" in t.lower()], (name, texts)
    for frame in (from_json, from_parquet):
        assert frame["source"].isna().all() and frame["extra"].isna().all()
    # (a file with no source column: each row's source is its file and line)
    assert csv_rows["source"].str.fullmatch(r"mixed\.csv, line \d").all()
    store.save(from_json)
    assert store.load()["source"].isna().all()
