"""Sitrep Map's own CSV: ACLED's column names and value formats first, then Sitrep Map's fields.

An ACLED-based workflow reads the ACLED columns as it would read an ACLED export; Sitrep Map reads
every column back (``sitrep_*`` columns keep what ACLED's vocabulary cannot say).
"""

from __future__ import annotations

import csv
import io
import re
import stat
from pathlib import Path

import geopandas as gpd

from geo import formats as f
from geo import records as schema
from geo.formats.cells import missing, refuse_nul
from geo.formats.csv_columns import columns_read, ignored_note
from geo.formats.csv_rows import csv_records
from geo.formats.places import Locator, point
from geo.formats.table import row_source
from geo.precision import TimePrecision
from geo.records import distinct_ids, event_id
from geo.textio import json_value

ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "country",
    "iso",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
)
OWN_COLUMNS = (
    "sitrep_event_type",
    "sitrep_fatalities",
    "weapon",
    "weapon_category",
    "injured",
    "launched",
    "destroyed",
    "verification",
    "claimed_by",
    "place_mention",
    "country_code",
    "source_text",
    "source_span_start",
    "source_span_end",
    "extra",
    "side_of_line",  # derived from the context layers; not read back
)
COLUMNS = ACLED_COLUMNS + OWN_COLUMNS
_ACLED_TYPE = {
    "strike": ("Political violence", "Explosions/Remote violence"),
    "fighting": ("Political violence", "Battles"),
    "interception": ("Strategic developments", "Strategic developments"),
    "meeting": ("Strategic developments", "Strategic developments"),
    "other": ("Strategic developments", "Strategic developments"),
}


# A spreadsheet runs a cell that starts with one of these as a formula ("=HYPERLINK(...)"): text
# cells get a leading apostrophe on export, which the import takes off again. A cell that already
# starts with an apostrophe the import would take off ("'-", "''") gets one too, so that every
# text comes back as it was; "'s-Hertogenbosch" is left alone both ways.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED_AFTER_APOSTROPHE = (*_FORMULA_START, "'")
_NUMERIC = ("latitude", "longitude")  # written as numbers: "-33.9" is a latitude, not a formula


def _defused(value):
    """Every text cell (country_code, verification and dates too) gets the apostrophe when it
    starts like a formula: a spreadsheet reads any cell, not only the free-text ones."""
    if isinstance(value, str) and (
        value.startswith(_FORMULA_START)
        or (value.startswith("'") and value[1:].startswith(_ESCAPED_AFTER_APOSTROPHE))
    ):
        return "'" + value
    return value


def _restored(value: str | None) -> str | None:
    if value and value.startswith("'") and value[1:].startswith(_ESCAPED_AFTER_APOSTROPHE):
        return value[1:]
    return value


def _sub_event(event_type: str, category: str | None) -> str:
    if event_type == "fighting":
        return "Armed clash"
    if event_type == "interception":
        return "Disrupted weapons use"
    if event_type == "strike":
        if category in ("drone", "aircraft", "glide bomb"):
            return "Air/drone strike"
        return "Shelling/artillery/missile attack"
    return "Other"


# The CSV's columns GDAL should read as numbers (and one as a date), whatever their cells: a
# column blank in every row ("launched" and "destroyed" of an export without interceptions) was
# read as text, and QGIS could not sum or size a layer by it.
_INTEGERS = frozenset(
    {"year", "time_precision", "iso", "geo_precision", "fatalities", "sitrep_fatalities",
     "injured", "launched", "destroyed", "source_span_start", "source_span_end"}
)  # fmt: skip
_REALS = frozenset({"latitude", "longitude"})


def column_types() -> str:
    """The export's GDAL ``.csvt`` line: each column's type in :data:`COLUMNS` order (Integer,
    Real, Date, String), which GDAL (``ogrinfo``, ``ogr2ogr``, QGIS's Add Vector Layer) reads
    from ``events.csvt`` beside ``events.csv``; a blank cell is null."""
    kinds = [
        "Integer" if c in _INTEGERS else "Real" if c in _REALS else "Date" if c == "event_date"
        else "String"
        for c in COLUMNS
    ]  # fmt: skip
    return ",".join(kinds) + "\n"


# a GDAL column-type line: types, each perhaps quoted and with a width ("Integer(5)", "Real(8.2)")
_TYPES_LINE = re.compile(
    r'\s*"?[A-Za-z]+(?:\(\d+(?:\.\d+)?\))?"?(?:\s*,\s*"?[A-Za-z]+(?:\(\d+(?:\.\d+)?\))?"?)*\s*'
)


