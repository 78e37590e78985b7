"""Two checkouts' geocoder and extractor timed in turn: toponyms per second and extraction CPU
per 600 words, before and after, under the same load.

Usage::

    git archive COMMIT | tar -x -C /tmp/before   # then link .venv and cache/gazetteer.sqlite
    nice .venv/bin/python benchmarks/speed_pair.py --before /tmp/before \\
        [--rounds 6] [-o benchmarks/results/speed-pair.json]

Each checkout runs in a worker process of its own with its own code and the same gazetteer; the
workers take one pass each in turn (the order swapped every round) over each geoparsing corpus
(``../shared/bench/geoparse`` or ``--corpora``, gold spans given, as ``geoparse.py`` reads them),
warm and cold (a pass begun with what the geocoder keeps across texts emptied, as in
``geoparse.py``) and over every report of ``data/reports/realstyle*`` or of the folders ``--sets``
names (as ``extract.py`` reads them; name the development sets there: a closed validation set
must not be read). Times are the workers' own CPU time (``time.process_time``), after a first
pass that reads the index and warms the caches. Each pass begins with a full collection, outside
its time (:func:`collected`): a pass pays for the collections its own work calls for, not for a
full collection of the whole process (its gazetteer places, its modules, 0.03-0.1 s) that the
garbage of the passes before it happened to bring due inside it, whose place moves with whatever
the extractor allocates (it fell in one cold GeoVirus pass of a few, x0.72 that pass, and made
the cold GeoVirus drop of the thirty-sixth session). On a machine shared with other work, passes
a second apart see the same load where runs a minute apart do not: the ratio of each pair is the
figure to read.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))  # output_file, also when imported as benchmarks.X

from output_file import add_output_option, check_output_first, write_output  # noqa: E402

CORPORA = ROOT.parent / "shared" / "bench" / "geoparse"


def worker(root: Path, sets: list[str] | None) -> None:
    """Answer passes asked on standard input with the code of ``root``: "geoparse PATH",
    "geoparse-cold PATH" or "extract" (the reports of ``sets``, folders of data/reports, or of
    every realstyle* folder); one JSON line per pass."""
    sys.path[:0] = [str(root), str(root / "benchmarks")]
    import extract as bench  # the checkout's benchmarks/extract.py

    from geo.extract import Extractor
    from geo.gazetteer import Gazetteer
    from geo.geocode import Geocoder

    gazetteer = Gazetteer()
    geocoder = Geocoder(gazetteer)
    extractor = Extractor(geocoder)
    reports = root / "data" / "reports"
    folders = [reports / s for s in sets] if sets else sorted(reports.glob("realstyle*"))
    cases = [c for f in folders for c in bench.load_cases(f, False, gazetteer)]
    docs: dict[str, list[dict]] = {}
    for line in sys.stdin:
        what, _, path = line.strip().partition(" ")
        if what.startswith("geoparse"):
            if path not in docs:
                with open(path, encoding="utf-8") as f:
                    docs[path] = [json.loads(x) for x in f if x.strip()]
            spans = [[(t["start"], t["end"]) for t in d["toponyms"]] for d in docs[path]]
            if what == "geoparse-cold":
                forget_texts(geocoder)
            collected()
            t0 = time.process_time()
            for d, s in zip(docs[path], spans, strict=True):
                geocoder.resolve(d["text"], s)
            cpu = time.process_time() - t0
            out = {"per_s": sum(map(len, spans)) / cpu}
        else:
            per600 = []
            collected()
            for case in cases:
                c0 = time.process_time()
                extractor.extract(case.text, case.name, case.published)
                words = max(1, len(case.text.split()))
                per600.append((time.process_time() - c0) * 1000 * 600 / words)
            out = {"cpu_ms_per_600_words_median": statistics.median(per600), "reports": len(cases)}
        print(json.dumps(out), flush=True)


def collected() -> None:
    """A full collection now, before a timed pass: the collector's counts start from nothing, so
    that a collection of the whole heap falls in a pass only when that pass's own allocations call
    for it (see the module's notes)."""
    gc.collect()


def forget_texts(geocoder) -> None:
    """Empty what the geocoder keeps across texts (a cold pass), also with the code of a checkout
    older than ``Geocoder.forget_texts``: the stores it had then, by hand."""
    if hasattr(geocoder, "forget_texts"):
        geocoder.forget_texts()
        return
    from geo.geocode import toponyms

    geocoder._by_prior_kept.clear()
    for store in ("_AREA_RUNS", "_TOPONYM_RUNS"):
        getattr(toponyms, store, {}).clear()


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    if args.worker:
        worker(args.worker, args.sets)
        return 0
    check_output_first(args.output)  # (checked before the work, not after it)
    trees = {"before": args.before.resolve(), "after": ROOT}
    tasks = [
        f"{how} {args.corpora / name}"
        for how in ("geoparse", "geoparse-cold")
        for name in ("geovirus.jsonl", "lgl.jsonl")
    ]
    tasks.append("extract")
    runs, loads = _timed_rounds(_workers(trees, args.sets), tasks, args.rounds)
    result = {"before": str(args.before), "rounds": args.rounds, "load_1min": loads}
    for task in tasks:
        result.update(_figures(task, runs, args.sets))
    print(f"load average (1 min) per round: {', '.join(f'{x:.1f}' for x in loads)}")
    write_output(args.output, json.dumps(result, indent=1))
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True, help="the other checkout")
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument(
        "--corpora", type=Path, default=CORPORA, help="the folder of geovirus.jsonl and lgl.jsonl"
    )
    add_output_option(ap, "write the figures here as JSON")
    ap.add_argument(
        "--sets",
        nargs="+",
        help="time extraction over these folders of data/reports only (the development sets: "
        "no closed validation set may be read); default every realstyle* folder",
    )
    ap.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def _workers(trees: dict[str, Path], sets: list[str] | None) -> dict[str, subprocess.Popen]:
    """A worker process per checkout, each with its own code (see :func:`worker`)."""
    return {
        name: subprocess.Popen(
            [sys.executable, __file__, "--before", str(tree), "--worker", str(tree)]
            + (["--sets", *sets] if sets else []),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            cwd=tree,
        )
        for name, tree in trees.items()
    }


