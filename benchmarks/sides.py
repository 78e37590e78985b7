"""Tag events with side_of_line against a polygon layer: time per call (target: 100,000 events
against a 5,000-vertex polygon in at most 1 s).

    .venv/bin/python benchmarks/sides.py [--events 100000] [--vertices 5000] [--layers 1]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import geopandas as gpd
import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from shapes import jagged_area  # noqa: E402

from geo import context, sides  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--vertices", type=int, default=5_000)
    parser.add_argument("--layers", type=int, default=1, help="dated layers (a day apart)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--spiky", action="store_true", help="worst case: a spike per vertex")
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    n = args.events
    frame = gpd.GeoDataFrame(
        {
            "event_date": rng.choice([f"2024-11-{d:02d}" for d in range(1, 31)], n),
            "country": rng.choice(
                np.array(["UA", "RU", None], dtype=object), n, p=[0.8, 0.15, 0.05]
            ),
        },
        geometry=gpd.points_from_xy(rng.uniform(33, 41, n), rng.uniform(45, 52, n)),
        crs="EPSG:4326",
    )
    layers = [
        context.ContextLayer(
            "occupied",
            f"2024-10-{k + 1:02d}",
            jagged_area(args.vertices, seed=k, spiky=args.spiky),
            "bench",
            "",
        )
        for k in range(args.layers)
    ]
    times = []
    for _ in range(args.repeat):
        fresh = [
            context.ContextLayer(x.name, x.date, type(x.geometry)(x.geometry), "", "")
            for x in layers
        ]
        start = time.perf_counter()
        got = sides.side_of_line(frame, fresh)
        times.append(time.perf_counter() - start)
    counts = {str(k): int(v) for k, v in got.value_counts(dropna=False).items()}
    print(
        json.dumps(
            {
                "events": n,
                "vertices": args.vertices,
                "layers": args.layers,
                "spiky": args.spiky,
                "median_s": round(float(np.median(times)), 4),
                "best_s": round(min(times), 4),
                "counts": counts,
            }
        )
    )


if __name__ == "__main__":
    main()
