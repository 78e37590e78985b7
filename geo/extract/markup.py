"""Pasted text made plain before extraction: HTML tags and entities, quoted hedges; every
character keeps its offset (the text keeps its length), so spans still point into the report."""

from __future__ import annotations

import html
import re

# HTML's own elements: "<outskirts>" or "<name>" in pasted plain text are words, not markup.
_ELEMENTS = (
    "a|abbr|article|aside|b|blockquote|body|br|caption|cite|code|dd|del|div|dl|dt|em|figcaption|"
    "figure|font|footer|h[1-6]|head|header|hr|html|i|iframe|img|ins|kbd|li|link|main|mark|meta|"
    "nav|noscript|ol|p|pre|q|s|script|section|small|span|strike|strong|style|sub|sup|table|"
    "tbody|td|tfoot|th|thead|time|title|tr|u|ul"
)
# A tag ("<i>", "</p>", '<a href="...">'), not a comparison ("< 5 km") nor a word in brackets.
_TAG = re.compile(rf"<(?P<close>/?)(?P<name>(?i:{_ELEMENTS})(?=[\s/>])|!--)[^<>]{{0,300}}>")
# Tags that end a line: a paragraph, a break, a list item, a heading, a table row.
_BLOCK = frozenset("p br div li ul ol h1 h2 h3 h4 h5 h6 tr table blockquote section".split())
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")
# '"at least" five', "‘more than’ 20": quotes around a hedge of a figure, not a quotation.
_QUOTED_HEDGE = re.compile(
    r"[\"“”‘’'](?P<hedge>at least|more than|at most|up to|about|around|nearly|almost|some|over)"
    r"[\"“”‘’']",
    re.I,
)


def plain(text: str) -> str:
    """``text`` with tags blanked (a block tag as a line break), entities decoded and padded
    with blanks, and quotes around a hedge blanked: the same length, offsets unchanged."""
    if "<" in text:
        text = _TAG.sub(_blank_tag, text)
    if "&" in text:
        text = _ENTITY.sub(_decode, text)
    return _QUOTED_HEDGE.sub(lambda m: f" {m.group('hedge')} ", text)


def _blank_tag(m: re.Match) -> str:
    width = len(m.group())
    if m.group("name").lower() in _BLOCK:
        return "\n" + " " * (width - 1)
    return " " * width


def _decode(m: re.Match) -> str:
    char = html.unescape(m.group())
    if len(char) != 1 or char == m.group():
        return m.group()  # unknown entity: left as written
    char = " " if char == "\u00a0" else char
    return char + " " * (len(m.group()) - 1)
