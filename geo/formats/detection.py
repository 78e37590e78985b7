"""Which format an imported file is, told from its content: Parquet and GeoPackage by their
magic bytes, GeoJSON and KML by their start or name, a CSV by its column names
(:data:`geo.formats.csv_signatures.CSV_SIGNATURES`); a file that is none refused in one line."""

from __future__ import annotations

from geo.formats import (
    FORMATS,
    ImportFormatError,
    TextImportError,
    UnknownFormatError,
    text_of,
)
from geo.formats.csv_signatures import CSV_SIGNATURES, nearest
from geo.formats.file_kinds import ZIP_MAGIC, binary_kind, not_events
from geo.formats.table import BY_NAME


def detect(data: bytes, name: str) -> str:
    """Guess the format from the content: Parquet, GeoPackage, GeoJSON, KML, or a CSV told apart
    by its column names."""
    if data.startswith(b"PAR1"):
        return "parquet"
    if data.startswith(b"SQLite format 3\x00"):
        return "gpkg"
    if kind := binary_kind(data):
        raise ImportFormatError(not_events(name, kind))
    if data.startswith(ZIP_MAGIC):
        raise ImportFormatError(
            f"{name} is a zip archive: unzip it and import the file inside (a KMZ holds a KML)"
        )
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{") or name.lower().endswith((".geojson", ".json")):
        return "geojson"
    if head.startswith(b"<") and b"<kml" in head or name.lower().endswith(".kml"):
        return "kml"
    lines = data[:200_000]
    if len(data) > len(lines):  # whole lines: a character cut in two is in no encoding
        lines = lines[: lines.rfind(b"\n") + 1] or lines
    try:
        text = text_of(lines, name)
    except TextImportError:  # says why: "has binary bytes (NUL) at line 3, ...", an encoding
        raise
    except ImportFormatError:  # not text, and neither Parquet nor GeoPackage
        raise ImportFormatError(f"{name} is not a file import reads: {accepted()}") from None
    from geo.formats.geojson import SYNONYMS

    first = text.splitlines()[0] if text.strip() else ""
    columns = {
        c.strip().strip('"').lower() for c in first.replace(";", ",").replace("\t", ",").split(",")
    }
    columns |= {SYNONYMS[c] for c in columns if c in SYNONYMS}  # "date" for event_date
    if "sub_event_type" in columns and "sitrep_event_type" not in columns:
        columns.discard("event_type")  # ACLED's ("Battles"), not ours: ACLED's file lacking its id
    for fmt, needed, _ in CSV_SIGNATURES:
        if needed <= columns:
            return fmt
    raise UnknownFormatError(
        f"{name}: cannot tell the format from its columns: {nearest(columns, name, first)}"
    )


def accepted() -> str:
    """What an import reads, in a few words from the format table."""
    return "import reads " + ", ".join(BY_NAME[n].label for n in FORMATS)