def _timed_rounds(
    procs: dict[str, subprocess.Popen], tasks: list[str], rounds: int
) -> tuple[dict[str, dict[str, list[dict]]], list[float]]:
    """Each task asked of each worker in turn, ``rounds`` times after a first warming pass (the
    order of the two swapped every round): the answers by worker and task, and the load average
    at the start of each round. The workers are ended."""

    def ask(name: str, task: str) -> dict:
        procs[name].stdin.write(task + "\n")  # type: ignore[union-attr]
        procs[name].stdin.flush()  # type: ignore[union-attr]
        return json.loads(procs[name].stdout.readline())  # type: ignore[union-attr]

    for name in procs:  # the first pass reads the index from disk
        for task in tasks:
            ask(name, task)
    runs: dict[str, dict[str, list[dict]]] = {n: {t: [] for t in tasks} for n in procs}
    loads = []
    for i in range(rounds):
        loads.append(os.getloadavg()[0])
        for task in tasks:
            for name in ("before", "after") if i % 2 == 0 else ("after", "before"):
                runs[name][task].append(ask(name, task))
    for p in procs.values():
        p.stdin.close()  # type: ignore[union-attr]
        p.wait()
    return runs, loads


def _figures(task: str, runs: dict[str, dict[str, list[dict]]], sets: list[str] | None) -> dict:
    """One task's figures under its label (before, after, their ratio per pair), and its line
    printed."""
    key = "per_s" if task != "extract" else "cpu_ms_per_600_words_median"
    how, _, path = task.partition(" ")
    label = Path(path).stem + (", cold" if how.endswith("cold") else "")
    named = f"{len(sets)} folders of --sets" if sets else "realstyle*"
    label = label if task != "extract" else f"extract {named}"
    before = [r[key] for r in runs["before"][task]]
    after = [r[key] for r in runs["after"][task]]
    ratios = [a / b for a, b in zip(after, before, strict=True)]
    print(
        f"{label} ({key}): before {statistics.median(before):.1f}, after "
        f"{statistics.median(after):.1f}, after/before per pair "
        f"{', '.join(f'{r:.2f}' for r in ratios)} (median {statistics.median(ratios):.2f})"
    )
    return {
        label: {
            "measure": key,
            "before": before,
            "after": after,
            "before_median": statistics.median(before),
            "after_median": statistics.median(after),
            "ratio_after_to_before": ratios,
            "ratio_median": statistics.median(ratios),
        }
    }


if __name__ == "__main__":
    raise SystemExit(main())
