"""Page open: the Map page beside a bare Streamlit page with one title, alternating, in one run.

Usage:
  .venv/bin/python benchmarks/pageopen.py [--rounds 8] [--store PATH] [--before CHECKOUT]
                                          [-o benchmarks/results/pageopen.json]

Two servers run side by side, both started the way `make run` starts the app (no file watcher,
headless): the app (12 reference events, or ``--store``) and a one-line Streamlit script that
shows a title. Chromium opens them in turn, each in a fresh context (nothing cached): the app
until its map has drawn every event, the bare page until its title shows. Alternating puts
both under the same machine load; the ratio of the medians is what our page costs beyond
Streamlit's own. Target (issue 12): at most 1.3. With ``--before``, a third server runs the app
of another checkout (say a copy of main: ``git worktree add /tmp/before main``), opened in
the same rounds, so that a change is measured against the code before it under the same load.
Beside the seconds, ``costs`` gives each app's median per open of what the machine's load
sways less: the server process's CPU, the page's main-thread task time (Chromium's
``TaskDuration``, the map's frame included), the requests and the kilobytes received, and
``milestones``: median seconds from the request to each step of an open (the server's first and
last message, Streamlit's ``st.iframe`` script, the frame attached, the map's bundle, the call of
``SitrepMap.start``), which say where an open waits.
When a page is open is taken in the page itself (``SEEN``): Playwright's ``wait_for`` looks again
only after 0, 20, 50, 100, 100 and then every 500 ms, so the moment it returns (``polled_s``, the
measure of the sessions before the ninth) lags the page by up to half a second, in steps.
``server_parts`` times the page script's parts on the server (``time.perf_counter`` around them,
the script run in a process of its own by Streamlit's ``AppTest``, the first run apart): median
seconds per warm run of each part, and from the start of ``app.py`` to the map's ``st.iframe``
(what runs before the map's element is sent).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import conftest  # noqa: E402

TARGET = 1.3
BARE = 'import streamlit as st\n\nst.title("A bare page")\n'
# The map's frame: st.iframe titled by webui.mapview.TITLE, or st_folium's in older checkouts.
MAP_FRAME = 'iframe[title="Event map"], iframe[title="streamlit_folium.st_folium"]'


@contextmanager
def serve(script: Path, store: Path, log: Path):
    """``streamlit run script`` with the production flags of `make run`, on a free port."""
    port = conftest.free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(script), "--server.port", str(port)]
    cmd += ["--server.headless", "true", "--server.enableStaticServing", "true"]
    cmd += ["--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"]
    env = {**os.environ, "SITREP_STORE": str(store)}
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, cwd=script.parent, env=env, stdout=out, stderr=out)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                    break
            except OSError:
                time.sleep(0.3)
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def cpu_seconds(pid: int) -> float:
    """CPU time (user and system) a process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# Files whose arrival marks a step of the open: Streamlit's script for st.iframe (loaded when the
# first element that needs it arrives) and the map's bundle (asked for by the frame's page).
MILESTONE_FILES = {"/static/js/IFrame.": "iframe_script_s", "sitrep-map.js": "map_bundle_s"}


# In the map's frame, as milliseconds since the epoch: when its page started, when the map's
# bundle had arrived, and when SitrepMap.start was called (ready, as SEEN saw it, less its
# data-sm-draw-ms).
FRAME_TIMES = """(box) => {
  const o = performance.timeOrigin, ready = (window.__smSeen || {}).matched || o + performance.now();
  const b = performance.getEntriesByType('resource').find(e => e.name.includes('sitrep-map.js'));
  return {frame_page_s: o, ...(b ? {bundle_in_frame_s: o + b.responseEnd} : {}),
          map_start_s: ready - Number(box.dataset.smDrawMs || 0)};
}"""


# Run in every document of an open before its own scripts: when ``selector`` first matches
# (a MutationObserver), then the end of the next animation frame, the one that draws it (a task
# posted from requestAnimationFrame runs after that frame is painted), as epoch milliseconds in
# ``window.__smSeen``. Only in the map's frame (``about:srcdoc``) or only in the top page.
SEEN = """([selector, inFrame]) => {
  if ((location.href === 'about:srcdoc') !== inFrame) { return; }
  const now = () => performance.timeOrigin + performance.now();
  const look = () => {
    if (window.__smSeen || !document.querySelector(selector)) { return; }
    const seen = window.__smSeen = {matched: now()};
    observer.disconnect();
    requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => { seen.painted = now(); };
      c.port2.postMessage(0);
    });
  };
  const observer = new MutationObserver(look);
  observer.observe(document, {subtree: true, childList: true, attributes: true, characterData: true});
}"""


# SEEN's times, once the frame that draws the match has been painted.
PAINTED = """() => new Promise((done) => {
  const look = () => (window.__smSeen || {}).painted ? done(window.__smSeen) : setTimeout(look, 5);
  look();
})"""


