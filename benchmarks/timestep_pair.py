"""Two versions of the map's time control stepped in turn: milliseconds per day step, before and
after, under the same load.

Usage:
  git archive COMMIT | tar -x -C /tmp/before   # then link .venv and cache, copy static/
  nice .venv/bin/python benchmarks/timestep_pair.py cache/events-100k.gpkg --before /tmp/before
      [--steps 60] [--rounds 3] [--density] [-o benchmarks/results/timestep-pair.json]

Each checkout writes the standalone map of the store (``python -m geo map``), and each map is
opened in a Chromium of its own at 1440 x 900, at its first view, stepping by day. Then the two
take one step each in turn (the order swapped every step), each timed as ``timestep.py`` times
it (the call, then two animation frames; the script's share beside it). A machine shared with
other work slows both alike, where runs one after the other can see different loads. Target
(issue 15): at most 50 ms a step at p95 at 100,000 events.

With ``--density``, each round then shows every date again and makes ``timestep.py``'s density
moves (zooms 4 to 9 and pans around the two centres) with the hexagons, then with the regions,
the two maps again in turn move by move (``hexagons`` and ``regions``; target: at most 100 ms
a redraw at p95).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests"))

from output_file import add_output_option, check_output_first, write_output  # noqa: E402
from timestep import (  # noqa: E402
    CENTRES,
    DENSITY_TARGET_MS,
    DENSITY_ZOOMS,
    MOVE,
    STEP,
    TARGET_MS,
    _summary,
)

# the density moves: each centre, each zoom, then half a screen four ways
PANS = ((0, 0), (720, 0), (0, 450), (-720, 0), (0, -450))
KINDS = {"hexagons": (".sm-density-on", "Density"), "regions": (".sm-density-regions", "Region")}


def _map_file(checkout: Path, store: Path, folder: Path, name: str) -> Path:
    out = folder / f"{name}.html"
    made = subprocess.run(
        [sys.executable, "-m", "geo", "map", "-o", str(out)],
        cwd=checkout,
        env={**os.environ, "SITREP_STORE": str(store)},
        capture_output=True,
        text=True,
    )
    if made.returncode:
        sys.exit(made.stderr.strip())
    return out


def _in_turn(pages: dict, rows: dict, script: str, args: list, k: int) -> None:
    """One call of ``script`` in each map, the order swapped every other call."""
    for name in ("before", "after") if k % 2 else ("after", "before"):
        rows[name].append(pages[name].evaluate(script, args))


def _density_in_turn(pages: dict, rows: dict) -> None:
    """The density moves, hexagons then regions, each move made by both maps in turn."""
    for page in pages.values():
        page.evaluate("() => window.sitrepMap.time.show(-1)")
    centres = pages["after"].evaluate(CENTRES)
    moves = [
        [lat, lon, z, dx, dy] for lat, lon in centres for z in DENSITY_ZOOMS for dx, dy in PANS
    ]
    for kind, (button, attribute) in KINDS.items():
        for page in pages.values():
            page.locator(button).click()
        for k, move in enumerate(moves):
            _in_turn(pages, rows[kind], MOVE, [*move, attribute], k)


def _result(got: list, target: float) -> dict:
    return {
        "frame": _summary([r[0] for r in got]),
        "script": _summary([r[1] for r in got]),
        "count": len(got),
        "over_target": sum(r[0] > target for r in got),
    }


def measure(store: Path, before: Path, steps: int, rounds: int, density: bool = False) -> dict:
    """Rounds of ``steps`` day steps taken in turn by the two maps (and with ``density``, the
    density moves); times in ms."""
    from playwright.sync_api import expect, sync_playwright

    import conftest

    with tempfile.TemporaryDirectory() as folder:
        files = {
            "before": _map_file(before, store, Path(folder), "before"),
            "after": _map_file(ROOT, store, Path(folder), "after"),
        }
        rows: dict[str, list] = {"before": [], "after": []}
        moved: dict[str, dict] = {k: {"before": [], "after": []} for k in KINDS}
        with sync_playwright() as p:
            for _ in range(rounds):
                pages, browsers = {}, []
                for name, path in files.items():
                    b = p.chromium.launch(
                        executable_path=conftest.CHROMIUM, args=conftest.CHROMIUM_ARGS
                    )
                    browsers.append(b)
                    pages[name] = b.new_page(viewport={"width": 1440, "height": 900})
                    pages[name].goto(path.as_uri())
                    ready = pages[name].locator("[data-sm-ready='1']")
                    expect(ready).to_have_count(1, timeout=300_000)
                for k in range(steps):
                    _in_turn(pages, rows, STEP, "day", k)
                if density:
                    _density_in_turn(pages, moved)
                for b in browsers:
                    b.close()
    out = {}
    for name, got in rows.items():
        out[name] = {
            "frame": _summary([r[0] for r in got]),
            "script": _summary([r[1] for r in got]),
            "steps": len(got),
            "over_target": sum(r[0] > TARGET_MS for r in got),
            "events_per_window": round(sum(r[2] for r in got) / len(got)),
        }
        if density:
            out[name].update({k: _result(moved[k][name], DENSITY_TARGET_MS) for k in KINDS})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--before", type=Path, required=True, help="checkout of the code before")
    parser.add_argument("--steps", type=int, default=60, help="day steps per map and round")
    parser.add_argument("--rounds", type=int, default=3, help="maps opened afresh each round")
    parser.add_argument(
        "--density", action="store_true", help="then the hexagon and region redraws in turn"
    )
    add_output_option(parser)
    args = parser.parse_args(argv)
    check_output_first(args.output)  # (checked before the work, not after it)
    load = [round(x, 2) for x in os.getloadavg()]
    result = {"store": args.store.name, "target_ms": TARGET_MS, "load_average_start": load}
    result.update(measure(args.store.resolve(), args.before, args.steps, args.rounds, args.density))
    result["load_average_end"] = [round(x, 2) for x in os.getloadavg()]
    text = json.dumps(result, indent=2)
    print(text)
    write_output(args.output, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
