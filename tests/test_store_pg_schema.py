"""The team store's schema check: asked of the catalogue once per open store, and derived from
the tables the store writes (one description, geo.store.pg_tables)."""

from __future__ import annotations

import psycopg
from test_hostile_inputs35 import _events

from conftest import new_database
from geo import store
from geo.store import pg_schema, pg_tables


def _catalogue_queries(monkeypatch) -> list[str]:
    """Every catalogue query of the schema check that runs from now on."""
    asked: list[str] = []
    execute = psycopg.Connection.execute

    def counted(con, query, *args, **kwargs):
        if query in (pg_schema._RELATIONS, pg_schema._COLUMNS):
            asked.append(query)
        return execute(con, query, *args, **kwargs)

    monkeypatch.setattr(psycopg.Connection, "execute", counted)
    return asked


def test_an_open_team_store_asks_the_catalogue_once(postgis_server, monkeypatch):
    url = new_database(postgis_server)
    store.save(_events("a"), path=url)
    asked = _catalogue_queries(monkeypatch)
    opened = store.open_store(url)
    for _ in range(3):
        assert len(opened.load()) == 3
        assert opened.stamp() > 0
        assert set(opened.versions(["a-0", "a-1"])) == {"a-0", "a-1"}
    assert len(asked) == 2, asked  # the relations and the columns, for the first block only
    store.load(url)  # a store opened again is asked again
    assert len(asked) == 4, asked


def test_a_store_refused_once_is_refused_again(postgis_server):
    url = new_database(postgis_server)
    store.save(_events("a"), path=url)
    opened = store.open_store(url)
    with psycopg.connect(url) as con:
        con.execute("CREATE RULE sm_nothing AS ON INSERT TO events DO INSTEAD NOTHING")
    for _ in range(2):
        try:
            opened.load()
        except store.StoreError as exc:
            assert "'events' has a rule 'sm_nothing'" in str(exc)
        else:
            raise AssertionError("a store with a rule was read")


def test_the_check_expects_the_columns_and_defaults_the_writer_creates(postgis_server):
    url = new_database(postgis_server)
    store.save(_events("a"), path=url)
    with psycopg.connect(url) as con:
        assert pg_schema.refusal(con) is None
        rows = con.execute(pg_schema._COLUMNS, (list(pg_schema.TABLES),)).fetchall()
    made = {(table, column): kind for table, column, kind, *_ in rows}
    expected = {
        (table, column): kind
        for table, columns in pg_tables.table_columns().items()
        for column, kind in columns.items()
    }
    assert made == expected
    defaults = {(table, column): d for table, column, _, _, d, _ in rows if d is not None}
    assert defaults == pg_tables.defaults()