def _watch(page) -> dict[str, float]:
    """When (``time.perf_counter``) the page's first and last server message arrived, the
    milestone files, and the first frame was attached: the steps of an open, for ``milestones``."""
    marks: dict[str, float] = {}

    def received(_payload) -> None:
        now = time.perf_counter()
        marks.setdefault("data_first_s", now)
        marks["data_last_s"] = now

    def finished(request) -> None:
        for part, name in MILESTONE_FILES.items():
            if part in request.url:
                marks.setdefault(name, time.perf_counter())

    page.on("websocket", lambda ws: ws.on("framereceived", received))
    page.on("requestfinished", finished)
    page.on("frameattached", lambda _f: marks.setdefault("frame_attached_s", time.perf_counter()))
    return marks


def open_once(browser, url: str, done: str, server: int) -> dict:
    """One open of ``url`` in a fresh context, until ``done`` (a selector, in any frame) shows:
    its seconds; the messages the page sent its server (each asks for a run of the page's
    script: the open itself is one, a widget that reports back at open would add more); and,
    less swayed by the machine's load than the seconds, the CPU the server process ``server``
    and the page's main thread (its frame's included: same process) spent, and what was asked
    for (requests, bytes received)."""
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    ctx.route("**/*", lambda r: r.continue_() if "127.0.0.1" in r.request.url else r.abort())
    in_frame = done.startswith("frame:")
    selector = done[6:] if in_frame else done.split(":has-text")[0]  # CSS for SEEN
    ctx.add_init_script(script=f"({SEEN})({json.dumps([selector, in_frame])})")
    page = ctx.new_page()
    cdp = ctx.new_cdp_session(page)
    cdp.send("Performance.enable")
    sent: list[int] = []
    asked: list = []
    page.on("websocket", lambda ws: ws.on("framesent", lambda payload: sent.append(len(payload))))
    page.on("requestfinished", lambda r: asked.append(r))
    marks = _watch(page)
    cpu0, t0, epoch0 = cpu_seconds(server), time.perf_counter(), time.time()
    marks["t0"] = t0
    page.goto(url)
    if in_frame:
        frame = page.frame_locator(MAP_FRAME)
        frame.locator(selector).wait_for(timeout=300_000)
        inner = frame.locator(selector).evaluate(FRAME_TIMES)
        marks.update({k: t0 + v / 1000 - epoch0 for k, v in inner.items()})  # as from t0
    else:
        page.locator(done).wait_for(timeout=300_000)
    polled, server_cpu = time.perf_counter() - t0, cpu_seconds(server) - cpu0
    seen = (frame.locator(selector) if in_frame else page.locator(done)).evaluate(PAINTED)
    seconds = seen["painted"] / 1000 - epoch0  # the page's clock is the same host's
    marks["seen_s"] = t0 + seen["matched"] / 1000 - epoch0
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    received = sum((r.sizes()["responseBodySize"] for r in asked if "127.0.0.1" in r.url), 0)
    ctx.close()
    return {
        "s": seconds,
        "polled_s": polled,
        "runs": len(sent),
        "server_cpu_s": server_cpu,
        "page_task_s": metrics.get("TaskDuration", 0.0),
        "requests": len(asked),
        "kb": received / 1000,
        "milestones": {k: round(v - t0, 3) for k, v in marks.items() if k != "t0"},
    }


def _costs(opens: list[dict]) -> dict:
    """Medians of an app's opens: the load-insensitive measures beside the seconds, and the
    seconds from the request to each step of the open (``milestones``, see :func:`_watch`)."""
    keys = ("server_cpu_s", "page_task_s", "requests", "kb")
    costs: dict = {k: round(statistics.median(o[k] for o in opens), 3) for k in keys}
    steps = {k for o in opens for k in o["milestones"]}
    costs["milestones"] = {
        k: round(statistics.median(o["milestones"][k] for o in opens if k in o["milestones"]), 2)
        for k in sorted(
            steps, key=lambda k: statistics.median(o["milestones"].get(k, 99) for o in opens)
        )
    }
    return costs


def _before(opens: list[float], app: list[float], bare: float) -> dict:
    """The other checkout's figures, beside the app's, and what the app saves in each round
    (the two opened one after the other, under about the same load)."""
    median = statistics.median(opens)
    return {
        "before_open_s": round(median, 2),
        "before_ratio": round(median / bare, 2),
        "before_opens_s": [round(s, 2) for s in opens],
        "saved_per_round_s": [round(b - a, 2) for b, a in zip(opens, app, strict=True)],
    }


# The page script's parts timed by ``server_parts``: (module, function), wrapped where they are
# looked up at run time (the pages call ``data.events()``, ``st.iframe(...)``).
PARTS = (
    ("streamlit", "set_page_config"),  # app.py's first call: the run's start
    ("webui.data", "events"),
    ("webui.filters", "chosen"),
    ("webui.data", "map_payload"),
    ("webui.mapview", "build_map"),
    ("webui.mapview", "page_html"),
    ("webui.mapview", "show"),
    ("streamlit", "iframe"),
    ("webui.filters", "sidebar"),
)


def _timed(marks: list, name: str, f):
    @functools.wraps(f)
    def timed(*args, **kwargs):
        start = time.perf_counter()
        try:
            return f(*args, **kwargs)
        finally:
            marks.append((name, start, time.perf_counter()))

    return timed


