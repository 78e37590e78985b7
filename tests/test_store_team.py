"""Team mode on a real PostgreSQL/PostGIS server: a read-only role reads and exports but writes
nothing (store, command line and pages), filters run in SQL, the schema carries its indexes."""

from __future__ import annotations

import json
from datetime import date

import psycopg
import pytest
from psycopg import sql
from streamlit.testing.v1 import AppTest

from conftest import BASE_EVENT, ROOT, new_database, run_cli
from geo import context, store
from geo.events import to_frame
from geo.filtering import Filters, apply_filters

TIMEOUT = 60


def _event(i: int, **fields) -> dict:
    return {
        **BASE_EVENT,
        "event_id": f"team-{i:03d}",
        "event_date": f"2025-03-{1 + i % 28:02d}",
        "event_type": ("strike", "fighting", "interception")[i % 3],
        "weapon": ("ATACMS", "Shahed-136", None)[i % 3],
        "place": f"Village {i}",
        "lat": 46.0 + (i % 10) * 0.5,
        "lon": 30.0 + (i // 10) * 0.5,
        "source": "team test",
        **fields,
    }


@pytest.fixture
def team(postgis_server):
    """A database with 60 saved events, and the address of a role that may only read it."""
    writer = new_database(postgis_server)
    store.save(to_frame([_event(i) for i in range(60)]), writer, report=store.Report("r", "t"))
    database = psycopg.conninfo.conninfo_to_dict(writer)["dbname"]
    reader = f"reader_{database}"
    with psycopg.connect(writer, autocommit=True) as con:
        con.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(reader)))
        for grant in (
            "GRANT CONNECT ON DATABASE {db} TO {role}",
            "GRANT USAGE ON SCHEMA public TO {role}",
            "GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
        ):
            con.execute(
                sql.SQL(grant).format(db=sql.Identifier(database), role=sql.Identifier(reader))
            )
    return writer, postgis_server.url(user=reader, database=database)


def test_a_read_only_role_reads_the_context_layers_but_cannot_change_them(team, tmp_path):
    writer, reader = team
    area = tmp_path / "area.geojson"
    area.write_text(
        json.dumps(
            {
                "type": "Polygon",
                "coordinates": [[[37, 47], [39, 47], [39, 48.5], [37, 48.5], [37, 47]]],
            }
        )
    )
    added = run_cli(
        "context",
        "add",
        str(area),
        "--name",
        "occupied",
        "--date",
        "2024-11-20",
        env={"SITREP_STORE": writer},
    )
    assert added.returncode == 0, added.stderr
    with psycopg.connect(writer, autocommit=True) as con:  # as a team's admin grants new tables
        con.execute(
            sql.SQL("GRANT SELECT ON context_layers TO {}").format(
                sql.Identifier(psycopg.conninfo.conninfo_to_dict(reader)["user"])
            )
        )
    listed = run_cli("context", "list", env={"SITREP_STORE": reader})
    assert listed.returncode == 0 and '"occupied"' in listed.stdout
    refused = run_cli("context", "remove", "occupied", env={"SITREP_STORE": reader})
    assert refused.returncode == 2
    assert "may not change the context layers" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert [x.name for x in context.load(writer)] == ["occupied"]  # nothing changed


def test_a_read_only_role_reads_but_never_writes(team):
    writer, reader = team
    assert store.writable(writer) and not store.writable(reader)
    assert len(store.load(reader)) == 60 and len(store.history(reader)) == 60
    with pytest.raises(store.StoreError, match="read-only"):
        store.save(to_frame([_event(1, notes="changed"), _event(99)]), reader)
    assert len(store.load(writer)) == 60 and store.versions(["team-001"], writer) == {"team-001": 1}


def test_the_command_line_exports_but_cannot_import_as_reader(team, tmp_path):
    writer, reader = team
    out = tmp_path / "atacms.geojson"
    done = run_cli("export", "--weapon", "ATACMS", "-o", str(out), env={"SITREP_STORE": reader})
    assert done.returncode == 0, done.stderr
    features = json.loads(out.read_text())["features"]
    assert sum(f["properties"]["source"] == "team test" for f in features) == 20
    refused = run_cli("import", str(out), env={"SITREP_STORE": reader})
    assert refused.returncode == 2 and "read-only" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert len(store.history(writer)) == 60


def test_ingest_as_reader_is_refused_before_any_work(team, tmp_path):
    writer, reader = team
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "one.txt").write_text("A drone hit a depot in Sumy on 3 May 2025.", encoding="utf-8")
    reports_before = len(store.saved_reports(writer))
    refused = run_cli("ingest", str(archive), "--workers", "2", env={"SITREP_STORE": reader})
    assert refused.returncode == 2 and "read-only" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert len(store.history(writer)) == 60 and len(store.saved_reports(writer)) == reports_before


def test_pages_say_read_only_and_save_nothing(team, monkeypatch):
    writer, reader = team
    monkeypatch.setenv("SITREP_STORE", reader)
    at = AppTest.from_file(str(ROOT / "pages" / "ingest.py"), default_timeout=TIMEOUT).run()
    text = (ROOT / "data" / "reports" / "r3_kharkiv_dnipro.txt").read_text(encoding="utf-8")
    at.text_area(key="ingest_paste").set_value(text)
    at.button[0].click().run()
    assert not at.exception
    assert any("read-only" in i.value for i in at.info)
    assert next(b for b in at.button if b.label == "Save to the store").disabled
    imports = AppTest.from_file(str(ROOT / "pages" / "imports.py"), default_timeout=TIMEOUT)
    assert not imports.run().exception
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT).run()
    # the team's 60 events; the 12 reference ones left out of the count beside a store of its own
    assert not at.exception and at.caption[0].value.startswith("60 of 60 events"), at.caption[
        0
    ].value
    assert len(store.load(writer)) == 60


@pytest.mark.parametrize(
    "filters",
    [
        Filters(weapons=("ATACMS",)),
        Filters(weapons=("atacms",), types=("strike", "fighting")),
        Filters(since=date(2025, 3, 5), until=date(2025, 3, 9)),
        Filters(bounds=(30.2, 46.2, 31.1, 47.6), verification=("claimed",)),
    ],
)
def test_filters_in_sql_select_what_the_frame_filters_select(team, filters):
    writer, _ = team
    everything = store.load(writer)
    expected = sorted(apply_filters(everything, filters)["event_id"])
    assert expected and sorted(store.load(writer, filters)["event_id"]) == expected


def test_the_schema_has_its_indexes(team):
    writer, _ = team
    with psycopg.connect(writer) as con:
        indexes = dict(
            con.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'events'")
        )
    assert "USING gist (geom)" in indexes["events_geom"]
    for name in ("events_date", "events_type", "events_weapon"):
        assert name in indexes


def test_a_bulk_save_leaves_the_planner_statistics_current(postgis_server):
    """Right after a bulk import the planner must know the table (else a filtered query scans it
    whole); a save of a few events does not pay for ANALYZE."""
    from geo.store.postgis import ANALYZE_MIN_ROWS

    where = new_database(postgis_server)

    def analysed() -> bool:
        with psycopg.connect(where) as con:
            row = con.execute(
                "SELECT count(*) FROM pg_stats WHERE tablename = 'events' AND attname = 'weapon'"
            ).fetchone()
        return bool(row and row[0])

    store.save(to_frame([_event(i) for i in range(10)]), where)
    assert not analysed()
    many = [_event(i, event_id=f"bulk-{i:05d}") for i in range(ANALYZE_MIN_ROWS)]
    store.save(to_frame(many), where)
    assert analysed()
