"""The map's time control and density view in Chromium: milliseconds per step and per redraw.

Usage:
  .venv/bin/python benchmarks/generate.py 100000 -o cache/events-100k.gpkg
  .venv/bin/python benchmarks/timestep.py cache/events-100k.gpkg [--steps 60]
      [-o benchmarks/results/timestep.json]

The store's events are written as the standalone map (``python -m geo map``, the same scripts the
app serves) and opened from disk in Chromium at 1440 x 900. At the first view (clustered), the
time control is set to days, then stepped ``--steps`` times through the first days of the data
and (with ``--weeks``) by week too. Each step is timed in the page from the call until the second
animation frame after it (drawn and painted); the script's own share (``data-sm-time-step-ms``:
the window's mask, the view's refresh and the clusters) is kept beside it. Target (issue 15):
at most 50 ms a step at 100,000 events.

Then every date is shown again, the density view chosen, and the map set to each zoom from 4 to
9 (where hexagons replace the markers) around two centres, the first view's and the median
event's (the first view of a store with meetings abroad is centred where few events lie), and
panned half a screen four ways at each; each redraw timed the same way, with the script's share
(``data-sm-density-ms``), beside the same moves with markers and clusters first (``markers_frame``). Target: at most 100 ms a density redraw at 100,000 events.

Then the same moves again with the regions chosen (``regions``: the choropleth, script share
``data-sm-region-ms``; the first move includes finding each stack's region), and the map's
events per region checked against ``geo.density.region_counts`` over the store's events at the
payload's stack points (``regions_correct``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))  # output_file, also when imported as benchmarks.X
sys.path.insert(0, str(ROOT / "tests"))

from output_file import add_output_option, check_output_first, write_output  # noqa: E402

TARGET_MS = 50
DENSITY_TARGET_MS = 100
DENSITY_ZOOMS = range(4, 10)
# One density redraw: a view set or a pan, then two animation frames.
MOVE = """async ([lat, lon, zoom, dx, dy, kind]) => {
  const m = window.sitrepMap.map, box = m.getContainer();
  const t0 = performance.now();
  if (dx || dy) { m.panBy([dx, dy], {animate: false}); } else { m.setView([lat, lon], zoom, {animate: false}); }
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return [performance.now() - t0, Number(box.dataset['sm' + kind + 'Ms']), Number(box.dataset['sm' + kind + 'Total'])];
}"""
# One step, timed in the page: the call, then two animation frames (drawn and painted).
STEP = """async (size) => {
  const t = window.sitrepMap.time, box = window.sitrepMap.map.getContainer();
  if (size && t.parts.size.value !== size) {
    t.parts.size.value = size; t.parts.size.dispatchEvent(new Event('change'));
  }
  const t0 = performance.now();
  t.step();
  await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
  return [performance.now() - t0, Number(box.dataset.smTimeStepMs), Number(box.dataset.smShown)];
}"""


def _summary(times: list[float]) -> dict:
    ordered = sorted(times)
    return {
        "median_ms": round(statistics.median(ordered), 1),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 1),
        "max_ms": round(ordered[-1], 1),
    }


def measure(store: Path, steps: int, weeks: bool) -> dict:
    """Step the time control of ``store``'s standalone map; times in ms."""
    from playwright.sync_api import expect, sync_playwright

    import conftest

    with tempfile.TemporaryDirectory() as folder:
        page_file = Path(folder) / "map.html"
        env = {**os.environ, "SITREP_STORE": str(store)}
        made = subprocess.run(
            [sys.executable, "-m", "geo", "map", "-o", str(page_file)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
        )
        if made.returncode:
            sys.exit(made.stderr.strip())
        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=conftest.CHROMIUM, args=conftest.CHROMIUM_ARGS)
            page = b.new_page(viewport={"width": 1440, "height": 900})
            page.goto(page_file.as_uri())
            ready = page.locator("[data-sm-ready='1']")
            expect(ready).to_have_count(1, timeout=300_000)
            total = int(ready.get_attribute("data-sm-total"))
            runs = {}
            for size in ("day", "week") if weeks else ("day",):
                rows = [page.evaluate(STEP, size) for _ in range(steps)]
                runs[size] = {
                    "frame": _summary([r[0] for r in rows]),
                    "script": _summary([r[1] for r in rows]),
                    "events_per_window": round(statistics.mean(r[2] for r in rows)),
                }
            page.evaluate("() => window.sitrepMap.time.show(-1)")
            centres = page.evaluate(CENTRES)
            runs["density"] = _density(page, centres)
            if page.locator(".sm-density-regions").count():  # not in maps made before it
                runs["regions"] = _regions(page, centres)
                got = page.evaluate("() => window.sitrepMap.density.regions.counts()")
                runs["regions"]["regions_correct"] = got == _region_counts(store)
            b.close()
    return {"store": store.name, "events": total, "steps": steps, "runs": runs}


