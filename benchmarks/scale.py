"""Scale benchmark: 10k / 100k / 1M events, each step beside the naive way, in one run.

Usage:
  .venv/bin/python benchmarks/scale.py                     # 10k and 100k, no browser
  .venv/bin/python benchmarks/scale.py --sizes 100000 --browser
  .venv/bin/python benchmarks/scale.py --sizes 1000000 --browser --no-naive
  .venv/bin/python benchmarks/scale.py --sizes 0 --browser   # the app with the 12 reference events

Stores come from benchmarks/generate.py (seed 7), made once in cache/. For each size it measures
(median of --repeat runs, seconds):
- load: geo.store.load (Arrow, categories) vs geopandas.read_file with its defaults;
- filter (weapon + type + date range + map bounds): EventIndex.mask vs a pandas row loop;
- map: geo.layers.build_map + render, HTML bytes vs folium MarkerCluster with one Marker and
  popup per event (the naive way);
- GeoJSON export: geo.export.to_geojson_bytes vs GeoDataFrame.to_json;
- with --browser, in Chromium (Playwright) against the real app: time from opening the Map page
  to the map showing every event (clustered), a filter change until the map shows the filtered
  events, and the app server's memory; the naive map's HTML opened from disk until its clusters
  show. Targets are checked against the absolute figures; ratios are naive / ours.
- with --interleave ROUNDS, only page opens: the 12-event app and the big one alternately, two
  servers running, so that both see the same machine load (what the events add to the page).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPENS = 5  # page opens measured after the first (median); the machines are noisy
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from benchmarks.generate import main as generate_main  # noqa: E402
from geo import store  # noqa: E402
from geo.export import to_geojson_bytes  # noqa: E402
from geo.filtering import EventIndex, Filters  # noqa: E402
from geo.layers import build_map  # noqa: E402

FILTER = Filters(
    weapons=("Shahed", "glide bomb"),
    types=("strike",),
    since=date(2023, 6, 1),
    until=date(2024, 6, 1),
    bounds=(30.0, 45.0, 40.0, 52.0),
)
# Our figure -> the naive way's figure it is compared with.
RATIOS = {
    "load_s": "naive_load_s",
    "filter_s": "naive_filter_s",
    "map_build_s": "naive_map_total_s",
    "export_s": "naive_export_s",
    "html_mb": "naive_html_mb",
    "browser_open_s": "naive_page_open_s",
}
TARGETS = {  # at 100k events (issue 5)
    "filter_s": 0.020,
    "map_build_s": 0.5,
    "html_mb": 5.0,
    "export_s": 1.0,
    "load_s": 0.5,
    "browser_open_s": 3.0,
    "browser_filter_s": 1.5,
}


def timed(fn, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


def naive_filter(frame) -> int:
    """What a first version does: a Python loop over rows."""
    n = 0
    for row in frame.itertuples():
        if (
            (row.weapon == "Shahed" or row.weapon_category == "glide bomb")
            and row.event_type == "strike"
            and "2023-06-01" <= str(row.event_date) <= "2024-06-01"
            and 30.0 <= row.geometry.x <= 40.0
            and 45.0 <= row.geometry.y <= 52.0
        ):
            n += 1
    return n


def naive_map(frame):
    """folium's way: a MarkerCluster with one Marker and an HTML popup per event."""
    import folium
    from folium.plugins import MarkerCluster

    m = folium.Map(location=[49, 32], zoom_start=5)  # OSM tiles: they set the max zoom
    cluster = MarkerCluster().add_to(m)
    for row in frame.itertuples():
        folium.Marker(
            [row.geometry.y, row.geometry.x],
            popup=folium.Popup(f"{row.event_type} {row.weapon or ''} {row.place} {row.event_date}"),
        ).add_to(cluster)
    return m


def store_for(size: int) -> Path:
    """The generated store of ``size`` events (0: no store, the 12 reference events only)."""
    path = ROOT / "cache" / f"events-{size}.gpkg"
    if size == 0:
        path.unlink(missing_ok=True)
    elif not path.exists():
        generate_main([str(size), "-o", str(path)])
    return path


