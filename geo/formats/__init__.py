"""Events from other tools' files, and the common shape of an import.

One module per format: :mod:`~geo.formats.acled`, :mod:`~geo.formats.ucdp`,
:mod:`~geo.formats.geojson`, :mod:`~geo.formats.sitrep_csv` (our ACLED-compatible CSV) and
:mod:`~geo.formats.geoparquet`; :mod:`~geo.formats.table` lists them all, with their writers.
Every reader takes the file's bytes and returns an :class:`ImportResult`: the events it could read,
and every row it refused with the reason. Untrusted input: readers never execute or fetch anything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

# the readers' helpers live by concern; these names stay importable from here (geo.formats.f)
from geo.formats.cell_words import event_type_in as event_type_in
from geo.formats.cell_words import weapon_in as weapon_in
from geo.formats.datasets import columns_in as columns_in
from geo.formats.datasets import dataset_columns as dataset_columns
from geo.formats.datasets import dataset_record as dataset_record
from geo.formats.datasets import extra_json as extra_json
from geo.formats.datasets import read_dataset as read_dataset
from geo.formats.datasets import state_actor as state_actor
from geo.formats.file_kinds import binary_kind, not_events
from geo.formats.numbers import coordinate as coordinate
from geo.formats.numbers import number as number
from geo.formats.refusals import Refusals, compact
from geo.formats.status_words import read_statuses
from geo.formats.table import BY_NAME, READABLE
from geo.textio import (
    MAX_REPORT_BYTES,
    EncodingError,
    NulBytesError,
    ReportError,
    decode,
    megabytes,
)
from geo.vocabulary import shortened

if TYPE_CHECKING:  # the command line reads the format table without loading pandas
    import geopandas as gpd

FORMATS = READABLE  # the formats an import reads, from the one table
MAX_IMPORT_BYTES = 20 * MAX_REPORT_BYTES  # a file on disk, read by the command line
# An upload to the shared server: parsing takes many times the file's size in memory, so the
# pages take less than the command line (the server's own cap, maxUploadSize, is the same).
MAX_UPLOAD_BYTES = 20 * 2**20
# Binary formats may hold rows that are not stored one by one: a GeoPackage layer can be a view
# (a table joined with itself) and a Parquet column can repeat one value in a few bytes. Our own
# exports take about 100 (GeoParquet) and 1,700 (GeoPackage) bytes a row; a file declaring more
# than one row per 16 of its bytes multiplies rows and is refused before they are built.
MIN_BYTES_PER_ROW = 16


def too_big(name: str, size: int, limit: int = MAX_UPLOAD_BYTES) -> str:
    """One line refusing a file of ``size`` bytes above ``limit``."""
    return (
        f"{name} is {megabytes(size, limit)}, more than the {limit // 2**20} MB an upload may have: "
        f"import it with 'python -m geo import {name}' instead"
    )


class ImportFormatError(ValueError):
    """The file is not one of the formats, or not readable as the one asked for (one line)."""


class TextImportError(ImportFormatError):
    """A text file refused for what its bytes are, which the message says (NUL bytes and where,
    an encoding that cannot be read)."""


class NulBytesImportError(TextImportError):
    """A file with NUL bytes that is no binary format the import reads: the message says where
    the first lies ("has binary bytes (NUL) at line 3, column 22")."""


class UnknownFormatError(ImportFormatError):
    """The format cannot be told from the file: the message says what to give on the command
    line (``--format``), :attr:`page_words` what to choose on the Import page."""

    def __init__(self, what: str) -> None:
        super().__init__(f"{what}: give --format {', '.join(FORMATS)}")
        self.page_words = f"{what}: choose the format in the Format box"


@dataclass
class ImportResult:
    """What an import found: events, rows refused (row number, reason) and the column mapping."""

    format: str
    frame: gpd.GeoDataFrame
    rows: int
    refused: Refusals = field(default_factory=Refusals)
    mapping: dict[str, str] = field(default_factory=dict)
    located: int = 0  # rows kept, put at the place they name, having no coordinates
    named_by_point: int = 0  # rows kept, with coordinates and no place name: named by the point
    own_point: int = 0  # rows kept, with coordinates and a place name: at their own point
    notes: list[str] = field(default_factory=list)  # what the import assumed, one line each


def text_of(data: bytes, name: str) -> str:
    """Text of an imported file (any encoding textio knows), or ImportFormatError in one line."""
    if kind := binary_kind(data):
        raise ImportFormatError(not_events(name, kind))
    try:
        return decode(data, name, MAX_IMPORT_BYTES, controls_ok=True)[0]
    except NulBytesError as exc:
        raise NulBytesImportError(str(exc)) from None
    except EncodingError as exc:
        raise TextImportError(str(exc)) from None
    except ReportError as exc:
        raise ImportFormatError(str(exc)) from None


def row_limit(size: int, name: str, rows: int) -> int:
    """The most rows a file of ``size`` bytes may hold (see :data:`MIN_BYTES_PER_ROW`);
    ImportFormatError in one line when ``rows`` is more."""
    limit = size // MIN_BYTES_PER_ROW
    if rows > limit:
        raise ImportFormatError(
            f"{name} holds more rows than its {size:,} bytes can store (over {limit:,}): "
            "a view or repeated values multiply them; export the rows as a plain table"
        )
    return limit


def require_columns(header: list[str], needed: set[str], name: str, what: str) -> None:
    """ImportFormatError naming the missing columns when ``header`` lacks any of ``needed``."""
    missing = needed - set(header)
    if missing:
        raise ImportFormatError(
            f"{name} is not {what}: columns {', '.join(sorted(missing))} are missing"
        )


def iso_date(text: str | None, formats: tuple[str, ...], column: str) -> str:
    """A date cell as YYYY-MM-DD, trying each ``strptime`` format in turn."""
    from geo.records import EventError, given

    text = (text or "").strip()
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise EventError(f"'{column}' should be a date, got {given(text)} instead")


# What a file's reader says when its bytes stop short or are broken inside (a download stopped
# half way, a disk error): the library's own message names its internals ("sqlite3_prepare_v2
# ... database disk image is malformed", "Parquet magic bytes not found in footer").
DAMAGED = "the file is damaged or cut short"


def read(data: bytes, name: str, gazetteer, fmt: str | None = None) -> ImportResult:
    """Events of a file in one of :data:`FORMATS` (guessed from the content when None)."""
    if not data.strip():
        raise ImportFormatError(f"{name} is empty: give a file with events in it")
    if fmt is None:
        from geo.formats.detection import detect

        fmt = detect(data, name)
    if fmt not in FORMATS:
        raise ImportFormatError(
            f"'format' should be one of {', '.join(FORMATS)}, got {fmt!r} instead"
        )
    from geo.formats.canonical_regions import canonical_regions
    from geo.formats.region_rows import as_stored, geonames_regions
    from geo.formats.town_names import towns_as_stored

    result = BY_NAME[fmt].read()(data, name, gazetteer)
    # "Odesa" in the region field: GeoNames' "Odessa"; UCDP's "Donetsk oblast": "Donetsk";
    # "Kharkiv region": the region's event
    regions = canonical_regions(geonames_regions(result.frame, gazetteer), gazetteer)
    result.frame = as_stored(regions, gazetteer)
    result.frame = towns_as_stored(result.frame, gazetteer)  # "Kupiansk": GeoNames' "Kupyansk"
    return result


def _name_weapon(record: dict) -> None:
    """The record's weapon and category as the extractor names them; an object or a list is left
    for validate to refuse as other text fields are (it was stored as Python's "{'name':
    'Shahed'}": attack32)."""
    from geo.weapons import normalised

    weapon = (record.get("weapon"), record.get("weapon_category"))
    if any(weapon) and not any(isinstance(w, dict | list) for w in weapon):
        record["weapon"], record["weapon_category"] = normalised(*weapon)


