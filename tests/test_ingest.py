"""Archive ingestion on a real Dask LocalCluster (2 worker processes) over generated reports."""

from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from benchmarks.archive import generate, write_folder, write_jsonl
from conftest import free_port, new_database, run_cli
from geo import store
from geo.__main__ import main
from geo.events import to_frame
from geo.extract import Extractor
from geo.ingest import ingest
from geo.ingest.sources import Item, text_hash
from geo.ingest.work import extract_chunk

SIZE = 40


@pytest.fixture(scope="module")
def reports(gazetteer) -> list[dict]:
    return generate(SIZE, seed=11, gazetteer=gazetteer)


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c


def plain_loop(reports: list[dict], geocoder) -> pd.DataFrame:
    """The same reports through a plain loop over the extractor: what ingestion should store."""
    x = Extractor(geocoder)
    records = [
        r
        for rep in reports
        for r in x.extract(
            rep["text"],
            f"{rep['source']}: {rep['id']}",
            pd.Timestamp(rep["published"]).date(),
        )
    ]
    return to_frame(records)


def rows(frame) -> list[dict]:
    """Events as plain sorted records (stored frames hold categories, extracted ones objects)."""
    plain = pd.DataFrame(frame.drop(columns="geometry")).astype(object)
    plain = plain.where(plain.notna(), None)
    plain["lon"], plain["lat"] = frame.geometry.x.round(6), frame.geometry.y.round(6)
    return sorted(plain.to_dict("records"), key=lambda r: r["event_id"])


@pytest.mark.parametrize("on_workers", [False, True], ids=["driver-saves", "workers-save"])
def test_cluster_stores_the_events_a_plain_loop_finds(
    tmp_path, cluster, reports, geocoder, on_workers
):
    path = write_jsonl(reports, tmp_path / "archive.jsonl")
    target = tmp_path / "store.gpkg"
    out = io.StringIO()
    result = ingest(
        [path],
        scheduler=cluster.scheduler_address,
        batch=15,
        store_path=target,
        stream=out,
        save_on_workers=on_workers,
    )
    expected = plain_loop(reports, geocoder)
    assert len(expected) > SIZE  # the generated reports do hold events
    assert (result.extracted, result.skipped, result.failures) == (SIZE, 0, [])
    assert result.events == result.added == len(expected)
    assert rows(store.load(target)) == rows(expected)
    saved = store.saved_reports(target)
    assert sorted(saved["sha256"]) == sorted(text_hash(r["text"]) for r in reports)
    assert len(result.worker_memory_mb) == 2 and all(
        mb > 50 for mb in result.worker_memory_mb.values()
    )
    lines = out.getvalue().splitlines()  # not a terminal: a plain line after each batch
    assert len(lines) >= 3 and lines[-1].startswith(f"ingest: {SIZE}/{SIZE} reports")


def test_workers_save_into_postgis_what_a_plain_loop_finds(
    tmp_path, cluster, reports, geocoder, postgis_server
):
    target = new_database(postgis_server)
    result = ingest(
        [write_jsonl(reports, tmp_path / "archive.jsonl")],
        scheduler=cluster.scheduler_address,
        batch=10,
        store_path=target,
        stream=io.StringIO(),
        save_on_workers=True,
    )
    assert (result.extracted, result.failures) == (SIZE, [])
    assert rows(store.load(target)) == rows(plain_loop(reports, geocoder))
    assert len(store.saved_reports(target)) == SIZE


def test_resume_skips_what_the_store_holds(tmp_path, cluster, reports, geocoder):
    target = tmp_path / "store.gpkg"
    first = ingest(
        [write_jsonl(reports[:25], tmp_path / "first.jsonl")],
        workers=0,
        store_path=target,
        stream=io.StringIO(),
    )
    assert first.extracted == 25
    before = store.history(target)
    again = ingest(
        [write_jsonl(reports, tmp_path / "all.jsonl")],
        scheduler=cluster.scheduler_address,
        store_path=target,
        stream=io.StringIO(),
    )
    assert (again.skipped, again.extracted, again.updated) == (25, SIZE - 25, 0)
    assert rows(store.load(target)) == rows(plain_loop(reports, geocoder))
    after = store.history(target)
    assert after.iloc[: len(before)].equals(before)  # the first run's events were not rewritten
    assert set(after["action"]) == {"insert"}
    third = ingest([tmp_path / "all.jsonl"], workers=2, store_path=target, stream=io.StringIO())
    assert (third.skipped, third.extracted, third.worker_memory_mb) == (SIZE, 0, {})


