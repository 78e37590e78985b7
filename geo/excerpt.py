"""The review's excerpt of a report around an event's sentence: the sentence marked, a little of
the report before and after it, cut at words' edges, every character escaped (the Ingest page's
box above the ranked places)."""

from __future__ import annotations

import html
import re


def highlighted(
    text: str, start: int | None, end: int | None, context: int = 400, before: int = 160
) -> str:
    """HTML of the report around a sentence, the sentence marked; all report text escaped.

    Only ``before`` characters precede it (about two lines of the review's box), and no more
    than two of the report's lines (a list's or a table's short lines filled the box above it:
    newuser31), so the marked sentence shows at the top of a small box without scrolling;
    ``context`` follow it. Either edge is moved to the nearest word's edge inside the excerpt
    (newuser23: "…f the Kharkiv")."""
    if start is None or end is None or not (0 <= start < end <= len(text)):
        return html.escape(text[: 2 * context])
    lo, hi = _word_start(text, max(0, start - before), start), _word_end(text, end + context, end)
    lo = _lines_before(text, lo, start)
    return (
        ("…" if lo else "")
        + html.escape(text[lo:start])
        + "<mark>"
        + html.escape(text[start:end])
        + "</mark>"
        + html.escape(text[end:hi])
        + ("…" if hi < len(text) else "")
    ).replace("\n", "<br>")


_SPACE = re.compile(r"\s+")
_LINES_BEFORE = 2  # of the report's lines, at most, shown above the marked sentence


def _lines_before(text: str, lo: int, start: int) -> int:
    """``lo``, or the start of the last :data:`_LINES_BEFORE` lines before ``start`` when more
    line breaks lie between them (blank lines left out)."""
    breaks = [i for i in range(start - 1, lo - 1, -1) if text[i] == "\n"][: _LINES_BEFORE + 1]
    if len(breaks) <= _LINES_BEFORE:
        return lo
    at = breaks[-1] + 1
    while at < start and text[at].isspace():
        at += 1
    return at


_WORD_EDGE_WITHIN = 40  # characters an excerpt's edge may move to reach a word's edge


def _word_start(text: str, lo: int, limit: int) -> int:
    """``lo``, or the start of the first word after it when ``lo`` falls inside a word (within
    :data:`_WORD_EDGE_WITHIN` characters and before ``limit``)."""
    if lo == 0 or text[lo - 1].isspace():
        return lo
    space = _SPACE.search(text, lo, min(limit, lo + _WORD_EDGE_WITHIN))
    return space.end() if space else lo


def _word_end(text: str, hi: int, limit: int) -> int:
    """``hi`` (at most the text's end), or the end of the last word before it when ``hi`` falls
    inside a word (within :data:`_WORD_EDGE_WITHIN` characters and after ``limit``)."""
    if hi >= len(text) or text[hi].isspace():
        return min(hi, len(text))
    for i in range(hi - 1, max(limit, hi - _WORD_EDGE_WITHIN) - 1, -1):
        if text[i].isspace():
            return len(text[:i].rstrip()) if i > limit else i
    return hi
