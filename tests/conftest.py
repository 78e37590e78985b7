"""Shared fixtures: the built gazetteer, the reference report, scratch stores."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE_REPORT = SHARED / "reports" / "2024-11-26_sda_nato-ukraine.txt"
sys.path.insert(0, str(ROOT))


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
