"""The GeoPackage store: save, dedupe, corrections with history, in-place transactional writes,
foreign files and layers, reports by hash, imports, modes and links, any text."""

from __future__ import annotations

import json
import os
import sqlite3

import pyogrio
import pytest

from conftest import BASE_EVENT, run_cli
from geo import store
from geo.events import load_reference, to_frame
from geo.store import gpkg


@pytest.fixture(scope="module")
def events(gazetteer):
    return load_reference(gazetteer)


def _event(i: int, **fields) -> dict:
    return {
        **BASE_EVENT,
        "event_id": f"t-{i:04d}",
        "place": f"Place {i}",
        "lat": 48.0 + i / 1000,
        "lon": 35.0,
        "source": "store test",
        **fields,
    }


def test_save_load_round_trip(events, any_store):
    result = store.save(events, report=store.Report("r.txt", "text", "2024-11-26"), user="tester")
    assert (result.added, result.updated, result.total) == (12, 0, 12)
    back = store.load()
    assert sorted(back["event_id"]) == sorted(events["event_id"])
    row = back[back["place"] == "Kharkiv"].iloc[0]
    assert row["injured"] == 25 and row["weapon"] == "S-400"
    assert back.crs.to_epsg() == 4326


def test_saving_twice_does_not_duplicate(events, any_store):
    store.save(events)
    again = store.save(events)
    assert (again.added, again.unchanged, again.total) == (0, 12, 12)


def test_corrections_are_kept_in_history(events, any_store):
    store.save(events, user="first")
    fixed = events.copy()
    fixed.loc[fixed["place"] == "Kharkiv", "injured"] = 26
    result = store.save(fixed, user="analyst")
    assert result.updated == 1
    log = store.history()
    update = log[log["action"] == "update"].iloc[0]
    assert update["user"] == "analyst" and '"injured": [25, 26]' in update["changes"]
    assert (log["action"] == "insert").sum() == 12


def test_history_names_sitrep_user(any_store, monkeypatch):
    monkeypatch.setenv("SITREP_USER", "desk-analyst-7")
    store.save(to_frame([_event(1)]))
    assert list(store.history()["user"]) == ["desk-analyst-7"]


def test_an_edit_rewrites_only_its_row(scratch_store):
    """Saving one edited event among many updates that row in place: every other row keeps its
    feature id and content, the edited one keeps its id too, and one history row is added."""
    store.save(to_frame([_event(i) for i in range(50)]))
    con = sqlite3.connect(scratch_store)
    before = con.execute("SELECT fid, event_id, place FROM events ORDER BY fid").fetchall()
    con.close()
    store.save(to_frame([_event(17, place="Corrected")]))
    con = sqlite3.connect(scratch_store)
    after = con.execute("SELECT fid, event_id, place FROM events ORDER BY fid").fetchall()
    history = con.execute("SELECT count(*) FROM history").fetchone()[0]
    con.close()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [((18, "t-0017", "Place 17"), (18, "t-0017", "Corrected"))]
    assert history == 51


def test_reports_are_stored_once(events, any_store):
    store.save(events, report=store.Report("r.txt", "body", "2024-11-26"))
    store.save(events, report=store.Report("r.txt", "body", "2024-11-26"))
    assert list(store.saved_reports()["source"]) == ["r.txt"]


def test_two_reports_with_one_name_are_both_kept(any_store):
    first, second = store.Report("sitrep.txt", "first text"), store.Report("sitrep.txt", "second")
    store.save(to_frame([_event(1)]), report=first)
    store.save(to_frame([_event(2)]), report=second)
    reports = store.saved_reports()
    assert list(reports["source"]) == ["sitrep.txt", "sitrep.txt"]
    assert set(reports["sha256"]) == {store.report_hash(first), store.report_hash(second)}


