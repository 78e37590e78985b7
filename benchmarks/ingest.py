"""Archive ingestion: reports/s with a plain loop, 1 Dask worker and 2 Dask workers, in one run.

Usage: .venv/bin/python benchmarks/ingest.py [--reports 10000] [--seed 7] [--batch 500]
       [--rounds 1] [--driver-saves] [-o benchmarks/results/ingest-10k.json]

Generates the archive (benchmarks/archive.py, seeded) as a JSON-lines file, then ingests it into
a fresh store three ways: ``workers=0`` (the same pipeline, extraction in this process), and a
LocalCluster of 1 and of 2 worker processes (one thread each). Each cluster is started and its
workers have opened the gazetteer before the clock starts; start-up is timed on its own. Every run
must store the same events (checked). Reported per run: reports/s over the whole ingestion
(reading, extraction, store writes), seconds in store writes, CPU seconds of this driver process
(scheduler, reading, store writes; with the extraction too in the plain loop), peak memory of each worker process,
and the load average before and after (the machine may be shared: say what else ran).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.archive import generate, write_jsonl  # noqa: E402
from geo import store  # noqa: E402
from geo.ingest import ingest  # noqa: E402
from geo.ingest.work import ExtractorPlugin  # noqa: E402


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def _cpu_s() -> float:
    """CPU seconds (user + system) this process has used so far."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def run_once(archive: Path, folder: Path, workers: int, batch: int, driver_saves: bool) -> dict:
    """One ingestion into a fresh store; for workers > 0 on a cluster started (and warmed) first."""
    from distributed import Client, LocalCluster

    target = folder / f"store-{workers}-{time.monotonic_ns()}.gpkg"
    row: dict = {"workers": workers, "load_before": _load()}
    cpu = _cpu_s()
    worker_cpu = 0.0
    if workers == 0:
        result = ingest([archive], workers=0, batch=batch, store_path=target, stream=io.StringIO())
        row["startup_s"] = 0.0
    else:
        started = time.perf_counter()
        with (
            LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            client.register_plugin(ExtractorPlugin())  # each worker opens the gazetteer now
            row["startup_s"] = round(time.perf_counter() - started, 1)
            worker_cpu = -sum(client.run(_cpu_s).values())
            result = ingest(
                [archive],
                scheduler=cluster.scheduler_address,
                batch=batch,
                store_path=target,
                stream=io.StringIO(),
                save_on_workers=not driver_saves,
            )
            worker_cpu += sum(client.run(_cpu_s).values())
    assert not result.failures, result.failures[:3]
    driver_cpu = _cpu_s() - cpu
    stored = store.load(target)
    row.update(
        reports=result.extracted,
        events=len(stored),
        seconds=round(result.seconds, 1),
        reports_per_s=round(result.extracted / result.seconds, 1),
        reports_per_s_with_startup=round(result.extracted / (result.seconds + row["startup_s"]), 1),
        store_write_s=round(result.store_seconds, 1),
        driver_cpu_s=round(driver_cpu, 1),
        worker_cpu_s=round(worker_cpu, 1),
        worker_peak_mb=sorted(round(mb) for mb in result.worker_memory_mb.values()),
        load_after=_load(),
        ids=sorted(stored["event_id"]),
    )
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=1, help="repeat plain, 1, 2 this many times")
    ap.add_argument(
        "--driver-saves",
        action="store_true",
        help="the workers send their events to this process, which saves them (the way with a "
        "remote scheduler); by default each worker saves its own chunks, as on a local cluster",
    )
    ap.add_argument("-o", "--output", type=Path, help="write the results as JSON here")
    from geo.output import output_or_exit

    args = ap.parse_args(argv)
    output_or_exit(args.output)  # (checked before the work, not after it)
    with tempfile.TemporaryDirectory(prefix="sitrep-ingest-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        archive = write_jsonl(generate(args.reports, args.seed), folder / "archive.jsonl")
        print(f"generated {args.reports:,} reports in {time.perf_counter() - started:.1f} s")
        rows = []
        for _ in range(args.rounds):
            for workers in (0, 1, 2):
                rows.append(run_once(archive, folder, workers, args.batch, args.driver_saves))
                shown = {k: v for k, v in rows[-1].items() if k != "ids"}
                print(json.dumps(shown), flush=True)
    assert all(r["ids"] == rows[0]["ids"] for r in rows), "runs stored different events"
    _table(rows)
    if args.output:
        meta = {
            "machine": f"{platform.machine()}, {os.cpu_count()} cores, python "
            f"{platform.python_version()}",
            "reports": args.reports,
            "seed": args.seed,
            "batch": args.batch,
            "saved_by": "driver" if args.driver_saves else "workers",
            "driver_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        }
        clean = [{k: v for k, v in r.items() if k != "ids"} for r in rows]
        args.output.write_text(json.dumps({"meta": meta, "results": clean}, indent=1) + "\n")
    return 0


def _table(rows: list[dict]) -> None:
    print(
        "\n| run | reports/s | with start-up | start-up s | store writes s | driver CPU s "
        "| worker peak MB | load |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        name = "plain loop" if r["workers"] == 0 else f"{r['workers']} worker(s)"
        print(
            f"| {name} | {r['reports_per_s']} | {r['reports_per_s_with_startup']} | "
            f"{r['startup_s']} | {r['store_write_s']} | {r['driver_cpu_s']} | "
            f"{', '.join(map(str, r['worker_peak_mb'])) or '-'} | "
            f"{r['load_before']}→{r['load_after']} |"
        )
    by = {}
    for r in rows:
        by.setdefault(r["workers"], []).append(r["reports_per_s"])
    if 1 in by and 2 in by:
        best1, best2 = max(by[1]), max(by[2])
        print(f"\n2 workers / 1 worker: {best2 / best1:.2f}x (best of {len(by[2])} each)")


if __name__ == "__main__":
    raise SystemExit(main())