def measure(size: int, repeat: int, naive: bool) -> dict:
    import geopandas as gpd

    path = store_for(size)
    out: dict = {"events": size}
    out["load_s"], frame = timed(lambda: store.load(path), repeat)
    out["index_build_s"], index = timed(lambda: EventIndex(frame), repeat)
    out["filter_s"], mask = timed(lambda: index.mask(FILTER), max(repeat, 20))
    out["filtered_events"] = int(mask.sum())
    out["map_build_s"], html = timed(lambda: build_map(frame).get_root().render(), repeat)
    out["html_mb"] = round(len(html.encode()) / 1e6, 2)
    out["export_s"], data = timed(lambda: to_geojson_bytes(frame), repeat)
    out["export_mb"] = round(len(data) / 1e6, 1)
    if naive:
        out["naive_load_s"], _ = timed(lambda: gpd.read_file(path, layer="events"), 1)
        out["naive_filter_s"], count = timed(lambda: naive_filter(frame), 1)
        assert count == out["filtered_events"], (count, out["filtered_events"])
        t0 = time.perf_counter()
        m = naive_map(frame)
        out["naive_map_build_s"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        naive_html = m.get_root().render()
        out["naive_map_render_s"] = time.perf_counter() - t0
        out["naive_html_mb"] = round(len(naive_html.encode()) / 1e6, 2)
        out["_naive_html"] = naive_html
        out["naive_export_s"], _ = timed(lambda: frame.to_json(), 1)
    return out


def browser(size: int, naive_html: str | None) -> dict:
    from playwright.sync_api import sync_playwright

    import conftest

    out: dict = {}
    log = ROOT / "cache" / f"bench-streamlit-{size}.log"
    with conftest.running_app(store_for(size), log) as server, sync_playwright() as p:
        b = p.chromium.launch(executable_path=conftest.CHROMIUM, args=conftest.CHROMIUM_ARGS)
        opens, filters = [], []
        expected = None
        for _ in range(1 + OPENS):  # the first open also pays for loading the store into the server
            ctx, page, ready, seconds = _open_map(b, server["url"])
            opens.append(seconds)
            expected = int(ready.get_attribute("data-sm-total"))
            assert int(ready.get_attribute("data-sm-in-view")) == expected  # all drawn (clustered)
            page.get_by_test_id("stMultiSelect").first.click()
            page.keyboard.type("drone")
            t1 = time.perf_counter()
            page.keyboard.press("Enter")
            _wait_for_map(page, lambda total, before=expected: total != before)
            filters.append(time.perf_counter() - t1)
            ctx.close()
        status = Path(f"/proc/{server['pid']}/status").read_text()
        rss_kb = int(
            next(line for line in status.splitlines() if line.startswith("VmRSS")).split()[1]
        )
        out["browser_open_first_s"] = round(opens[0], 2)
        out["browser_open_s"] = round(statistics.median(opens[1:]), 2)
        out["browser_filter_s"] = round(statistics.median(filters), 2)
        out["server_rss_mb"] = round(rss_kb / 1024)
        out["events_on_map"] = expected
        if naive_html is not None:
            out.update(_naive_browser(b, naive_html, size))
        b.close()
    return out


def _open_map(b, url: str):
    """Open the app in a fresh offline context; wait until every event is on the map (clustered).
    Returns the context, the page, the map's ready marker and the seconds it took."""
    from playwright.sync_api import expect

    import conftest

    ctx = b.new_context(viewport={"width": 1440, "height": 900})
    ctx.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url else r.abort())
    page = ctx.new_page()
    t0 = time.perf_counter()
    page.goto(url)
    frame = page.frame_locator(conftest.MAP_FRAME)
    ready = frame.locator("[data-sm-ready='1']")
    expect(ready).to_have_count(1, timeout=300_000)
    return ctx, page, ready, time.perf_counter() - t0


def interleaved(size: int, rounds: int) -> dict:
    """Page opens of the 12-event app and the ``size``-event app, alternating between two running
    servers so that both see the same machine load: what the events add to Streamlit's own page."""
    from contextlib import ExitStack

    from playwright.sync_api import sync_playwright

    import conftest

    opens: dict[int, list[float]] = {0: [], size: []}
    with ExitStack() as stack, sync_playwright() as p:
        servers = {
            n: stack.enter_context(
                conftest.running_app(store_for(n), ROOT / "cache" / f"bench-streamlit-{n}.log")
            )
            for n in opens
        }
        b = p.chromium.launch(executable_path=conftest.CHROMIUM, args=conftest.CHROMIUM_ARGS)
        for r in range(rounds + 1):  # round 0 loads the stores into the servers
            for n, server in servers.items():
                ctx, _, _, seconds = _open_map(b, server["url"])
                if r:
                    opens[n].append(seconds)
                ctx.close()
        b.close()
    return {
        "events": size,
        "interleaved_rounds": rounds,
        "browser_open_12_events_s": round(statistics.median(opens[0]), 2),
        "browser_open_s": round(statistics.median(opens[size]), 2),
    }