def test_foreign_files_are_refused_and_left_alone(tmp_path, events):
    text_file = tmp_path / "notes.gpkg"
    text_file.write_text("my notes", encoding="utf-8")
    other_db = tmp_path / "other.gpkg"
    con = sqlite3.connect(other_db)
    con.execute("CREATE TABLE t (x)")
    con.close()
    foreign_layer = tmp_path / "foreign.gpkg"  # a GeoPackage with an 'events' layer not ours
    pyogrio.write_dataframe(events[["place", "geometry"]], foreign_layer, layer="events")
    for path, message in [
        (text_file, "not a GeoPackage"),
        (other_db, "no gpkg_contents"),
        (foreign_layer, "not a Sitrep Map store"),
    ]:
        before = path.read_bytes()
        with pytest.raises(store.StoreError, match=message):
            store.save(events, path)
        assert path.read_bytes() == before


def test_layers_tables_and_attributes_not_ours_are_kept(events, scratch_store):
    store.save(events)
    pyogrio.write_dataframe(
        events[["place", "geometry"]].rename(columns={"place": "road"}),
        scratch_store,
        layer="roads",
        append=False,
    )
    con = gpkg.connect(scratch_store)  # with the functions GDAL's index triggers call
    con.execute("CREATE TABLE layer_styles (id INTEGER PRIMARY KEY, f_table_name TEXT, styleQML)")
    con.execute("INSERT INTO layer_styles VALUES (1, 'events', '<qgis/>')")
    con.execute("ALTER TABLE events ADD COLUMN analyst_note TEXT")
    con.execute("UPDATE events SET analyst_note = 'checked by phone'")
    con.close()
    fixed = events.copy()
    fixed.loc[fixed["place"] == "Kharkiv", "injured"] = 30
    assert store.save(fixed).updated == 1
    assert len(pyogrio.read_dataframe(scratch_store, layer="roads")) == 12
    con = sqlite3.connect(scratch_store)
    assert con.execute("SELECT styleQML FROM layer_styles").fetchall() == [("<qgis/>",)]
    notes = con.execute("SELECT DISTINCT analyst_note FROM events").fetchall()
    con.close()
    assert notes == [("checked by phone",)]
    assert store.load().set_index("place").loc["Kharkiv", "injured"] == 30


def test_mode_owner_and_symlink_are_kept(tmp_path):
    real = tmp_path / "real" / "store.gpkg"
    real.parent.mkdir()
    store.save(to_frame([_event(1)]), real)
    os.chmod(real, 0o600)
    os.chown(real, 65534, 65534)  # tests run as root in CI; any owner will do
    link = tmp_path / "store-link.gpkg"
    link.symlink_to(real)
    store.save(to_frame([_event(2)]), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    info = os.stat(real)
    assert (info.st_mode & 0o777, info.st_uid, info.st_gid) == (0o600, 65534, 65534)
    assert sorted(store.load(real)["event_id"]) == ["t-0001", "t-0002"]
    assert list(tmp_path.rglob("*tmp*")) == []


@pytest.mark.parametrize("char", ["\u2028", "\u2029", "\u0085", "\x00", "\x01", "\x1b", "\ufffe"])
def test_any_text_is_stored_as_given(any_store, char):
    fields = {"place": f"Kyiv{char}HIDDEN", "notes": f"a{char}b", "claimed_by": f"{char}x"}
    if char == "\x00" and store.is_postgres(any_store):  # PostgreSQL text cannot hold NUL
        with pytest.raises(store.StoreError, match="NUL character"):
            store.save(to_frame([_event(1, **fields), _event(2)]))
        assert store.load().empty
        return
    store.save(to_frame([_event(1, **fields), _event(2)]))
    back = store.load().set_index("event_id").loc["t-0001"]
    assert {k: back[k] for k in fields} == fields
    again = store.save(to_frame([_event(1, **fields), _event(3)]))  # later saves still work
    assert (again.added, again.unchanged) == (1, 1)
    inserted = store.history()["changes"].iloc[0]
    assert json.loads(inserted)["place"] == fields["place"]


def test_a_failed_write_leaves_the_previous_store(events, scratch_store):
    store.save(events)
    con = sqlite3.connect(scratch_store)  # a failure after the event rows are written
    # (a column no history row fills: a trigger or a CHECK of our own is refused before the save)
    con.executescript(
        "ALTER TABLE history RENAME TO old_history; CREATE TABLE history (id INTEGER PRIMARY KEY "
        "AUTOINCREMENT, changed_at TEXT, user TEXT, action TEXT, event_id TEXT, source TEXT, "
        'changes TEXT, "disk full" TEXT NOT NULL); DROP TABLE old_history'
    )
    con.close()
    before = scratch_store.read_bytes()
    with pytest.raises(sqlite3.IntegrityError, match="disk full"):
        store.save(events.assign(injured=1))
    assert scratch_store.read_bytes() == before
    assert store.load()["injured"].isna().sum() == events["injured"].isna().sum()


def test_load_all_lets_stored_corrections_win(gazetteer, events, any_store):
    fixed = events.copy()
    fixed.loc[fixed["place"] == "Odesa", "injured"] = 12
    store.save(fixed)
    combined = store.load_all(gazetteer)
    assert len(combined) == 12
    assert combined[combined["place"] == "Odesa"]["injured"].iloc[0] == 12


def _feature(event_id: str, place: str, fatalities: int) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [35.0, 48.0]},
        "properties": {
            "event_id": event_id,
            "event_date": "2025-01-01",
            "event_type": "strike",
            "verification": "claimed",
            "place": place,
            "fatalities": fatalities,
            "source": "import test",
        },
    }


