"""Score many annotated sets in one run: a line of counts per set, totals by kind of set, and
optionally a fingerprint of each report's records (to see which reports a rule change moves).

Usage::

    .venv/bin/python benchmarks/sets.py realstyle realstyle-heldout2 41 42 [--check 41-55]
        [--closed 56-61] [--hash FILE] [--root DIR]

A set is a folder under ``data/reports`` of ``--root`` (default: this checkout), or a number N
for ``realstyle-heldoutN``. Each line gives the counts behind the ratios of
``benchmarks/extract.py`` (gold, predicted, matched, extras, and the matched events whose date,
casualty figures and verification are right) and the CPU milliseconds per 600 words. Totals:
``development`` for the sets outside the ``--check`` and ``--closed`` ranges, then each range
given. Which sets are development, check and closed is the protocol of README "Figures": the
check sets' lines may be read by rule writers, their texts and ``-v`` output not; the closed
sets are run by the lead only. ``--hash FILE`` writes ``set/report fingerprint`` lines;
compare two such files with ``join`` to list the reports whose records differ.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = ("reports", "gold", "predicted", "matched", "dates", "figures", "verification")


def folder_of(name: str) -> str:
    """``41`` is ``realstyle-heldout41``; any other name is a folder of ``data/reports``."""
    return f"realstyle-heldout{int(name)}" if name.isdigit() else name


def span(text: str | None) -> range:
    """``"41-55"`` as the numbers it covers; ``"56-"`` open-ended; None covers none."""
    if not text:
        return range(0)
    first, _, last = text.partition("-")
    return range(int(first), int(last) + 1 if last else 10**6)


def tally(bench, cases, extractor) -> tuple[Counter, float, dict[str, str]]:
    """Counts of one set, its CPU ms per 600 words, and a fingerprint per report."""
    counts: Counter = Counter(reports=len(cases))
    cpu = 0.0
    words = 0
    prints = {}
    for case in cases:
        start = time.process_time()
        predicted = extractor.extract(case.text, case.name, case.published)
        cpu += time.process_time() - start
        words += len(case.text.split())
        blob = json.dumps(predicted, sort_keys=True, default=str).encode()
        prints[case.name] = hashlib.sha1(blob).hexdigest()[:12]
        paired, _ = bench.pair_up(predicted, case.gold)
        counts.update(gold=len(case.gold), predicted=len(predicted))
        for g, hit in paired:
            if hit is not None:
                date_ok, fig_ok, ver_ok = bench.fields_right(hit, g)
                counts.update(matched=1, dates=date_ok, figures=fig_ok, verification=ver_ok)
    return counts, cpu * 1000 * 600 / max(1, words), prints


def line(label: str, c: Counter) -> str:
    recall = c["matched"] / c["gold"] if c["gold"] else 0.0
    precision = c["matched"] / c["predicted"] if c["predicted"] else 0.0
    return (
        f"{label:26} reports {c['reports']:3} gold {c['gold']:4} predicted {c['predicted']:4} "
        f"matched {c['matched']:4} ({recall:.3f}) extras {c['predicted'] - c['matched']:3} "
        f"({precision:.3f}) dates {c['dates']} figures {c['figures']} "
        f"verification {c['verification']}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="+")
    ap.add_argument("--root", type=Path, default=HERE.parent, help="checkout whose geo/ to run")
    ap.add_argument("--check", help="numbers of the check sets, e.g. 41-55")
    ap.add_argument("--closed", help="numbers of the closed sets, e.g. 56-")
    ap.add_argument("--hash", type=Path, help="write a fingerprint of each report's records")
    args = ap.parse_args(argv)
    root = args.root.resolve()
    sys.path[:0] = [str(root), str(root / "benchmarks")]
    import extract as bench  # the checkout's own benchmarks/extract.py and geo/

    from geo.extract import Extractor
    from geo.gazetteer import Gazetteer
    from geo.geocode import Geocoder

    gazetteer = Gazetteer()
    extractor = Extractor(Geocoder(gazetteer))
    check, closed = span(args.check), span(args.closed)
    totals: dict[str, Counter] = {}
    prints: dict[str, str] = {}
    for name in args.sets:
        folder = root / "data" / "reports" / folder_of(name)
        if not folder.is_dir():
            ap.error(f"no set {folder}")
        counts, cpu600, set_prints = tally(
            bench, bench.load_cases(folder, False, gazetteer), extractor
        )
        print(f"{line(folder_of(name), counts)} cpu600 {cpu600:.1f}", flush=True)
        number = int(name) if name.isdigit() else -1
        kind = "check" if number in check else "closed" if number in closed else "development"
        totals.setdefault(kind, Counter()).update(counts)
        prints.update({f"{folder_of(name)}/{k}": v for k, v in set_prints.items()})
    for kind, counts in totals.items():
        print(line(f"TOTAL {kind}", counts))
    if args.hash:
        args.hash.write_text(
            "".join(f"{k} {v}\n" for k, v in sorted(prints.items())), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