def test_folder_with_unreadable_reports_lists_them_and_stores_the_rest(
    tmp_path, cluster, reports, geocoder
):
    folder = write_folder(reports[:12], tmp_path / "archive")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "blank.md").write_text("   \n\n", encoding="utf-8")
    (folder / ".hidden.txt").write_text("Shelling hit Kharkiv on Monday.", encoding="utf-8")
    target, out = tmp_path / "store.gpkg", io.StringIO()
    result = ingest([folder], scheduler=cluster.scheduler_address, store_path=target, stream=out)
    failed = {f.name: f.reason for f in result.failures}
    assert set(failed) == {"archive/broken.txt", "archive/blank.md"}
    assert "binary" in failed["archive/broken.txt"] and "empty" in failed["archive/blank.md"]
    assert f"failed archive/broken.txt: {failed['archive/broken.txt']}" in out.getvalue()
    assert result.extracted == 12 and len(store.saved_reports(target)) == 12
    stored = store.load(target)
    assert stored["source"].str.startswith("archive/20").all()  # archive/YYYY-MM/gen-11-N.txt
    assert len(stored) == len(plain_loop(reports[:12], geocoder))


def test_json_lines_with_bad_lines_lists_them_and_stores_the_rest(tmp_path, cluster, reports):
    path = tmp_path / "mixed.jsonl"
    good = [json.dumps(r) for r in reports[:5]]
    bad = [
        "{not json",
        json.dumps({"id": "no-text", "published": "2025-01-02"}),
        json.dumps({"id": "bad-date", "text": "Shelling hit Kharkiv.", "published": "02/01/2025"}),
        json.dumps(["a", "list"]),
    ]
    path.write_text("\n".join([good[0], *bad[:2], *good[1:3], *bad[2:], *good[3:]]) + "\n\n")
    target = tmp_path / "store.gpkg"
    result = ingest(
        [path], scheduler=cluster.scheduler_address, store_path=target, stream=io.StringIO()
    )
    failed = {f.name: f.reason for f in result.failures}
    assert set(failed) == {"mixed.jsonl:2", "no-text", "bad-date", "mixed.jsonl:7"}
    assert "not a JSON object" in failed["mixed.jsonl:2"] and "'text'" in failed["no-text"]
    assert "YYYY-MM-DD" in failed["bad-date"]
    assert result.extracted == 5 and result.total == 9
    assert set(store.load(target)["source"]) == {f"{r['source']}: {r['id']}" for r in reports[:5]}


def test_a_report_that_breaks_the_extractor_fails_alone_on_a_worker(cluster, reports):
    from distributed import Client

    good = [Item(r["id"], r["text"], None, text_hash(r["text"])) for r in reports[:3]]
    broken = Item("broken", b"bytes, not text", None, "x" * 64)  # what a faulty reader could pass
    with Client(cluster.scheduler_address) as client:
        outcomes = client.submit(extract_chunk, [good[0], broken, *good[1:]]).result()
    assert [o.sha256 for o in outcomes] == [good[0].sha256, "x" * 64, *(g.sha256 for g in good[1:])]
    assert outcomes[1].records is None and outcomes[1].error.startswith("TypeError: 'text'")
    assert all(o.error is None and o.records for o in outcomes[:1] + outcomes[2:])


