"""Shared fixtures: the built gazetteer, the reference report, scratch stores."""

from __future__ import annotations

import itertools
import os
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE_REPORT = SHARED / "reports" / "2024-11-26_sda_nato-ukraine.txt"
sys.path.insert(0, str(ROOT))

# Hypothesis: in CI (CI=true) every run tries the same examples, so CI never fails at random;
# local runs keep exploring new ones. Loaded here, before any test module builds its settings.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("dev")
settings.load_profile("ci" if os.environ.get("CI", "").lower() == "true" else "dev")


# The fewest fields a valid event needs; tests add the ones they are about.
BASE_EVENT = {
    "event_date": "2025-01-01",
    "time_precision": 1,
    "event_type": "strike",
    "geo_precision": 1,
    "verification": "claimed",
    "place": "Kyiv",
    "lat": 50.45,
    "lon": 30.52,
}


def dnipro_drone_strike(event_id: str, day: str, **fields) -> dict:
    """A confirmed drone strike on Dnipro on ``day``, placed to the town, with ``fields`` on
    top: the time chart's and the link's days' tests' record."""
    return {
        "event_id": event_id,
        "event_date": day,
        "time_precision": 1,
        "event_type": "strike",
        "weapon_category": "drone",
        "geo_precision": 1,
        "verification": "confirmed",
        "place": "Dnipro",
        "lat": 48.4666,
        "lon": 35.0407,
        **fields,
    }


def spans_of(text: str, names: list[str]) -> list[tuple[int, int]]:
    """The spans of ``names`` in ``text``, each found after the one before (a name may repeat)."""
    spans, pos = [], 0
    for name in names:
        start = text.index(name, pos)
        spans.append((start, start + len(name)))
        pos = start + len(name)
    return spans


def one_event(**fields):
    """A one-event frame: :data:`BASE_EVENT` with ``fields`` on top."""
    from geo.events import to_frame

    return to_frame([{**BASE_EVENT, **fields}])


@pytest.fixture(scope="session")
def gazetteer():
    from geo.gazetteer import Gazetteer

    return Gazetteer()  # built by `make test`; a missing index is an error, not a skip


@pytest.fixture(scope="session")
def geocoder(gazetteer):
    from geo.geocode import Geocoder

    return Geocoder(gazetteer)


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE_REPORT.read_text(encoding="utf-8")


@pytest.fixture
def scratch_store(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "store.gpkg"
    monkeypatch.setenv("SITREP_STORE", str(path))
    return path


@pytest.fixture(scope="session")
def postgis_server():
    """A real PostgreSQL server with PostGIS (Debian's packages) in a temporary folder, on a free
    port, for the whole session; stopped and removed after."""
    import shutil

    from geo.store import server

    running = server.scratch()
    try:
        yield running
    finally:
        running.stop()
        shutil.rmtree(running.datadir.parent, ignore_errors=True)


def new_database(postgis_server) -> str:
    """A fresh database with PostGIS on the session's server; its ``postgresql://`` address."""
    import psycopg
    from psycopg import sql

    name = f"t{os.getpid()}_{next(_DATABASES)}"
    with psycopg.connect(postgis_server.url(database="postgres"), autocommit=True) as con:
        con.execute(sql.SQL("CREATE DATABASE {} TEMPLATE sitrep").format(sql.Identifier(name)))
    return postgis_server.url(database=name)


_DATABASES = itertools.count()


@pytest.fixture(params=["gpkg", "postgis"])
def any_store(request, tmp_path, monkeypatch) -> str:
    """``$SITREP_STORE`` set to a new store of each backend in turn: a GeoPackage path, then a
    new database on the real PostGIS server."""
    if request.param == "gpkg":
        location = str(tmp_path / "store.gpkg")
    else:
        location = new_database(request.getfixturevalue("postgis_server"))
    monkeypatch.setenv("SITREP_STORE", location)
    return location


def run_cli(*args: str, stdin: str | None = None, env: dict | None = None):
    """Run ``python -m geo`` in a subprocess, as a user or a script would."""
    import subprocess

    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "geo", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=full_env,
        timeout=300,
    )


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_app(store: Path, log_path: Path, warm: bool = False):
    """The real app on a free port, started as `make run` does; its log is shown on failure.
    With ``warm``, yielded once its log says the warm-up is done (webui.warm: the extractor has
    run once), so that a test's first extraction is not the fresh server's cold one."""
    import subprocess
    import time
    import urllib.request

    port = free_port()
    env = {**os.environ, "SITREP_STORE": str(store)}
    with open(log_path, "w") as log:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "streamlit",
                "run",
                "serve.py",  # app.py, warmed up as the server starts
                "--server.port",
                str(port),
                "--server.headless",
                "true",
                "--server.enableStaticServing",
                "true",
                "--browser.gatherUsageStats",
                "false",
                "--server.fileWatcherType",
                "none",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"the app did not start; its log:\n{log_path.read_text()}")
        time.sleep(0.3)
    if warm:
        _wait_for_warm_up(proc, log_path)
    try:
        yield {"url": url, "store": store, "log": log_path, "pid": proc.pid}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def _wait_for_warm_up(proc, log_path: Path) -> None:
    """Until the server's log says webui.warm's line; fails with the log when the server ends
    first, or (a warm-up that died: a safety bound, not a measure) after WARM_UP_BOUND_S."""
    import time

    from webui.warm import WARM_LINE

    bound = time.monotonic() + WARM_UP_BOUND_S
    while WARM_LINE not in log_path.read_text(errors="replace"):
        if proc.poll() is not None or time.monotonic() > bound:
            pytest.fail(f"the app's warm-up did not end; its log:\n{log_path.read_text()}")
        time.sleep(0.5)


