"""Counts stay numbers in a CSV export as GDAL and QGIS read it: a column blank in every row
("launched" and "destroyed" of an export with no interception) was typed String, so a layer
could not be summed or sized by it. The CLI writes the column types beside the file
(``events.csvt``, which GDAL reads); a blank cell is null, never 0."""

from __future__ import annotations

import pyogrio

from conftest import BASE_EVENT, run_cli
from geo import store
from geo.events import to_frame
from geo.formats.sitrep_csv import COLUMNS, column_types


def _store(tmp_path):
    path = tmp_path / "store.gpkg"
    records = [
        {**BASE_EVENT, "event_id": "a", "fatalities": 2},
        {**BASE_EVENT, "event_id": "b", "event_date": "2025-01-02", "injured": 5},
    ]
    store.save(to_frame(records), path)
    return {"SITREP_STORE": str(path)}


def _types(path) -> dict[str, str]:
    info = pyogrio.read_info(path, layer=0)
    return dict(zip(info["fields"], info["dtypes"], strict=True))


def test_blank_count_columns_read_back_as_integers_and_null(tmp_path):
    env = _store(tmp_path)
    out = tmp_path / "events.csv"
    done = run_cli("export", "--no-sample", "--format", "csv", "-o", str(out), env=env)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "events.csvt").read_text(encoding="utf-8") == column_types()
    types = _types(out)
    for name in ("launched", "destroyed", "fatalities", "injured", "source_span_start"):
        assert types[name] == "int32", (name, types[name])
    assert (types["latitude"], types["event_date"]) == ("float64", "datetime64[D]")
    back = pyogrio.read_dataframe(out)
    assert back["launched"].isna().all() and back["destroyed"].isna().all()  # null, not 0
    assert sorted(back["fatalities"].dropna().tolist()) == [2]


def test_the_gpkg_export_keeps_them_integers_too(tmp_path):
    env = _store(tmp_path)
    out = tmp_path / "events.gpkg"
    done = run_cli("export", "--no-sample", "--format", "gpkg", "-o", str(out), env=env)
    assert done.returncode == 0, done.stderr
    types = _types(out)
    assert types["launched"] == types["destroyed"] == "int64"
    assert not (tmp_path / "events.csvt").exists()  # only beside a CSV


def test_the_types_line_names_every_column_once():
    kinds = column_types().strip().split(",")
    assert len(kinds) == len(COLUMNS)
    assert set(kinds) == {"Integer", "Real", "Date", "String"}
