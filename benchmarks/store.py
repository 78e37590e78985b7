"""Store benchmarks: both backends beside the former whole-file rewrite, in the same run.

Usage: .venv/bin/python benchmarks/store.py [--sizes 100000 1000000] [--savers 8 --each 500]
       [--kills 100]   (`make bench-store`; starts its own PostgreSQL/PostGIS server)

- save one edited event into a store of N events: GeoPackage in place, PostGIS, and the former
  way (load everything, write a new file, rename it over the old one), median of 5 edits;
- load every event: GeoPackage (GDAL Arrow) and PostGIS (COPY to Arrow CSV);
- a filtered query (weapon, type, dates, box): PostGIS in SQL against loading the GeoPackage and
  filtering the frame, which is what the app did for every store;
- ``--savers`` processes saving ``--each`` events each (one save per event) into one store of each
  backend: events lost and duplicated;
- ``--kills`` saves into PostGIS killed with SIGKILL at random moments: events lost, consistency.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.generate import generate  # noqa: E402
from benchmarks.scale import timed  # noqa: E402
from geo import events as ev  # noqa: E402
from geo import store  # noqa: E402
from geo.filtering import Filters  # noqa: E402
from geo.store import server  # noqa: E402

FILTER = Filters(
    weapons=("ATACMS",),
    types=("strike",),
    since=date(2024, 3, 1),
    until=date(2024, 3, 31),
    bounds=(30.0, 45.0, 40.0, 52.0),
)


def rewrite_save(path: Path, frame) -> None:
    """The former save: read the whole store, write all of it to a new file, rename it."""
    current = store.load(path)
    merged = ev.concat(
        [current[~current["event_id"].isin(frame["event_id"])], frame[current.columns]]
    )
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp.gpkg")
    merged.to_file(tmp, layer="events", driver="GPKG", engine="pyogrio", use_arrow=True)
    con = sqlite3.connect(tmp)
    con.execute("ATTACH DATABASE ? AS old", (str(path),))
    con.execute("CREATE TABLE history AS SELECT * FROM old.history")
    con.commit()
    con.close()
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _edits(frame, count: int = 5):
    rows = frame.iloc[[len(frame) // (i + 2) for i in range(count)]]
    return [rows.iloc[[i]].assign(fatalities=1000 + i) for i in range(count)]


def sized(n: int, pg: server.Server, work: Path, old_way: bool) -> dict:
    out: dict = {"events": n}
    frame = generate(n, seed=7)
    path = work / f"store-{n}.gpkg"
    url = _database(pg, f"bench_{n}")
    out["bulk_save_gpkg_s"], _ = timed(lambda: store.save(frame, path, user="bench"), 1)
    out["bulk_save_postgis_s"], _ = timed(lambda: store.save(frame, url, user="bench"), 1)
    for name, where in (("gpkg", path), ("postgis", url)):
        times = [
            timed(lambda e=e, w=where: store.save(e, w, user="bench"), 1)[0] for e in _edits(frame)
        ]
        out[f"save_one_{name}_ms"] = statistics.median(times) * 1000
    if old_way:
        copy = work / "rewrite.gpkg"
        shutil.copy(path, copy)
        times = [timed(lambda e=e: rewrite_save(copy, e), 1)[0] for e in _edits(frame, 3)]
        out["save_one_rewrite_ms"] = statistics.median(times) * 1000
        copy.unlink()
    out["load_gpkg_s"], loaded = timed(lambda: store.load(path), 3)
    out["load_postgis_s"], _ = timed(lambda: store.load(url), 3)
    out["filter_postgis_ms"], hits = timed(lambda: store.load(url, FILTER), 5)
    out["filter_postgis_ms"] *= 1000
    out["filter_gpkg_load_and_mask_ms"], _ = timed(lambda: store.load(path, FILTER), 3)
    out["filter_gpkg_load_and_mask_ms"] *= 1000
    out["filter_hits"] = len(hits)
    out["gpkg_mb"] = path.stat().st_size / 2**20
    assert len(loaded) == n
    return out


def _database(pg: server.Server, name: str) -> str:
    import psycopg
    from psycopg import sql

    with psycopg.connect(pg.url(database="postgres"), autocommit=True) as con:
        con.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
        con.execute(sql.SQL("CREATE DATABASE {} TEMPLATE sitrep").format(sql.Identifier(name)))
    return pg.url(database=name)


def _event(i: int) -> dict:
    return {
        "event_id": f"bench-{i:06d}",
        "event_date": "2025-01-01",
        "time_precision": 1,
        "event_type": "strike",
        "geo_precision": 1,
        "verification": "claimed",
        "place": f"Place {i}",
        "lat": 48.0 + (i % 1000) / 1000,
        "lon": 35.0 + (i // 1000) / 1000,
        "source": "bench",
    }


def _saver(where: str, start: int, count: int) -> None:
    frames = [ev.to_frame([_event(i)]) for i in range(start, start + count)]
    for frame in frames:
        store.save(frame, where, user=f"saver-{start}")


def concurrent(where: str, savers: int, each: int) -> dict:
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_saver, args=(where, k * each, each)) for k in range(savers)]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    seconds = time.perf_counter() - t0
    ids = list(store.load(where)["event_id"])
    expected = {f"bench-{i:06d}" for i in range(savers * each)}
    return {
        "saves": savers * each,
        "lost": len(expected - set(ids)),
        "duplicated": len(ids) - len(set(ids)),
        "failed_processes": sum(p.exitcode != 0 for p in procs),
        "saves_per_s": savers * each / seconds,
    }


KILL_BATCH = 20  # events per killed save


def _killed_save(where: str, first: int, ready: int) -> None:
    """Child of :func:`kills`: say "starting" on the pipe, then save one batch."""
    frame = ev.to_frame([_event(first + k) for k in range(KILL_BATCH)])
    os.write(ready, b"s")
    store.save(frame, where)


def _save_seconds(where: str) -> float:
    """Median seconds of a save of KILL_BATCH events in a forked child (fork to exit)."""
    times = []
    for i in range(5):
        t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            try:
                store.save(
                    ev.to_frame([_event(900_000 + i * 100 + k) for k in range(KILL_BATCH)]), where
                )
            finally:
                os._exit(0)
        os.waitpid(pid, 0)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def kills(where: str, count: int) -> dict:
    """SIGKILL ``count`` children while they save: each child says when it starts its save, and
    is killed at a random moment within one save's measured length after that."""
    rng = random.Random(20241126)
    window = _save_seconds(where)
    finished: set[str] = set()
    killed: list[list[str]] = []
    attempts = 0
    while len(killed) < count and attempts < 4 * count:
        first = 100_000 + attempts * KILL_BATCH
        attempts += 1
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            try:
                _killed_save(where, first, write)
            finally:
                os._exit(0)
        os.close(write)
        os.read(read, 1)  # the child is about to save
        os.close(read)
        time.sleep(rng.uniform(0.0, window))
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _, status = os.waitpid(pid, 0)
        ids = [f"bench-{first + k:06d}" for k in range(KILL_BATCH)]
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            finished.update(ids)
        else:
            killed.append(ids)
    ids = list(store.load(where)["event_id"])
    stored = set(ids)
    inserts = (store.history(where)["action"] == "insert").sum()
    return {
        "save_window_ms": round(window * 1000, 1),
        "attempts": attempts,
        "kills": len(killed),
        "killed_before_commit": sum(not (set(b) & stored) for b in killed),
        "killed_after_commit": sum(set(b) <= stored for b in killed),
        "killed_half_saved": sum(bool(set(b) & stored) and not set(b) <= stored for b in killed),
        "finished_first": len(finished) // KILL_BATCH,
        "lost": len(finished - stored),
        "consistent": bool(len(ids) == len(set(ids)) == inserts),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[100_000])
    ap.add_argument("--savers", type=int, default=8)
    ap.add_argument("--each", type=int, default=500)
    ap.add_argument("--kills", type=int, default=100)
    ap.add_argument("--no-rewrite", action="store_true", help="skip the former way (slow at 1M)")
    ap.add_argument("-o", "--output", type=Path, default=ROOT / "benchmarks/results/store.json")
    from geo.output import output_or_exit

    args = ap.parse_args(argv)
    output_or_exit(args.output)  # (checked before the work, not after it)
    work = Path(tempfile.mkdtemp(prefix="sitrep-bench-"))
    pg = server.scratch()
    results: dict = {"sizes": [], "concurrent": {}, "kills": {}}
    try:
        for n in args.sizes:
            results["sizes"].append(sized(n, pg, work, not args.no_rewrite))
            print(json.dumps(results["sizes"][-1]), flush=True)
        if args.savers:
            for name, where in (("gpkg", str(work / "c.gpkg")), ("postgis", _database(pg, "c"))):
                results["concurrent"][name] = concurrent(where, args.savers, args.each)
                print(name, json.dumps(results["concurrent"][name]), flush=True)
        if args.kills:
            results["kills"]["postgis"] = kills(_database(pg, "k"), args.kills)
            print("kills", json.dumps(results["kills"]["postgis"]), flush=True)
    finally:
        pg.stop()
        shutil.rmtree(pg.datadir.parent, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