def _wait_for_map(page, done, timeout_s: float = 300.0) -> int:
    """Poll every frame (Streamlit may show the old map's frame beside the new one for a moment)
    until a finished map's event count satisfies ``done``."""
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        for f in page.frames:
            try:
                total = f.evaluate(
                    "() => { const m = document.querySelector(\"[data-sm-ready='1']\");"
                    " return m ? Number(m.dataset.smTotal) : null; }"
                )
            except Exception:  # a frame that went away while we asked
                continue
            if total is not None and done(total):
                return total
        page.wait_for_timeout(10)
    raise TimeoutError("the map did not show the filtered events")


def _naive_browser(b, html: str, size: int) -> dict:
    """The naive HTML, its CDN scripts swapped for the vendored copies, opened from disk."""
    vendor = (ROOT / "static" / "vendor").as_uri()
    for cdn, local in [
        (
            "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
            f"{vendor}/leaflet/leaflet.js",
        ),
        (
            "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
            f"{vendor}/leaflet/leaflet.css",
        ),
    ]:
        html = html.replace(cdn, local)
    import re

    html = re.sub(
        r"https://cdnjs\.cloudflare\.com/ajax/libs/leaflet\.markercluster/[\d.]+/leaflet\.markercluster\.js",
        f"{vendor}/leaflet.markercluster/leaflet.markercluster.js",
        html,
    )
    html = re.sub(
        r"https://cdnjs\.cloudflare\.com/ajax/libs/leaflet\.markercluster/[\d.]+/(MarkerCluster(\.Default)?\.css)",
        rf"{vendor}/leaflet.markercluster/\1",
        html,
    )
    # folium's popups parse their HTML with jQuery, which only a CDN would serve here: a
    # three-line stand-in that does the same parsing (it costs the naive way nothing extra).
    shim = (
        "<script>window.$ = function (h) { var t = document.createElement('template');"
        " t.innerHTML = h; return [t.content.firstChild]; };</script>"
    )
    html = html.replace("<head>", "<head>" + shim, 1)
    path = ROOT / "cache" / f"naive-map-{size}.html"
    path.write_text(html, encoding="utf-8")
    ctx = b.new_context(viewport={"width": 1440, "height": 900})
    ctx.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort())
    page = ctx.new_page()
    t0 = time.perf_counter()
    page.goto(path.as_uri(), timeout=600_000)
    page.wait_for_selector(".marker-cluster", timeout=600_000)
    elapsed = time.perf_counter() - t0
    ctx.close()
    return {"naive_browser_open_s": round(elapsed, 2)}


def _machine() -> dict:
    return {
        "machine": f"{platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}"
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--browser", action="store_true", help="also time the real app in Chromium")
    ap.add_argument("--no-naive", action="store_true", help="skip the naive way (slow at 1M)")
    ap.add_argument("-o", "--output", type=Path, help="write the results as JSON here")
    ap.add_argument(
        "--interleave",
        type=int,
        metavar="ROUNDS",
        help="only time page opens, alternating the 12-event app and each size's app",
    )
    from geo.output import output_or_exit

    args = ap.parse_args(argv)
    output_or_exit(args.output)  # (checked before the work, not after it)
    if args.interleave:
        results = [interleaved(size, args.interleave) for size in args.sizes]
        print(json.dumps(results, indent=1))
        if args.output:
            args.output.write_text(json.dumps({"meta": _machine(), "results": results}, indent=1))
        return 0
    results = []
    for size in args.sizes:
        r = measure(size, args.repeat, naive=not args.no_naive) if size else {"events": 0}
        naive_html = r.pop("_naive_html", None)
        if args.browser:
            r.update(browser(size, naive_html if size <= 100_000 else None))
        if "naive_map_build_s" in r:  # ours includes rendering, so the naive side does too
            r["naive_map_total_s"] = r["naive_map_build_s"] + r["naive_map_render_s"]
        if "naive_browser_open_s" in r:  # the naive page: Python builds it, then the browser
            r["naive_page_open_s"] = r["naive_map_total_s"] + r["naive_browser_open_s"]
        r = {k: round(v, 4) if isinstance(v, float) else v for k, v in r.items()}
        for ours, naive in RATIOS.items():
            if r.get(naive) and r.get(ours):
                r[f"ratio_{ours}"] = round(r[naive] / r[ours], 1)
        if size == 100_000:
            r["targets_met"] = {k: r[k] <= v for k, v in TARGETS.items() if k in r}
        results.append(r)
        print(json.dumps(r, indent=1), flush=True)
    if args.output:
        args.output.write_text(json.dumps({"meta": _machine(), "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
