"""Which files ``context add`` hands to GDAL: GeoJSON, KML and GeoPackage, told by their bytes.

GDAL picks a driver by what a file holds, not by its name, and some of its formats are
instructions rather than data: an OGR VRT (XML) or a GDALG (JSON) named ``area.geojson`` reads
any other file on the machine, or an address on the network (``/vsicurl/http://...``), as the
layer. A file is read only when it starts as one of the three formats the command names, and
holds neither of those two formats' markers anywhere (GDAL finds them by a search of the bytes).
"""

from __future__ import annotations

from pathlib import Path

SQLITE = b"SQLite format 3\x00"
HEAD = 65_536
# Markers by which GDAL's OGR_VRT and GDALG drivers claim a file
_INSTRUCTIONS = (b"<OGRVRTDataSource", b'"gdal_streamed_alg"')
_CHUNK = 1 << 20


def refusal(path: Path, name: str) -> str | None:
    """One line refusing ``path`` (shown as ``name``) when it is not GeoJSON, KML or a GeoPackage
    by its bytes, or names other files or addresses to read; None when GDAL may read it."""
    with open(path, "rb") as file:
        head = file.read(HEAD)
        if head.startswith(SQLITE):
            return None  # a GeoPackage: what it computes is computed.refusal's business
        text = head.decode("utf-8", "replace").lstrip("\ufeff \t\r\n")
        if not (text.startswith("{") or _root(text) == "kml"):
            return (
                f"{name} cannot be read as a GeoJSON, KML or GeoPackage file (its first bytes "
                "are none of them): export the layer as one of these"
            )
        file.seek(0)
        if _holds_instructions(file):
            return (
                f"{name} is a GDAL instruction file (a VRT or GDALG pipeline), which reads other "
                "files or addresses, not a layer: add the file it names instead"
            )
    return None


def _holds_instructions(file) -> bool:
    """Whether a marker of :data:`_INSTRUCTIONS` lies anywhere in ``file``, read in chunks."""
    overlap = max(len(m) for m in _INSTRUCTIONS) - 1
    tail = b""
    while chunk := file.read(_CHUNK):
        window = tail + chunk
        if any(marker in window for marker in _INSTRUCTIONS):
            return True
        tail = window[-overlap:]
    return False


def _root(text: str) -> str | None:
    """The local name of an XML document's first element, past its declaration, comments,
    processing instructions and doctype; None when the head holds no element start."""
    pos = 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if text.startswith("<?", pos):
            pos = _past(text, "?>", pos)
        elif text.startswith("<!--", pos):
            pos = _past(text, "-->", pos)
        elif text.startswith("<!", pos):
            bracket, close = text.find("[", pos), text.find(">", pos)
            if 0 <= bracket < close:  # an internal subset: past its "]" first
                close = text.find(">", _past(text, "]", bracket))
            pos = close + 1 if close >= 0 else len(text) + 1
        elif text.startswith("<", pos):
            end = pos + 1
            while end < len(text) and not (text[end].isspace() or text[end] in "/>"):
                end += 1
            return text[pos + 1 : end].rpartition(":")[2]
        else:
            return None
        if pos >= len(text):
            return None


def _past(text: str, mark: str, start: int) -> int:
    """The position just past the first ``mark`` after ``start``, or past the text's end."""
    found = text.find(mark, start)
    return found + len(mark) if found >= 0 else len(text) + 1
