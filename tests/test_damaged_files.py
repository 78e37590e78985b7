"""A file that is damaged or cut short (a download stopped half way, a disk error) is refused in
one plain line that says so, whatever its format, and the store is left as it was."""

from __future__ import annotations

import io
import zipfile

import pytest

from conftest import run_cli

DAMAGED = "the file is damaged or cut short"


def _gpkg(gazetteer) -> bytes:
    from geo.events import load_reference
    from geo.export import export_bytes

    return export_bytes(load_reference(gazetteer), "gpkg")


def _damaged(kind: str, gazetteer) -> tuple[bytes, str]:
    if kind == "gpkg":
        whole = _gpkg(gazetteer)
        return whole[: len(whole) // 3], "events.gpkg"
    if kind == "parquet":
        from geo.events import load_reference
        from geo.export import export_bytes

        whole = export_bytes(load_reference(gazetteer), "parquet")
        return whole[: len(whole) // 2], "events.parquet"
    if kind == "kml":
        from geo.events import load_reference
        from geo.export import export_bytes

        whole = export_bytes(load_reference(gazetteer), "kml")
        return whole[: len(whole) // 2], "events.kml"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("doc.kml", "<kml/>" * 1000)
    return archive.getvalue()[:-40], "events.kmz"


@pytest.mark.parametrize("kind", ["gpkg", "parquet", "kml"])
def test_a_damaged_file_is_one_plain_line(gazetteer, kind):
    from geo import formats

    data, name = _damaged(kind, gazetteer)
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(data, name, gazetteer)
    said = str(caught.value)
    assert said.startswith(name) and DAMAGED in said and "\n" not in said, said
    assert "sqlite" not in said.lower() and "magic" not in said.lower(), said


def test_a_zip_archive_says_to_unzip_it(gazetteer):
    from geo import formats

    data, name = _damaged("zip", gazetteer)
    with pytest.raises(formats.ImportFormatError, match="zip archive: unzip it"):
        formats.read(data, name, gazetteer)


def test_a_cut_short_geopackage_at_the_command_line_keeps_the_store(tmp_path, gazetteer):
    store = tmp_path / "store.gpkg"
    whole = tmp_path / "whole.gpkg"
    whole.write_bytes(_gpkg(gazetteer))
    env = {"SITREP_STORE": str(store)}
    assert run_cli("import", str(whole), env=env).returncode == 0
    before = store.read_bytes()
    cut = tmp_path / "cut.gpkg"
    cut.write_bytes(whole.read_bytes()[:35_000])
    out = run_cli("import", str(cut), env=env)
    assert out.returncode == 2 and "Traceback" not in out.stderr, out.stderr[-2000:]
    assert out.stderr.strip() == f"error: cut.gpkg is not a readable GeoPackage: {DAMAGED}"
    assert store.read_bytes() == before
