"""Common files that are no events file, told by their first bytes: a picture, a PDF or an
office document given to the import (renamed .geojson or .csv, or chosen by mistake) is named
for what it is, in one line. newuser27's PNG renamed .geojson was refused as a text file "has NUL
bytes (the first at byte 8): export it again as text", which said nothing of what was wrong."""

from __future__ import annotations

# (first bytes, what the file is)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
)
ZIP_MAGIC = b"PK\x03\x04"
# An Office Open XML file is a zip archive whose parts name the application's folder.
_OFFICE: tuple[tuple[bytes, str], ...] = (
    (b"word/", "a Word document"),
    (b"xl/", "an Excel workbook"),
    (b"ppt/", "a PowerPoint presentation"),
)
_OFFICE_HEAD = 64 * 1024  # the parts' names are in their local headers, near the start


def binary_kind(data: bytes) -> str | None:
    """What ``data`` is when its first bytes say it is a picture, a PDF or an office document
    ("a PNG image"), else None (a zip archive of anything else is told apart by the caller)."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(ZIP_MAGIC):
        head = data[:_OFFICE_HEAD]
        return next((kind for folder, kind in _OFFICE if folder in head), None)
    return None


def not_events(name: str, kind: str) -> str:
    """The line refusing the file ``name``, which is ``kind``."""
    return (
        f"{name} is {kind}, not a GeoJSON, CSV or other file of events: export the events "
        "themselves (a GeoJSON, a CSV with a header line, KML, GeoPackage or GeoParquet)"
    )
