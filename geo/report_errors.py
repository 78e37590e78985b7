"""The one-line refusals of reading a report or a file: what is wrong and what to do."""

from __future__ import annotations


class ReportError(ValueError):
    """A report that cannot be read; the message is one line for the user."""


class EncodingError(ReportError):
    """Bytes that read as text in no encoding told (:mod:`geo.legacy_encodings`), or UTF-8 but
    for a few: the message says which."""


class NulBytesError(ReportError):
    """Bytes with NUL in them that are no UTF-16 text: binary, or text with a stray NUL (the
    message says where the first lies when the text may hold control characters)."""