def _region_counts(store: Path) -> dict[str, int]:
    """Events per region as geo.density counts them, at the points the map counts them."""
    import numpy as np

    from geo import assets, density
    from geo.filtering import Filters
    from geo.gazetteer import Gazetteer
    from geo.map_payload import encode_events
    from geo.store import load_all
    from payload import decode_events

    packed = decode_events(encode_events(load_all(Gazetteer(), store, filters=Filters())))
    weights = np.bincount(np.asarray(packed["stack"]), minlength=len(packed["stack_lat"]))
    features = assets.load_geojson(assets.regions_path())["features"]
    want = density.region_counts(packed["stack_lat"], packed["stack_lon"], features, weights)
    return {str(k): int(n) for k, n in zip(want["key"], want["count"], strict=True)}


# Where the density moves are made: the first view's centre, and the median event's point.
CENTRES = """() => {
  const c = window.sitrepMap.map.getCenter(), ev = window.sitrepMap.view.events, s = ev.config.scale;
  const median = a => { const b = Float64Array.from(a).sort(); return b[b.length >> 1] / s; };
  return [[c.lat, c.lng], [median(ev.lat), median(ev.lon)]];
}"""


def _moves(page, centres: list, kind: str = "Density") -> list:
    return [
        page.evaluate(MOVE, [lat, lon, zoom, dx, dy, kind])
        for lat, lon in centres
        for zoom in DENSITY_ZOOMS
        for dx, dy in ((0, 0), (720, 0), (0, 450), (-720, 0), (0, -450))
    ]


def _regions(page, centres: list) -> dict:
    """The same moves with the regions (choropleth) chosen."""
    page.locator(".sm-density-regions").click()
    setup = page.locator("[data-sm-region-setup-ms]").get_attribute("data-sm-region-setup-ms")
    rows = _moves(page, centres, "Region")
    return {
        "setup_script_ms": int(setup),
        "frame": _summary([r[0] for r in rows]),
        "script": _summary([r[1] for r in rows]),
        "redraws": len(rows),
        "events_counted": max(r[2] for r in rows),
    }


def _density(page, centres: list) -> dict:
    """Density redraws at each zoom and pan around the centres, after the same moves with
    markers and clusters (the map's own redraw, for a ratio in the same run)."""
    markers = _moves(page, centres)
    page.locator(".sm-density-on").click()
    rows = _moves(page, centres)
    return {
        "frame": _summary([r[0] for r in rows]),
        "script": _summary([r[1] for r in rows]),
        "markers_frame": _summary([r[0] for r in markers]),
        "redraws": len(rows),
        "events_in_view_max": max(r[2] for r in rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--weeks", action="store_true", help="step by week too")
    add_output_option(parser)
    args = parser.parse_args(argv)
    check_output_first(args.output)  # (checked before the work, not after it)
    result = measure(args.store, args.steps, args.weeks)
    result["load_average"] = [round(x, 2) for x in os.getloadavg()]
    runs = result["runs"]
    worst = max(r["frame"]["p95_ms"] for k, r in runs.items() if k in ("day", "week"))
    result["target_ms"], result["met"] = TARGET_MS, worst <= TARGET_MS
    result["density_target_ms"] = DENSITY_TARGET_MS
    result["density_met"] = all(
        runs[k]["frame"]["p95_ms"] <= DENSITY_TARGET_MS for k in ("density", "regions") if k in runs
    )
    text = json.dumps(result, indent=2)
    print(text)
    write_output(args.output, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