def test_import_updates_with_history_and_never_replaces_reference_events(
    events, any_store, tmp_path
):
    store.save(to_frame([_event(i) for i in range(12)]))
    reference_id = events["event_id"].iloc[0]
    features = [_feature(f"t-{i:04d}", f"Place {i}", 3) for i in range(12)]
    features += [_feature(reference_id, "Nowhere", 99), _feature("new-1", "New place", 1)]
    path = tmp_path / "changes.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    done = run_cli("import", str(path), env={"SITREP_STORE": any_store})
    assert done.returncode == 0, done.stderr
    assert "1 new, 12 updated" in done.stdout
    assert f"refused {reference_id}" in done.stderr
    stored = store.load()
    assert reference_id not in set(stored["event_id"])
    assert (stored.set_index("event_id").loc["t-0003", "fatalities"]) == 3
    log = store.history()
    assert (log["action"] == "update").sum() == 12


def test_a_batch_saves_several_reports_at_once(any_store):
    reports = [store.Report("a.txt", "text of a"), store.Report("b.txt", "text of b")]
    store.save(to_frame([_event(1), _event(2)]), report=reports)
    assert sorted(store.saved_reports()["source"]) == ["a.txt", "b.txt"]


def test_the_spatial_index_follows_saves(scratch_store):
    """GDAL's R-tree (kept by its triggers, which call our ST_ functions) finds saved and moved
    events by bounding box."""
    store.save(to_frame([_event(i) for i in range(10)]))
    store.save(to_frame([_event(3, lat=10.0, lon=10.0)]))  # moved far away
    near = pyogrio.read_dataframe(scratch_store, layer="events", bbox=(34.9, 47.9, 35.1, 48.1))
    far = pyogrio.read_dataframe(scratch_store, layer="events", bbox=(9.9, 9.9, 10.1, 10.1))
    assert sorted(near["event_id"]) == sorted(f"t-{i:04d}" for i in range(10) if i != 3)
    assert list(far["event_id"]) == ["t-0003"]


def test_two_events_of_one_report_alike_in_type_place_and_day_are_both_saved(
    geocoder, scratch_store
):
    """Two strikes on one town the same day with no system named share the id's key: the
    extractor tells them apart (``ID-2``), the store keeps both, and a second reading of the
    report gives the same ids (corrections stay with their event)."""
    from datetime import date

    from geo.extract import Extractor

    text = (
        "Mykolaiv regional administration, 9 June 2025\n\n"
        "This morning a Russian drone dropped a grenade on a delivery van in Ochakiv, wounding "
        "the driver. In the evening Russian artillery shelled a street of Ochakiv, killing a "
        "pensioner."
    )
    extractor = Extractor(geocoder)
    first = extractor.extract(text, "post", date(2025, 6, 9))
    assert len(first) == 2
    assert len({r["event_id"] for r in first}) == 2
    assert [r["event_id"] for r in extractor.extract(text, "post", date(2025, 6, 9))] == [
        r["event_id"] for r in first
    ]
    result = store.save(to_frame(first))
    assert (result.added, result.total) == (2, 2)