def server_parts(checkout: Path, runs: int) -> dict:
    """Seconds of the page script's parts per run of ``checkout``'s app, the first (cold) run
    left out: in this process, so run it in a process of its own (see ``--parts-of``)."""
    from streamlit.testing.v1 import AppTest

    sys.path.insert(0, str(checkout))
    marks: list = []
    for module, name in PARTS:
        where = importlib.import_module(module)
        if hasattr(where, name):
            setattr(where, name, _timed(marks, f"{module}.{name}", getattr(where, name)))
    per_run: list[dict[str, float]] = []
    for _ in range(runs + 1):
        marks.clear()
        app = AppTest.from_file(str(checkout / "app.py"), default_timeout=300)
        app.run()
        assert not app.exception, app.exception
        start = min(a for n, a, _ in marks if n == "streamlit.set_page_config")
        row = {"script_s": max(b for _, _, b in marks) - start}
        row["until_iframe_s"] = min(a for n, a, _ in marks if n == "streamlit.iframe") - start
        for name, a, b in marks:
            row[name] = row.get(name, 0.0) + b - a
        per_run.append(row)
    return {k: round(statistics.median(r.get(k, 0.0) for r in per_run[1:]), 4) for k in per_run[1]}


def _parts_in_child(checkout: Path, store: Path, runs: int) -> dict:
    """:func:`server_parts` of ``checkout`` in a new process (the apps' modules never mix)."""
    cmd = [sys.executable, __file__, "--parts-of", str(checkout), "--parts", str(runs)]
    env = {**os.environ, "SITREP_STORE": str(store)}
    out = subprocess.run(cmd, env=env, cwd=checkout, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    from playwright.sync_api import sync_playwright

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=8)
    ap.add_argument("--store", type=Path, help="the app's store (default: none, 12 events)")
    ap.add_argument("--before", type=Path, help="another checkout whose app to open as well")
    ap.add_argument("--parts", type=int, default=8, help="warm runs timed in server_parts")
    ap.add_argument("--parts-of", type=Path, help=argparse.SUPPRESS)  # the child's checkout
    ap.add_argument("-o", "--output", type=Path)
    from geo.output import output_or_exit

    args = ap.parse_args(argv)
    output_or_exit(args.output)  # (checked before the work, not after it)
    if args.parts_of:
        print(json.dumps(server_parts(args.parts_of.resolve(), args.parts)))
        return 0
    names = ["app", "bare", *(["before"] if args.before else [])]
    opens: dict[str, list[float]] = {n: [] for n in names}
    runs: dict[str, list[int]] = {n: [] for n in names}
    costs: dict[str, list[dict]] = {n: [] for n in names}
    with ExitStack() as stack, sync_playwright() as p:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        (tmp / "bare.py").write_text(BARE, encoding="utf-8")
        store = args.store or tmp / "none.gpkg"
        urls = {
            "app": stack.enter_context(serve(ROOT / "app.py", store, tmp / "app.log")),
            "bare": stack.enter_context(serve(tmp / "bare.py", store, tmp / "bare.log")),
        }
        if args.before:
            before = args.before.resolve() / "app.py"
            urls["before"] = stack.enter_context(serve(before, store, tmp / "before.log"))
        ready = "frame:[data-sm-ready='1']"
        done = {"app": ready, "before": ready, "bare": "h1:has-text('A bare page')"}
        b = p.chromium.launch(executable_path=conftest.CHROMIUM, args=conftest.CHROMIUM_ARGS)
        for r in range(args.rounds + 1):  # round 0 warms both servers up (imports, the store)
            for name, (url, pid) in urls.items():
                one = open_once(b, url, done[name], pid)
                if r:
                    opens[name].append(one["s"])
                    runs[name].append(one["runs"])
                    costs[name].append(one)
        b.close()
        checkouts = {"app": ROOT, **({"before": args.before.resolve()} if args.before else {})}
        parts = {n: _parts_in_child(c, store, args.parts) for n, c in checkouts.items()}
    app, bare = statistics.median(opens["app"]), statistics.median(opens["bare"])
    polled = {n: statistics.median(c["polled_s"] for c in costs[n]) for n in names}
    result = {
        "rounds": args.rounds,
        "app_open_s": round(app, 2),
        "bare_open_s": round(bare, 2),
        "ratio": round(app / bare, 2),
        "within_target": app / bare <= TARGET,
        "app_opens_s": [round(s, 2) for s in opens["app"]],
        "bare_opens_s": [round(s, 2) for s in opens["bare"]],
        # as Playwright's polling saw them (the measure before the ninth session)
        "polled_open_s": {n: round(v, 2) for n, v in polled.items()},
        "polled_ratio": round(polled["app"] / polled["bare"], 2),
        **(_before(opens["before"], opens["app"], bare) if args.before else {}),
        "script_runs_asked": runs,
        "costs": {name: _costs(c) for name, c in costs.items()},
        "server_parts": parts,
        "load_average": os.getloadavg(),
    }
    print(json.dumps(result, indent=1))
    if args.output:
        args.output.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
