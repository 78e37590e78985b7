"""A file with NUL bytes that is no binary format the import knows: told apart by its error's
class, never by the words of its message (``formats.detect`` matched "binary bytes" in it)."""

from __future__ import annotations

import pytest

from geo import formats, textio
from geo.formats import detection

_NUL_CSV = (
    b"event_date,location,event_type\n2026-03-11,Kharkiv,strike\n2026-03-12,Iz\x00um,strike\n"
)


def test_decode_raises_the_nul_bytes_error_a_report_error_still():
    with pytest.raises(textio.NulBytesError) as caught:
        textio.decode(_NUL_CSV, "stray.csv", textio.MAX_REPORT_BYTES, controls_ok=True)
    assert isinstance(caught.value, textio.ReportError)
    assert "line 3" in str(caught.value)


def test_detect_passes_the_nul_bytes_error_on_with_where_it_lies():
    with pytest.raises(formats.NulBytesImportError) as caught:
        detection.detect(_NUL_CSV, "stray.csv")
    assert isinstance(caught.value, formats.ImportFormatError)
    assert str(caught.value).startswith("stray.csv has binary bytes (NUL) at line 3, column ")


def test_detect_tells_by_the_class_not_the_words(monkeypatch):
    """Worded otherwise, the NUL error still passes through; another text error whose words
    happen to say "binary bytes" is still 'not a file import reads'."""

    def reworded(data, name, max_bytes, controls_ok=False):
        raise textio.NulBytesError(f"{name}: a NUL at line 3")

    monkeypatch.setattr(formats, "decode", reworded)
    with pytest.raises(formats.NulBytesImportError, match="a NUL at line 3"):
        detection.detect(b"event_date,location\n2026-03-11,Kharkiv\n", "reworded.csv")

    def other(data, name, max_bytes, controls_ok=False):
        raise textio.ReportError(f"{name} is no text, binary bytes or not")

    monkeypatch.setattr(formats, "decode", other)
    with pytest.raises(formats.ImportFormatError) as caught:
        detection.detect(b"event_date,location\n2026-03-11,Kharkiv\n", "other.csv")
    assert not isinstance(caught.value, formats.NulBytesImportError)
    assert "is not a file import reads" in str(caught.value)
