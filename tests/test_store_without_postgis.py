"""A team store on a PostgreSQL database where nobody ran CREATE EXTENSION postgis: the import
printed a traceback ending 'type "geometry" does not exist' (newuser26); it is one line saying
what to run, and nothing is written."""

from __future__ import annotations

import psycopg

from conftest import run_cli

CSV = "event_date,event_type,location,killed\n2025-05-01,strike,Kharkiv,1\n"


def _plain_database(postgis_server) -> str:
    """A new database from PostgreSQL's own template: no PostGIS in it."""
    with psycopg.connect(postgis_server.url(database="postgres"), autocommit=True) as con:
        con.execute("CREATE DATABASE plain_no_postgis TEMPLATE template0")
    return postgis_server.url(database="plain_no_postgis")


def test_import_into_a_database_without_postgis_says_to_create_the_extension(
    postgis_server, tmp_path
):
    address = _plain_database(postgis_server)
    (tmp_path / "events.csv").write_text(CSV)
    out = run_cli("import", str(tmp_path / "events.csv"), env={"SITREP_STORE": address})
    assert out.returncode != 0 and "Traceback" not in out.stderr, out.stderr[-3000:]
    assert out.stderr.strip().splitlines() == [
        "error: the database plain_no_postgis has no PostGIS: run CREATE EXTENSION postgis; in it "
        "(psql, as its owner or a superuser), then try again"
    ], out.stderr
    with psycopg.connect(address) as con:
        assert con.execute("SELECT to_regclass('events')").fetchone() == (None,)
