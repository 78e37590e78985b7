"""How the app is served: this machine only unless asked, and no traceback in a page (issue 13)."""

from __future__ import annotations

import socket
import subprocess

import pytest
from playwright.sync_api import expect

from conftest import ROOT, running_app

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
