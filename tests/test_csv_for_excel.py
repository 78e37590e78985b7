"""A CSV download opens in Excel with its letters whole (newuser39).

A security officer's CSV of the week, double-clicked, opened in Excel in the machine's code page:
without a byte order mark Excel does not read UTF-8, and "Kyivs’kyi district" became
"Kyivsâ€™kyi district", a claimant in Cyrillic a row of "Ð" letters. The Map page's download and
``geo export -o FILE.csv`` now start with UTF-8's mark (``geo.export.file_bytes``); a pipe
(``-o -``) gets the bytes as before, and GDAL and our own import read the file as before.
"""

from __future__ import annotations

import codecs
import csv
import io

import pyogrio

from conftest import BASE_EVENT, run_cli
from geo import store
from geo.events import to_frame
from geo.export import export_bytes, file_bytes

CLAIMANT = "Запорізька ОВА"
SENTENCE = "A missile hit Kharkiv’s Kyivs’kyi district – 4 killed."


def _frame():
    return to_frame(
        [{**BASE_EVENT, "event_id": "u1", "claimed_by": CLAIMANT, "source_text": SENTENCE}]
    )


def _as_excel_reads(data: bytes) -> str:
    """The text as Excel takes a double-clicked CSV: UTF-8 only after its mark, else the
    Windows code page (cp1252 on an English machine)."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    return data.decode("cp1252", errors="replace")


def test_a_csv_file_is_marked_as_utf8_and_reads_whole():
    data = file_bytes(_frame(), "csv")
    assert data.startswith(codecs.BOM_UTF8)
    row = next(csv.DictReader(io.StringIO(_as_excel_reads(data))))
    assert (row["claimed_by"], row["source_text"]) == (CLAIMANT, SENTENCE)
    assert data[3:] == export_bytes(_frame(), "csv")  # the same rows after the mark
    assert file_bytes(_frame(), "kml") == export_bytes(_frame(), "kml")  # only the CSV


def test_the_command_line_marks_a_file_not_a_pipe_and_both_read_back(tmp_path):
    path = tmp_path / "store.gpkg"
    store.save(_frame(), path)
    env = {"SITREP_STORE": str(path)}
    out = tmp_path / "week.csv"
    done = run_cli("export", "--no-sample", "-o", str(out), env=env)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(codecs.BOM_UTF8)
    assert pyogrio.read_dataframe(out)["claimed_by"].tolist() == [CLAIMANT]  # GDAL skips it
    assert pyogrio.read_info(out)["fields"][0] == "event_id_cnty"
    again = {"SITREP_STORE": str(tmp_path / "again.gpkg")}
    done = run_cli("import", str(out), env=again)  # our import reads the marked file
    assert done.returncode == 0, done.stderr
    back = store.load(tmp_path / "again.gpkg")
    assert back["claimed_by"].tolist() == [CLAIMANT] and back["event_id"].tolist() == ["u1"]
    piped = run_cli("export", "--no-sample", "--format", "csv", "-o", "-", env=env)
    assert piped.stdout.startswith("event_id_cnty,"), piped.stdout[:40]
