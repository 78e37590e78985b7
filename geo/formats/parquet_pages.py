"""What a Parquet file's pages unpack to, read from the pages' own headers, not from its footer.

A Parquet footer declares each row group's size once unpacked, but nothing makes it true: a
footer forged to say 2 kB over a page that unpacks to 300 MB passes a check of the footer. The
reader (pyarrow) sizes each page's buffer from the page's header and fails when the page unpacks
to more, so the sum of the headers' sizes over every column chunk is a bound the file cannot
lie about. Headers are Thrift's compact encoding (parquet-format's ``PageHeader``): field 2 is
the unpacked size, field 3 the packed size that follows the header.
"""

from __future__ import annotations

import io

import pyarrow.parquet as pq

_STOP, _TRUE, _FALSE, _BYTE, _DOUBLE, _BINARY, _LIST, _SET, _MAP, _STRUCT = (
    0,
    1,
    2,
    3,
    7,
    8,
    9,
    10,
    11,
    12,
)
_INTS = (4, 5, 6)  # i16, i32, i64: zigzag varints
_DEPTH = 32  # a page header nests three structs; deeper is no page header


class PageError(ValueError):
    """The bytes where a page header should be are not one (the file is damaged or forged)."""


def unpacked_bytes(data: bytes, limit: int) -> int:
    """The bytes the pages of Parquet ``data`` unpack to, as their headers declare, counted until
    ``limit`` is passed; PageError when a column chunk's bytes are not a run of pages."""
    meta = pq.ParquetFile(io.BytesIO(data)).metadata
    total = 0
    for g in range(meta.num_row_groups):
        group = meta.row_group(g)
        for c in range(group.num_columns):
            column = group.column(c)
            start = column.data_page_offset
            if column.has_dictionary_page and 0 < (column.dictionary_page_offset or 0) < start:
                start = column.dictionary_page_offset
            total += _chunk_bytes(data, start, start + column.total_compressed_size)
            if total > limit:
                return total
    return total


def _chunk_bytes(data: bytes, pos: int, end: int) -> int:
    """The unpacked sizes of the pages between ``pos`` and ``end``, header after header."""
    total = 0
    end = min(end, len(data))
    while pos < end:
        header, pos = _struct(data, pos, 0)
        unpacked, packed = header.get(2), header.get(3)
        if (
            not isinstance(unpacked, int)
            or not isinstance(packed, int)
            or min(unpacked, packed) < 0
        ):
            raise PageError("a page header without its sizes")
        total += unpacked
        pos += packed
    return total


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(data) or shift > 63:
            raise PageError("a number runs past the page header")
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


def _zigzag(data: bytes, pos: int) -> tuple[int, int]:
    raw, pos = _varint(data, pos)
    return (raw >> 1) ^ -(raw & 1), pos


def _struct(data: bytes, pos: int, depth: int) -> tuple[dict[int, object], int]:
    """The fields of a compact-encoded struct at ``pos`` (nested values skipped) and its end."""
    if depth > _DEPTH:
        raise PageError("a page header nested too deep")
    fields: dict[int, object] = {}
    field = 0
    while True:
        if pos >= len(data):
            raise PageError("a page header runs past the file")
        byte = data[pos]
        pos += 1
        kind, delta = byte & 0x0F, byte >> 4
        if kind == _STOP:
            return fields, pos
        if delta:
            field += delta
        else:
            field, pos = _zigzag(data, pos)
        fields[field], pos = _value(data, pos, kind, depth)


def _value(data: bytes, pos: int, kind: int, depth: int) -> tuple[object, int]:
    """One value of compact type ``kind`` at ``pos``: integers read, others skipped (None)."""
    if kind in (_TRUE, _FALSE):
        return kind == _TRUE, pos
    if kind == _BYTE:
        return None, pos + 1
    if kind in _INTS:
        return _zigzag(data, pos)
    if kind == _DOUBLE:
        return None, pos + 8
    if kind == _BINARY:
        size, pos = _varint(data, pos)
        return None, pos + size
    if kind in (_LIST, _SET):
        return None, _skip_list(data, pos, depth)
    if kind == _MAP:
        return None, _skip_map(data, pos, depth)
    if kind == _STRUCT:
        return None, _struct(data, pos, depth + 1)[1]
    raise PageError(f"a page header holds an unknown field type {kind}")


def _skip_list(data: bytes, pos: int, depth: int) -> int:
    if pos >= len(data):
        raise PageError("a page header runs past the file")
    size, kind = data[pos] >> 4, data[pos] & 0x0F
    pos += 1
    if size == 15:
        size, pos = _varint(data, pos)
    return _skip_values(data, pos, [kind], size, depth)


def _skip_map(data: bytes, pos: int, depth: int) -> int:
    size, pos = _varint(data, pos)
    if not size:
        return pos
    if pos >= len(data):
        raise PageError("a page header runs past the file")
    kinds = [data[pos] >> 4, data[pos] & 0x0F]
    return _skip_values(data, pos + 1, kinds, size, depth)


def _skip_values(data: bytes, pos: int, kinds: list[int], count: int, depth: int) -> int:
    """Past ``count`` repetitions of values of ``kinds``; a list's truth values take a byte each."""
    for _ in range(count):
        for kind in kinds:
            if pos >= len(data):
                raise PageError("a page header runs past the file")
            pos = pos + 1 if kind in (_TRUE, _FALSE) else _value(data, pos, kind, depth + 1)[1]
    return pos
