"""``geo extract FOLDER`` names the command that reads a folder of reports (newuser37).

A newcomer with a folder of reports tried ``python -m geo extract reports/`` and read
"error: reports is a folder: give a report", exit 2, with no word of ``geo ingest``, which takes
exactly that folder.
"""

from __future__ import annotations

from conftest import run_cli


def test_extract_of_a_folder_points_to_ingest(tmp_path, scratch_store):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "r1.txt").write_text("A drone hit Sumy on 14 October 2026.\n")
    done = run_cli("extract", str(folder), env={"SITREP_STORE": str(scratch_store)})
    assert done.returncode == 2
    line = done.stderr.strip()
    assert line == (
        f"error: {folder} is a folder: give a report; a folder of reports is read by "
        f"python -m geo ingest {folder}"
    ), line
    assert not scratch_store.exists()  # nothing stored
