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


@pytest.mark.parametrize(
    "hidden",
    [
        "Khar\u200bkiv",  # zero-width space
        "Khar\u00adkiv",  # soft hyphen (HTML's &shy;)
        "Khar\u200dki\u2060v",  # zero-width joiner, word joiner
        "\u202eKharkiv\u202c",  # right-to-left override around the name
        "\u2067Kharkiv\u2069",  # right-to-left isolate
        "\ufeffKharkiv",  # a byte-order mark inside the text
    ],
)
def test_invisible_format_characters_are_dropped_from_reports(hidden):
    """Characters that draw nothing (copied from web pages, messengers, or put there to hide a
    word) would cut a place name in two for the extractor: "Khar" and "kiv". A report is read
    without them; a data file (an import) keeps its cells as they are."""
    report = f"Kyiv, 2024-03-15\nA missile hit {hidden} at night."
    assert "A missile hit Kharkiv at night." in report_text(report.encode("utf-8"), "r.txt")
    assert decode(report.encode("utf-8"), "e.csv", controls_ok=True)[0] == report


def test_json_lines_reports_are_read_like_report_files(tmp_path):
    """A JSON line may spell any character as an escape: invisible ones are dropped as from a
    file, and a lone surrogate ("\\ud800", not text) fails that line alone (it stopped the whole
    ingest with a UnicodeEncodeError)."""
    from geo.ingest.sources import Failed, Item, open_archive

    path = tmp_path / "two.jsonl"
    path.write_text(
        '{"id": "cut", "text": "A missile hit Khar\\u200bkiv.\\r\\nTwo died."}\n'
        '{"id": "half", "text": "A missile hit Kharkiv \\ud800."}\n'
        '{"id": "year one", "text": "A missile hit Kharkiv.", "published": "0001-01-01"}\n',
        encoding="utf-8",
    )
    cut, half, year_one = list(open_archive([path]))
    assert isinstance(year_one, Failed) and "no plausible publication date" in year_one.reason
    assert isinstance(cut, Item) and cut.text == "A missile hit Kharkiv.\nTwo died."
    assert isinstance(half, Failed) and "surrogate" in half.reason and "\n" not in half.reason
