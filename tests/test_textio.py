"""Reading reports: encodings detected, hostile or empty input refused in one clear line."""

from __future__ import annotations

import pytest

from geo.textio import MAX_REPORT_BYTES, ReportError, decode, html_to_text, read_report, report_text

CYRILLIC = "Київ, 2025-03-01\nУдар по Харкову: троє поранених."


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251"]
)
def test_cyrillic_in_any_common_encoding(encoding):
    text, found = decode(CYRILLIC.encode(encoding))
    assert text == CYRILLIC, found


def test_western_cp1252():
    text, found = decode("Attaque à Kharkiv, dégâts importants.".encode("cp1252"))
    assert found == "cp1252" and "dégâts" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"   \n\t ", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "looks binary"),
        (bytes(range(0, 32)) * 20, "looks binary"),
        (b"x" * (MAX_REPORT_BYTES + 1), "more than the 5 MB allowed"),
    ],
)
def test_bad_input_is_refused_in_one_line(data, message):
    with pytest.raises(ReportError, match=message) as info:
        decode(data, "upload.txt")
    assert "\n" not in str(info.value)


def test_html_reports_become_their_text():
    page = "<html><head><title>T</title><script>alert(1)</script></head><body><h1>Strike</h1><p>Drones hit <b>Sumy</b>.</p></body></html>"
    text = report_text(page.encode(), "page.html")
    assert "alert" not in text and "Drones hit Sumy." in text
    assert html_to_text("<p>a</p><p>b</p>") == "a\nb"


def test_read_report_errors(tmp_path):
    with pytest.raises(ReportError, match="no such file"):
        read_report(tmp_path / "missing.txt")
    with pytest.raises(ReportError, match="is a folder"):
        read_report(tmp_path)
    (tmp_path / "ok.txt").write_bytes(CYRILLIC.encode("cp1251"))
    assert read_report(tmp_path / "ok.txt") == CYRILLIC