WARM_UP_BOUND_S = 900


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    store = tmp_path_factory.mktemp("store") / "store.gpkg"
    with running_app(store, tmp_path_factory.mktemp("server") / "streamlit.log") as server:
        yield server


CHROMIUM = "/usr/bin/chromium"
# The map's frame on a page (webui.mapview.TITLE).
MAP_FRAME = 'iframe[title="Event map"]'
# Streamlit's script chunks of the Map page's filter and export widgets (select and date inputs,
# download buttons), which an open must not ask for while their boxes are folded.
FILTER_WIDGET_SCRIPTS = (
    "/static/js/Multiselect.",
    "/static/js/DateInput.",
    "/static/js/Selectbox.",
    "/static/js/DownloadButton.",
)


def read_import_file(page, url: str, name: str, data: bytes) -> None:
    """Open the Import page, choose the file ``name`` holding ``data`` and press Read the file."""
    from playwright.sync_api import expect

    page.goto(url + "/imports")
    kinds = {"csv": "text/csv", "kml": "application/vnd.google-earth.kml+xml"}
    kind = kinds.get(name.rsplit(".", 1)[-1], "application/octet-stream")
    chooser = page.locator("input[type=file]")
    expect(chooser).to_be_attached(timeout=120_000)  # (a cold app's first page takes its time)
    chooser.set_input_files({"name": name, "mimeType": kind, "buffer": data})
    read = page.get_by_role("button", name="Read the file")
    expect(read).to_be_enabled(timeout=60_000)
    read.click()


def open_filters(page) -> None:
    """Open the Map page's folded "Filters" box in the sidebar and wait for its widgets."""
    from playwright.sync_api import expect

    page.get_by_test_id("stSidebar").get_by_text("Filters", exact=True).click()
    expect(page.get_by_test_id("stMultiSelect").first).to_be_visible(timeout=60_000)


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (.ci/run does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def offline_page(browser):
    """A page that reaches only this machine: the internet is cut, as on an offline laptop."""
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (errors.append(f"dialog: {d.message}"), d.dismiss()))

    def only_local(route):
        if route.request.url.startswith(("file:", "data:", "blob:")):
            return route.continue_()
        host = route.request.url.split("/")[2]
        if host.startswith(("127.0.0.1", "localhost")):
            return route.continue_()
        return route.abort()

    context.route("**/*", only_local)
    page.errors = errors
    yield page
    context.close()


@pytest.fixture(scope="session")
def extractor(geocoder):
    """One extractor for the tests that only read reports with it (a module may keep its own)."""
    from geo.extract import Extractor

    return Extractor(geocoder)


def history_rows(at) -> list[dict[str, str]]:
    """The History page's table as its reader sees it: one dict per row, by column header."""
    from html.parser import HTMLParser

    class Cells(HTMLParser):
        def __init__(self):
            super().__init__()
            self.rows: list[list[str]] = []
            self.cell: list[str] | None = None

        def handle_starttag(self, tag, attrs):
            if tag == "tr":
                self.rows.append([])
            elif tag in ("td", "th"):
                self.cell = []

        def handle_endtag(self, tag):
            if tag in ("td", "th") and self.cell is not None:
                self.rows[-1].append("".join(self.cell))
                self.cell = None

        def handle_data(self, data):
            if self.cell is not None:
                self.cell.append(data)

    (body,) = [h.proto.body for h in at.get("html") if "sm-history" in h.proto.body]
    cells = Cells()
    cells.feed(body)
    head, *rows = cells.rows
    return [dict(zip(head, r, strict=True)) for r in rows]


def open_map_file(page, frame, tmp_path) -> None:
    """Write the standalone map of ``frame`` to ``tmp_path`` and open it, ready."""
    from playwright.sync_api import expect

    from geo.standalone import standalone_html

    path = tmp_path / "map.html"
    path.write_text(standalone_html(frame), encoding="utf-8")
    page.goto(path.as_uri())
    expect(page.locator("[data-sm-ready='1']")).to_have_count(1, timeout=60_000)
