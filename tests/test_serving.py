"""How the app is served: this machine only unless asked, and no traceback in a page (issue 13)."""

from __future__ import annotations

import socket
import subprocess

import pytest
from playwright.sync_api import expect

from conftest import MAP_FRAME, ROOT, running_app

pytestmark = pytest.mark.browser


def _other_address() -> str:
    """An address of this machine that is not loopback (where a network would reach it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.connect(("192.0.2.1", 9))  # no packet is sent: only picks the outgoing interface
        address = s.getsockname()[0]
    assert not address.startswith("127."), "this machine has no address besides loopback"
    return address


def test_the_app_listens_on_this_machine_only(app_server):
    port = int(app_server["url"].rsplit(":", 1)[1])
    with socket.create_connection(("127.0.0.1", port), timeout=5):
        pass
    with pytest.raises(OSError):
        socket.create_connection((_other_address(), port), timeout=5).close()


def test_make_run_serves_this_machine_unless_told_and_watches_nothing():
    def run_command(*overrides: str) -> str:
        out = subprocess.run(
            ["make", "-n", "-W", "setup", "run", *overrides],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        lines = out.stdout.replace("\\\n", " ").splitlines()
        return next(line for line in lines if "streamlit run" in line)

    default = run_command()
    assert "--server.address 127.0.0.1" in default
    assert "--server.fileWatcherType none" in default
    assert "--client.showErrorDetails none" in default
    assert "--server.address 0.0.0.0" in run_command("ADDRESS=0.0.0.0")


def test_the_server_does_not_stop_for_a_full_collection_after_each_run():
    """Streamlit collects all garbage after every run of a page by default; with the gazetteer,
    geopandas and folium loaded that held the server 60 to 130 ms at every open and rerun, when
    the browser asks for the map's scripts. The option, as Streamlit reads it from the project."""
    import sys

    read = "from streamlit import config; print(config.get_option('runner.postScriptGC'))"
    out = subprocess.run(
        [sys.executable, "-c", read], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "False"


def test_an_error_shows_no_traceback_and_is_logged(offline_page, tmp_path, monkeypatch):
    """A failure inside a page (here: a theatre file that is not TOML) reaches the log, not the
    visitor: no traceback, no server path in the page."""
    broken = tmp_path / "theatre.toml"
    broken.write_text("this is = = not toml", encoding="utf-8")
    monkeypatch.setenv("SITREP_THEATRE", str(broken))
    with running_app(tmp_path / "store.gpkg", tmp_path / "streamlit.log") as server:
        page = offline_page
        page.goto(server["url"])
        alert = page.get_by_test_id("stException")
        expect(alert).to_be_visible(timeout=60_000)
        shown = page.locator("body").inner_text()
        assert "Traceback" not in shown and str(ROOT) not in shown and ".py" not in shown
        page.wait_for_timeout(500)
        log = server["log"].read_text(encoding="utf-8")
        assert "Traceback" in log and "theatre" in log


def test_the_basemap_reaches_the_map_as_sent_and_unpacked(offline_page, app_server):
    """The basemap files come as gzip copies the server sends as they are (no Content-Encoding:
    it compressed nothing for them) and the map unpacks them: the outlines and names are drawn."""
    page = offline_page
    sent = []
    page.on("response", lambda r: sent.append((r.url, r.all_headers())))
    page.goto(app_server["url"])
    frame = page.locator(MAP_FRAME).last.content_frame
    expect(frame.locator("[data-sm-ready='1']")).to_have_count(1, timeout=120_000)
    expect(frame.locator("[data-sm-names]:not([data-sm-names='0'])")).to_have_count(
        1, timeout=30_000
    )
    basemap = [(url, headers) for url, headers in sent if "/basemap/" in url]
    assert sorted(url.rsplit("/", 1)[1] for url, _ in basemap) == [
        "countries.geojson.gz",
        "places.json.gz",
    ]
    assert all("content-encoding" not in headers for _, headers in basemap), basemap
    srcdoc = next(f for f in page.frames if f.url == "about:srcdoc")
    srcdoc.wait_for_function("() => window.sitrepMap.basemap.rings.length > 0", timeout=30_000)
    assert page.errors == []


def test_the_browsers_gunzip_and_the_fallback_read_a_basemap_file_alike(offline_page, app_server):
    """The map unpacks a basemap file with the browser's own gunzip where there is one (off the
    script's thread, as it arrives); without it, with fflate in script: the same data either way."""
    page = offline_page
    page.goto(app_server["url"])
    frame = page.locator(MAP_FRAME).last.content_frame
    expect(frame.locator("[data-sm-ready='1']")).to_have_count(1, timeout=120_000)
    srcdoc = next(f for f in page.frames if f.url == "about:srcdoc")
    native, script = srcdoc.evaluate(
        """async () => {
          const url = '/app/static/vendor/basemap/places.json.gz';
          const read = () => new Promise((done) => SitrepMap.fetchJson(url, done));
          const gunzip = fflate.gunzipSync;
          let inScript = 0;
          fflate.gunzipSync = (b) => { inScript += 1; return gunzip(b); };
          const native = await read();
          const nativeUsedScript = inScript;
          const own = window.DecompressionStream;
          window.DecompressionStream = undefined;
          try {
            const viaScript = await read();
            return [[JSON.stringify(native), nativeUsedScript], [JSON.stringify(viaScript), inScript]];
          } finally { window.DecompressionStream = own; fflate.gunzipSync = gunzip; }
        }"""
    )
    assert native[1] == 0 and script[1] == 1  # the browser's gunzip first, fflate only without it
    assert native[0] == script[0] and '"towns"' in native[0]
    assert page.errors == []