def types_file_kept(path: Path) -> str | None:
    """Why the ``.csvt`` at ``path`` is left as it is instead of replaced by :func:`column_types`,
    or None when there is none or it is a column-type line (the last export's): a folder, a
    link, a FIFO or device (written to, the export hung), a file of the user's that holds other
    text (replaced without a word: attack39)."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return None
    if stat.S_ISLNK(mode):
        return "a link"
    if not stat.S_ISREG(mode):
        return "a folder" if stat.S_ISDIR(mode) else "not a regular file"
    with open(path, "rb") as f:
        head = f.read(4097)
    try:
        ours = len(head) <= 4096 and _TYPES_LINE.fullmatch(head.decode("utf-8")) is not None
    except UnicodeDecodeError:
        ours = False
    return None if ours else "a file that holds no column types"


def to_csv(frame: gpd.GeoDataFrame, country_codes: dict[str, tuple[str, int]]) -> str:
    """Events as CSV text (UTF-8), one row each, header first."""
    out = io.StringIO()
    refuse_nul(frame, "CSV file")
    # RFC 4180's CRLF: a cell holding a lone carriage return is then quoted, as it must be
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    xs, ys = frame.geometry.x.tolist(), frame.geometry.y.tolist()
    for i, row in enumerate(frame.to_dict("records")):
        row = {k: (None if missing(v) else v) for k, v in row.items()}
        disorder, acled_type = _ACLED_TYPE[row["event_type"]]
        name, numeric = country_codes.get(row.get("country") or "", ("", ""))
        cells = {
            "event_id_cnty": row["event_id"],
            "event_date": row["event_date"],
            "year": row["event_date"][:4],
            "time_precision": row["time_precision"],
            "disorder_type": disorder,
            "event_type": acled_type,
            "sub_event_type": _sub_event(row["event_type"], row.get("weapon_category")),
            "actor1": row.get("actor"),
            "country": name,
            "iso": numeric,
            "admin1": row.get("admin1"),
            "location": row.get("place"),
            "latitude": f"{ys[i]:.6f}",
            "longitude": f"{xs[i]:.6f}",
            "geo_precision": row["geo_precision"],
            "source": row.get("source"),
            "notes": row.get("notes"),
            # blank where no toll was given: an unknown toll written 0 would read as "nobody
            # killed" (newuser25); ACLED's own readers take a blank cell
            "fatalities": row.get("fatalities"),
            "sitrep_event_type": row["event_type"],
            "sitrep_fatalities": row.get("fatalities"),
            "weapon": row.get("weapon"),
            "weapon_category": row.get("weapon_category"),
            "injured": row.get("injured"),
            "launched": row.get("launched"),
            "destroyed": row.get("destroyed"),
            "verification": row["verification"],
            "claimed_by": row.get("claimed_by"),
            "place_mention": row.get("place_mention"),
            "country_code": row.get("country"),
            "source_text": row.get("source_text"),
            "source_span_start": row.get("span_start"),
            "source_span_end": row.get("span_end"),
            "extra": row.get("extra"),
            "side_of_line": row.get("side_of_line"),
        }
        writer.writerow({k: v if k in _NUMERIC else _defused(v) for k, v in cells.items()})
    return out.getvalue()


def _cells(row: dict):
    def get(key: str) -> str | None:  # text as written: spaces and line ends are part of it
        return _restored(row.get(key) or None)

    return get


def _extra_json(text: str) -> None:
    """ValueError naming the column when a row's ``extra`` cell is no JSON: a row refused with
    "Expecting value: line 1 column 1 (char 0)" named neither the column nor what it takes."""
    try:
        json_value(text)
    except ValueError as exc:
        raise ValueError(f'extra should be JSON such as {{"key": "value"}} ({exc})') from None


def read(data: bytes, name: str, gazetteer) -> f.ImportResult:
    """Read a CSV written by :func:`to_csv` (or any CSV with Sitrep Map's own field names, or
    other tools' names for them: "date", "location", "killed"); a row without coordinates is put
    at the place it names (:mod:`geo.formats.places`), a row without an id gets a stable one
    (as a report's events do), a row without a verification is unverified (said in the notes)."""
    own = False
    locator = Locator(gazetteer)

    status = ""  # the file's column of verification, as it names it ("status")
    ignored: list[str] = []  # the columns no field reads, named in the notes
    columns: dict[str, str] = {}  # {field: the column holding it} of a home-made file

    def reader_for(header: list[str]):
        nonlocal own, status
        own = "sitrep_event_type" in header
        found, unread = columns_read(header)
        columns.update(found)
        ignored[:] = [c for c in header if c.strip() and c not in COLUMNS] if own else unread
        status = columns.get("verification", "")
        lacking = sorted({"event_type", "event_date"} - set(columns))
        if not own and lacking:
            raise f.ImportFormatError(
                f"{name} is not a Sitrep Map CSV: it needs sitrep_event_type, or the columns "
                f"event_type and event_date ({' and '.join(lacking)} missing)"
            )

        def record(row: dict) -> dict:
            get = _cells(row)
            found, at = _own_record(get, header) if own else _plain_record(get, columns)
            if found.get("extra"):
                _extra_json(found["extra"])
            return locator.record(found, at, outline=not own)  # (our export: as stored)

        return record

    records, refused, rows = csv_records(data, name, reader_for)
    _stable_ids(records, name)  # (from the file's name: the same ids, whatever the row's source)
    for n, record in [] if own else records:  # our export: every field as it came
        record["source"] = record.get("source") or row_source(name, "csv", n)
    mapping = (
        {"event_id": "event_id_cnty", "event_type": "sitrep_event_type", "place": "location"}
        if own
        else {k: c for k, c in columns.items() if k != c and k not in ("lat", "lon")}
    )
    # (a row with no status is unverified, said in the notes: formats.build, as every reader)
    result = f.build("csv", records, mapping, rows, refused, status_column=status)
    if note := ignored_note(ignored):
        result.notes.append(note)
    return result


def _stable_ids(records: list[tuple[int, dict]], name: str) -> None:
    """Ids for the rows that have none, as a report's events get them: the file's name, the
    type, place, day and weapon (the same file imported again gives the same ids; two alike rows
    ``ID`` and ``ID-2`` in file order)."""
    made = []
    for _, record in records:
        if not (record.get("event_id") or "").strip():
            keys = ("event_type", "place", "event_date", "weapon")
            record["event_id"] = event_id(name, *(str(record.get(k) or "") for k in keys))
            made.append(record)
    distinct_ids(made)


def _own_record(get, header: list[str]) -> tuple[dict, tuple[float, float] | None]:
    """A row of our own CSV (ACLED's column names first) as an event record."""
    fatalities = "sitrep_fatalities" if "sitrep_fatalities" in header else "fatalities"
    return {
        "event_id": get("event_id_cnty"),
        "event_date": get("event_date"),
        "time_precision": f.number(get("time_precision"), "time_precision"),
        "event_type": get("sitrep_event_type"),
        "weapon": get("weapon"),
        "weapon_category": get("weapon_category"),
        "actor": get("actor1"),
        "place": get("location"),
        "place_mention": get("place_mention"),
        "country": get("country_code"),
        "admin1": get("admin1"),
        "geo_precision": f.number(get("geo_precision"), "geo_precision"),
        "fatalities": f.number(get(fatalities), fatalities),
        "injured": f.number(get("injured"), "injured"),
        "launched": f.number(get("launched"), "launched"),
        "destroyed": f.number(get("destroyed"), "destroyed"),
        "verification": get("verification"),
        "claimed_by": get("claimed_by"),
        "source": get("source"),
        "source_text": get("source_text"),
        "span_start": f.number(get("source_span_start"), "source_span_start"),
        "span_end": f.number(get("source_span_end"), "source_span_end"),
        "notes": get("notes"),
        "extra": get("extra"),
    }, point(get("latitude"), get("longitude"))


def _plain_record(get, columns: dict[str, str]) -> tuple[dict, tuple[float, float] | None]:
    """A row of a home-made CSV, each field from the column naming it (:mod:`csv_columns`:
    "claimed by", "killed"); a date with no ``time_precision`` is that day."""
    record = {k: get(columns[k]) if k in columns else None for k in schema.COLUMNS}
    for k in schema.INTEGER_COLUMNS + schema.COUNT_COLUMNS:
        record[k] = f.number(record[k], columns.get(k, k))  # as the file names it ("killed")
    if record["time_precision"] is None:
        record["time_precision"] = int(TimePrecision.DAY)
    lat, lon = (get(columns[k]) if k in columns else None for k in ("lat", "lon"))
    return record, point(lat, lon)