def test_command_line_on_its_own_local_cluster(tmp_path, reports):
    folder = write_folder(reports[:6], tmp_path / "archive")
    (folder / "scan.html").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 40)
    env = {"SITREP_STORE": str(tmp_path / "store.gpkg")}
    first = run_cli("ingest", str(folder), "--workers", "2", "--batch", "4", env=env)
    assert first.returncode == 1, first.stderr  # one report failed, the others are stored
    assert first.stdout.startswith("7 reports: 6 extracted") and "1 failed" in first.stdout
    assert first.stdout.rstrip().endswith("(local Dask cluster of 2 workers)")
    assert "failed archive/scan.html: " in first.stderr
    assert "ingest: 7/7 reports" in first.stderr.splitlines()[-1]
    again = run_cli("ingest", str(folder), env=env)
    assert again.returncode == 1 and "0 extracted" in again.stdout
    assert "6 already stored, 1 failed" in again.stdout
    assert len(store.saved_reports(tmp_path / "store.gpkg")) == 6


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["{tmp}/nowhere"], "no such file or folder"),
        (["{tmp}/events.csv"], "not a folder, a report"),
        (["{tmp}/empty"], "no reports in"),
        (["{tmp}/empty.jsonl"], "no reports in"),
        (["{tmp}/a.jsonl", "--workers", "-1"], "should be from 0"),
        (["{tmp}/a.jsonl", "--batch", "0"], "should be 1 or more"),
        (["{tmp}/a.jsonl", "--scheduler", "localhost:8786"], "not a scheduler address"),
        (["{tmp}/a.jsonl", "--scheduler", "tcp://127.0.0.1:{port}"], "cannot reach the Dask"),
        (["{tmp}/a.jsonl", "--store-is-text"], "not a GeoPackage"),
        ([], "the following arguments are required"),
    ],
)
def test_bad_input_is_one_line_status_2_and_nothing_stored(
    tmp_path, monkeypatch, capsys, reports, args, says
):
    target = tmp_path / "store.gpkg"
    monkeypatch.setenv("SITREP_STORE", str(target))
    (tmp_path / "events.csv").write_text("a,b\n1,2\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty.jsonl").write_text("\n\n")
    write_jsonl(reports[:2], tmp_path / "a.jsonl")
    if "--store-is-text" in args:
        args = [a for a in args if a != "--store-is-text"]
        target.write_text("my notes, not a store")
    argv = [a.format(tmp=tmp_path, port=free_port()) for a in args]
    before = target.read_bytes() if target.exists() else None
    assert main(["ingest", *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and says in err, err
    assert (target.read_bytes() if target.exists() else None) == before


def test_without_the_gazetteer_nothing_starts(tmp_path, monkeypatch, capsys, reports):
    monkeypatch.setenv("SITREP_CACHE", str(tmp_path / "no-cache"))
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "store.gpkg"))
    assert main(["ingest", str(write_jsonl(reports[:2], tmp_path / "a.jsonl"))]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "build-gazetteer" in err, err
    assert not (tmp_path / "store.gpkg").exists()


def test_a_small_archive_goes_through_the_plain_loop(tmp_path, monkeypatch, capsys, reports):
    """Without --workers a few reports are extracted in this process: a cluster's start-up
    would cost more than it saves (see PLAIN_BELOW). The summary says which ran."""
    from geo.ingest import run as running

    def no_cluster(*args, **kwargs):
        raise AssertionError("a cluster was started for a small archive")

    monkeypatch.setattr(running, "_run_dask", no_cluster)
    monkeypatch.setenv("SITREP_STORE", str(tmp_path / "store.gpkg"))
    assert len(reports[:3]) < running.PLAIN_BELOW
    assert main(["ingest", str(write_jsonl(reports[:3], tmp_path / "a.jsonl"))]) == 0
    out = capsys.readouterr().out
    assert out.startswith("3 reports: 3 extracted") and "(plain loop in this process)" in out


@pytest.mark.parametrize("where", ["plain-loop", "workers-save"])
def test_a_report_not_in_english_is_stored_with_a_warning_line(tmp_path, cluster, reports, where):
    folder = write_folder(reports[:3], tmp_path / "archive")
    (folder / "zvedennia.txt").write_text(
        "Вночі російські дрони атакували Харків, пошкоджено житловий будинок і школу. "
        "Загиблих немає, троє людей поранено, повідомив голова обласної адміністрації.",
        encoding="utf-8",
    )
    target, out = tmp_path / "store.gpkg", io.StringIO()
    on_cluster = {"scheduler": cluster.scheduler_address} if where == "workers-save" else {}
    result = ingest(
        [folder], workers=0, store_path=target, stream=out, save_on_workers=True, **on_cluster
    )
    assert (result.extracted, result.failures) == (4, [])  # stored, not failed
    assert [name for name, _ in result.warnings] == ["archive/zvedennia.txt"]
    assert "does not look like English" in result.warnings[0][1]
    assert "warning archive/zvedennia.txt: the text does not look like English" in out.getvalue()
    assert "0 failed, 1 with warnings;" in result.summary()
