"""newuser27's import messages: a picture or a document renamed .geojson or .csv is named for
what it is, in one line ("has NUL bytes (the first at byte 8): export it again as text" said
nothing of it), and a CSV whose columns no format reads says which columns are needed, not to
choose a format in the Format box (no format would read it)."""

from __future__ import annotations

import io
import zipfile

import pytest

from geo import formats
from geo.formats import detection


def _office(part: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(f"{part}/document.xml", "<x/>")
    return out.getvalue()


KINDS = [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40), "a JPEG image"),
    (b"GIF89a\x01\x00\x01\x00" + bytes(40), "a GIF image"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj" + bytes(40), "a PDF document"),
    (_office("word"), "a Word document"),
    (_office("xl"), "an Excel workbook"),
    (_office("ppt"), "a PowerPoint presentation"),
]


@pytest.mark.parametrize(("data", "kind"), KINDS)
@pytest.mark.parametrize("name", ["events.geojson", "events.csv"])
@pytest.mark.parametrize("fmt", [None, "geojson", "csv"])
def test_a_binary_file_is_named_for_what_it_is(gazetteer, data, kind, name, fmt):
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(data, name, gazetteer, fmt)
    said = str(caught.value)
    assert said.startswith(f"{name} is {kind}, not ")
    assert "GeoJSON" in said and "CSV" in said and "\n" not in said
    assert "NUL" not in said


def test_a_zip_archive_still_says_to_unzip_it(gazetteer):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("doc.kml", "<kml/>")
    with pytest.raises(formats.ImportFormatError, match="zip archive: unzip it"):
        formats.read(out.getvalue(), "x.zip", gazetteer)


def test_a_csv_no_format_reads_says_the_columns_needed(gazetteer):
    with pytest.raises(formats.ImportFormatError) as caught:
        formats.read(b"foo,bar,baz\n1,2,3\n4,5,6\n", "wrong_header.csv", gazetteer)
    said = str(caught.value)
    assert not isinstance(caught.value, formats.UnknownFormatError)  # no Format box hint
    assert "Format box" not in said and "--format" not in said and "\n" not in said
    assert said.startswith("wrong_header.csv has none of the columns an import reads (foo, bar")
    assert "event_date and event_type" in said and "event_id_cnty and sub_event_type" in said


def test_a_csv_near_a_format_still_points_to_the_format_box():
    with pytest.raises(formats.UnknownFormatError) as caught:
        detection.detect(b"event_type,place\nstrike,Kyiv\n", "near.csv")  # (no type: said so)
    assert caught.value.page_words.endswith("choose the format in the Format box")
