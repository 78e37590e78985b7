"""Did-you-mean benchmark: misspelt town names against ``geo.geocode.suggest``.

Usage: .venv/bin/python benchmarks/suggest.py [--n 1000] [--seed 7]

Takes ``--n`` towns of Ukraine and Russia with at least 5,000 people (their gazetteer main
names, drawn at random with a fixed seed) and misspells each as a hurried analyst would: one or
two edits (a letter dropped, doubled, swapped with its neighbour or replaced by a letter next to
it on the keyboard). Prints one JSON line: the time of building the index, the milliseconds per
lookup (median, 95th percentile, mean), and how often the meant town is the first suggestion, in
the first five, or not offered; names the misspelling made into another real name are counted
apart (nothing is offered for a name the gazetteer knows as a town).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from geo.gazetteer import Gazetteer  # noqa: E402
from geo.geocode import suggest  # noqa: E402

KEYS = "qwertyuiop asdfghjkl zxcvbnm"
NEIGHBOURS = {
    ch: "".join(row[max(0, i - 1) : i + 2].replace(ch, "") for row in KEYS.split() if ch in row)
    for row in KEYS.split()
    for i, ch in enumerate(row)
}


def misspell(name: str, rng: random.Random) -> str:
    """``name`` with one or two typing slips, never in its first letter."""
    out = name
    for _ in range(rng.choice((1, 1, 2))):
        i = rng.randrange(1, len(out))
        slip = rng.choice(("drop", "double", "swap", "near"))
        if slip == "drop":
            out = out[:i] + out[i + 1 :]
        elif slip == "double":
            out = out[:i] + out[i] + out[i:]
        elif slip == "swap" and i + 1 < len(out):
            out = out[:i] + out[i + 1] + out[i] + out[i + 2 :]
        elif out[i].lower() in NEIGHBOURS:
            out = out[:i] + rng.choice(NEIGHBOURS[out[i].lower()]) + out[i + 1 :]
    return out


def towns(gazetteer: Gazetteer, n: int, rng: random.Random) -> list[str]:
    rows = gazetteer._db.execute(
        "SELECT DISTINCT name FROM places WHERE country IN ('UA', 'RU')"
        " AND feature IN ('city', 'capital') AND population >= 5000"
    ).fetchall()
    names = sorted(name for (name,) in rows if name.isascii() and len(name) >= 6)
    return rng.sample(names, n)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    gazetteer = Gazetteer()
    started = time.perf_counter()
    suggest.suggestions(gazetteer, "Kramatorks")  # builds the index
    build_s = time.perf_counter() - started
    times, first, top5, missed, real = [], 0, 0, 0, 0
    for name in towns(gazetteer, args.n, rng):
        typed = misspell(name, rng)
        started = time.perf_counter()
        offered = suggest.suggestions(gazetteer, typed)
        times.append((time.perf_counter() - started) * 1000)
        names = [s.place.name for s in offered]
        if not offered and any(p.feature in suggest.TOWNS for p, _ in gazetteer.lookup(typed)):
            real += 1  # the slip made another town's name
        elif names[:1] == [name]:
            first += 1
        elif name in names:
            top5 += 1
        else:
            missed += 1
    times.sort()
    print(
        json.dumps(
            {
                "misspellings": args.n,
                "index_build_s": round(build_s, 2),
                "ms_per_lookup_median": round(statistics.median(times), 3),
                "ms_per_lookup_p95": round(times[int(0.95 * len(times))], 3),
                "ms_per_lookup_mean": round(statistics.fmean(times), 3),
                "first": first,
                "in_first_five": first + top5,
                "not_offered": missed,
                "another_real_town": real,
            }
        )
    )


if __name__ == "__main__":
    main()
