"""A GeoPackage export opens without a warning in the GDAL of Debian 12 and the QGIS built on it
(3.6): GDAL 3.12, which writes the export, made GeoPackage 1.4 files, which ``ogrinfo`` 3.6
opened with "This version of GeoPackage user_version=0x000028A0 (10400, v1.4.0) ... may only be
partially supported" (newuser36). The export is written as GeoPackage 1.3."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess

import pytest

from conftest import one_event
from geo.export import export_bytes


def test_the_gpkg_export_is_geopackage_1_3_and_opens_without_a_warning(tmp_path):
    path = tmp_path / "events.gpkg"
    path.write_bytes(export_bytes(one_event(), "gpkg"))
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 10300
    if not shutil.which("ogrinfo"):
        pytest.fail("ogrinfo (gdal-bin) is missing: .ci/run installs it")
    out = subprocess.run(["ogrinfo", "-ro", "-so", str(path)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert "events (Point)" in out.stdout
    assert "partially supported" not in out.stderr, out.stderr
