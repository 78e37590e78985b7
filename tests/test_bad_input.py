"""Every refusal at the command line: status 2, one line that says what is wrong, nothing written."""

from __future__ import annotations

import pytest

from conftest import ROOT, run_cli

REPORT = ROOT / "data" / "reports" / "r3_kharkiv_dnipro.txt"


@pytest.fixture(scope="module")
def bad_files(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("bad")
    big = tmp_path / "huge.txt"
    with open(big, "wb") as f:  # 50 MB of text, written once for the module
        f.write(b"Drones struck Kharkiv. " * (50 * 2**20 // 23))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t ")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    # bytes that no code page reads as text (0x98 is unassigned in cp1251, the rest in cp1252)
    (tmp_path / "mojibake.txt").write_bytes(b"\x98\x81\x8d\x8f\x90\x9d" * 200)
    (tmp_path / "page.html").write_text(
        "<html><body><script>alert(1)</script></body></html>", encoding="utf-8"
    )
    return tmp_path


CASES = [
    (("extract", "{dir}/missing.txt"), "no such file"),
    (("extract", "{dir}"), "is a folder"),
    (("extract", "{dir}/empty.txt"), "is empty"),
    (("extract", "{dir}/blank.txt"), "is empty"),
    (("extract", "{dir}/image.txt"), "looks binary"),
    (("extract", "{dir}/mojibake.txt"), "not in an encoding Sitrep Map can read"),
    (("extract", "{dir}/huge.txt"), "more than the 5 MB a report may have"),
    (("extract", "{dir}/page.html"), "has no visible text"),
    (("extract", str(REPORT), "--frob"), "unrecognized arguments: --frob"),
    (("extract", str(REPORT), "--published", "26/11/2024"), "--published"),
    (("extract",), "the following arguments are required: REPORT"),
    (("import", "{dir}/image.txt"), "looks binary"),
    (("import", "{dir}/huge.txt", "--format", "csv"), "is not valid CSV"),
    (("import", "{dir}/missing.csv"), "no such file"),
    (("export", "--since", "yesterday"), "--since"),
    (("export", "--format", "shp"), "invalid choice"),
    (("export", "--bbox", "40,0,30,1"), "west should be less than east"),
    (("export", "--bbox", "Kyiv"), "is not WEST,SOUTH,EAST,NORTH"),
    (("map", "--type", "party"), "invalid choice"),
]


@pytest.mark.parametrize(("args", "message"), CASES, ids=[" ".join(a[:3]) for a, _ in CASES])
def test_each_refusal_is_one_clear_line(tmp_path, bad_files, args, message):
    folder = bad_files
    store = tmp_path / "store.gpkg"
    out = run_cli(
        *(a.format(dir=folder) for a in args),
        env={"SITREP_STORE": str(store)},
    )
    assert out.returncode == 2, (args, out.stdout, out.stderr)
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1, out.stderr
    assert message in lines[0], lines[0]
    assert "Traceback" not in out.stderr and out.stdout == ""
    assert not store.exists()  # nothing written


def test_refused_save_keeps_the_store_and_writes_no_output(tmp_path):
    store = tmp_path / "store.gpkg"
    env = {"SITREP_STORE": str(store)}
    first = run_cli("extract", str(REPORT), "--save", "-o", str(tmp_path / "a.geojson"), env=env)
    assert first.returncode == 0, first.stderr
    before = store.read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = run_cli("extract", str(empty), "--save", "-o", str(tmp_path / "b.geojson"), env=env)
    assert out.returncode == 2 and "is empty" in out.stderr
    assert store.read_bytes() == before
    assert not (tmp_path / "b.geojson").exists()