def build(
    fmt: str,
    records: list[tuple[int, dict]],
    mapping: dict,
    rows: int,
    refused: Iterable,
    status_column: str = "",
) -> ImportResult:
    """Validate mapped records; a bad one is refused with its row number, the others kept (and
    counted as located by name or named by their point when the import placed them so). A
    record with no verification is unverified, said in the notes (:mod:`geo.formats.no_status`;
    ``status_column``: the file's column of status, when it has one)."""
    from geo import events as ev
    from geo.formats.cells import emptied
    from geo.formats.far_rows import far_notes
    from geo.formats.no_status import unchecked, unchecked_note
    from geo.formats.places import HOW, placed_notes
    from geo.long_text import oversized_note

    good = []
    refused, statuses = compact(refused), read_statuses(records)  # "reported": unverified
    seen: set[str] = set()
    placed = {"name": 0, "point": 0, "own": 0, "unchecked": 0}
    by_name: list[tuple[int, dict]] = []  # (row, event) put at the place their name found
    for n, record in records:
        how = record.pop(HOW, None)
        record = emptied(record)  # a NaN (JSON's, a reader's): nothing, never "nan"
        unchecked_here = unchecked(record)  # no verification given: unverified
        _name_weapon(record)
        try:
            checked = ev.validate(record)
        except ev.EventError as exc:
            refused.append((n, str(exc)))
            continue
        if checked["event_id"] in seen:
            refused.append(
                (n, f"duplicate of an earlier row (event_id {shortened(checked['event_id'])})")
            )
            continue
        seen.add(checked["event_id"])
        good.append(checked)
        placed["unchecked"] += unchecked_here
        if how in placed:
            placed[how] += 1
        if how == "name":
            by_name.append((n, checked))
    frame = ev.to_frame(good) if good else ev.empty_frame()
    refused.sort()  # in file order, whichever check refused them
    located, by_point, own, no_status = placed.values()
    result = ImportResult(fmt, frame, rows, refused, mapping, located, by_point, own)
    result.notes.extend([statuses] if statuses else [])
    result.notes.extend([unchecked_note(no_status, fmt, status_column)] if no_status else [])
    result.notes.extend(far_notes(fmt, by_name, good))  # "Atlantis" in South Africa
    result.notes.extend(oversized_note(frame))  # a 1,000,000-character cell, said once
    result.notes.extend(placed_notes(result))
    return result
