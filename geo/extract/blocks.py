"""The block a heading line heads: a short line of its own (a factbox's "MAY 25 - KHARKIV", a
caption's "Kherson. 3 June.", a live blog's "Poltava", a channel's bold "**Odesa, 14 March:**")
tells where and when the lines under it happened, up to the blank line after them or the next
heading line. Its place (when the line is a place's heading) and its day are those of the
block's sentences that name none of their own; a report's title heads only the block under it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.caption_labels import CAPTION_LABEL, label_end
from geo.extract.heading_paths import path_end
from geo.extract.layout import is_heading, line_start
from geo.extract.lexicon import Trigger, triggers_in
from geo.extract.numbered_entries import (
    labelled_heading,
    numbered_heading,
    site_closes,
    town_with_district,
)
from geo.extract.place_hits import PlaceHit, heading_place
from geo.extract.publication import MONTH_RE, WEEKDAY_RE
from geo.extract.roles import DIRECTION_AFTER
from geo.extract.sentences import BULLET, TALLY_LINE, Sentence, opens_line, whole_line
from geo.extract.site_headings import site_line, site_place

if TYPE_CHECKING:
    from geo.extract.draft import Draft

__all__ = ["Blocks", "header_lines", "heading_lines", "heading_shape"]

# a heading line's words: a few, with no sentence of more than a few words ("Kherson. 3 June.")
_LINE_WORDS = 8
_SENTENCE_WORDS = 4
# markup around a heading ("**Odesa, 14 March:**", "## Poltava")
_MARKS = re.compile(r"^[\s*_#>]+|(?<![\s*_])[\s*_]+$")  # (a run tried once, from its start)
# a post's pictograph before its place ("📍 Kharkiv", "🔹 Sumy region:"), unlike a list's dash
_PICTOGRAPH = re.compile(r"\s*[\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# what may follow a heading's place: its region and a day ("Kharkiv region, Saturday 25 May")
_DAY_AFTER = re.compile(
    rf"(?:[\s,.:;|*_\u2013\u2014-]|(?i:region|oblast|province|(?:{MONTH_RE})\.?|{WEEKDAY_RE})\b|"
    r"\d{1,4}(?:st|nd|rd|th)?\b)*"
)
_HEADER_LINES = 8
# the most lines that head a block together ("MAY 25" over "KHARKIV"); in a longer run of
# heading-shaped lines (a list of places, one a line) the nearest ones are kept
_HEAD_RUN = 8
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PLACE_CLOSES = re.compile(
    r"(?:\s+(?:region|oblast|province|krai|territory|district|hromada|city|town|village)\b)?"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"  # an aside in brackets: "BRYANSK REGION (governor's channel)"
    r"[ \t*_]*(?:[,.:;]|$)",
    re.M | re.I,
)


def heading_shape(line: str, opening: bool = True) -> bool:
    """Whether a line reads as a heading: a few words, not a bullet nor a tally, with no full
    stop at its end (a colon: "Odesa, 14 March:"); or, opening its block, only sentences of a
    few words and no event word ("Kherson. 3 June."; under another line, "Two were hurt." is
    a sentence)."""
    mark = BULLET.match(line)
    if (mark and not _PICTOGRAPH.match(line)) or TALLY_LINE.search(line):  # "Volyn region - 15"
        return False
    if labelled_heading(line):  # "No. 2 | 23:50 | Huliaipole, Polohy district"
        return True
    bare = _MARKS.sub("", line[mark.end() :] if mark else line)
    if site_line(bare):  # "Sumy region, Shostka railway station."
        return True
    if not bare or len(bare.split()) > _LINE_WORDS or bare.endswith(("!", "?")):
        return False
    if not bare.endswith("."):
        return True
    short = all(len(p.split()) <= _SENTENCE_WORDS for p in _SENTENCE_END.split(bare))
    return opening and short and not triggers_in(bare)  # not "Shelling damaged a bakery."


def heading_lines(text: str) -> dict[int, list[int]]:
    """For each line under a heading, the numbers of its heading lines (see :func:`_heads`)."""
    return _heads(text)[0]


def _heads(text: str) -> tuple[dict[int, list[int]], set[int], set[int]]:
    """For each line (numbered as ``Sentence.paragraph``) under a heading, the numbers of its
    heading lines, nearest last: a heading heads the lines under it (blank lines may come before
    the first) up to the next blank line or the next heading; heading lines one right under the
    other are one heading ("MAY 25" over "KHARKIV"), at most :data:`_HEAD_RUN` of them. Also
    the numbers of the list's bullets that head the bullets nested under them, and of the
    numbered items that head the prose under them."""
    heads: dict[int, list[int]] = {}
    bullets: set[int] = set()
    numbered: set[int] = set()
    head: list[int] = []
    body, after_head, opening = False, False, True
    nest: int | None = None  # the indent of a list's bullet heading the bullets under it
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if not line.strip():
            if body:
                head, body = [], False
            after_head, opening = False, True
            continue
        if nest is not None and _indent(line) <= nest:  # out of the nested bullets
            head, body, after_head, nest = [], False, False, None
        if nest is not None:  # a nested bullet, whatever its shape ("◦ 5 drones shot down")
            heads[n], body, after_head = head, True, False
        elif (shaped := heading_shape(line.strip(), opening)) or numbered_heading(lines, n):
            if not shaped:
                numbered.add(n)  # ("2. Feodosia oil depot" over its paragraph)
            # (the nearest few lines of a run: 20,000 place names one a line over a body were
            # looked through for each of its lines, the square of the paste's length)
            head = [*head[1 - _HEAD_RUN :], n] if after_head else [n]
            body, after_head = False, True
        elif (bullet := _bullet_heading(lines, n)) is not None:
            head, body, after_head, nest = [n], False, False, bullet
            bullets.add(n)
        elif head:
            heads[n], body, after_head = head, True, False
        opening = False
    return heads, bullets, numbered


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _bullet_heading(lines: list[str], n: int) -> int | None:
    """The indent of a list's bullet that heads the bullets nested under it ("- Kharkiv
    region:" or "- **Kharkiv region**" over "  - Kupiansk: ..."): a few words with no full
    stop, the next line a bullet further in; else None."""
    line = lines[n]
    if not BULLET.match(line) or _MARKS.sub("", line).endswith((".", "!", "?")):
        return None
    if len(line.split()) > _LINE_WORDS or TALLY_LINE.search(line):
        return None
    below = next((x for x in lines[n + 1 : n + 3] if x.strip()), "")
    return _indent(line) if BULLET.match(below) and _indent(below) > _indent(line) else None


def header_lines(text: str) -> frozenset[int]:
    """The numbers of a report's header lines with a year ("Kharkiv, 20 November 2024"), among
    its first lines: they give the publication's day, not a heading's."""
    first = text.split("\n", _HEADER_LINES)[:_HEADER_LINES]
    # (not a caption's head: "Frame 2. Zaporizhzhia, 2 March 2025." over the picture's lines)
    return frozenset(
        n for n, line in enumerate(first) if _YEAR.search(line) and not CAPTION_LABEL.match(line)
    )


class Blocks:
    """The places that head a report's lines: a heading of a place alone, on the line it opens
    ("Case 4 — 3 Mar — Sloviansk, Donetsk region. A drone hit ...") or over the lines under it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.heads, self.bullets, self.numbered = _heads(text)
        self.header = header_lines(text)  # (read once: asked for each heading line and sentence)
        self.topics: dict[int, PlaceHit] = {}
        self.heading_over: set[int] = set()  # heading lines whose place heads the lines under them

    def heading(self, s: Sentence, hits: list[PlaceHit], triggers: list[Trigger]) -> bool:
        """Whether sentence ``s`` is a heading of the one place it names (kept as its line's
        topic): not of a country, nor of a sector of the front ("KUPIANSK DIRECTION.")."""
        path = path_end(self.text, hits)  # "Sumy oblast / Shostka hromada:"
        # "Odesa, grain terminal in the port." over what befell the terminal
        site = site_place(s.text, s.start, hits) if whole_line(self.text, s) else None
        head = site or heading_place(hits) or path or town_with_district(self.text, hits)
        if head is None or triggers:
            return False
        dated = self._place_and_day(s, head, hits[-1])
        numbered = s.paragraph in self.numbered and opens_line(self.text, s)
        if not (dated or numbered or path or site or is_heading(s, head)):
            return False
        front = DIRECTION_AFTER.match(self.text[head.end : head.end + 40])
        if not front and head.place.feature != "country":
            self.topics[s.paragraph] = head
            # over other lines, the place closes its heading or its clause ("KHARKIV",
            # "Odesa, 14 March:"; not "Key trends this week", "The Ryazan refinery")
            # (a header's "Kyiv, 2025-03-01" is where the report was written)
            closes = bool(dated or _PLACE_CLOSES.match(self.text, head.end))
            closes = closes or (numbered and site_closes(self.text, head)) or site is not None
            if closes and (site is not None or s.paragraph not in self.header):
                self.heading_over.add(s.paragraph)
        return True

    def _place_and_day(self, s: Sentence, head: PlaceHit, last: PlaceHit) -> bool:
        """Whether sentence ``s`` is a whole heading line opened by its place and closed by a
        day ("Kupiansk, Kharkiv region, 3 June", "Odesa — Sunday, 8 June 2025")."""
        start = label_end(self.text, line_start(self.text, s))  # (after "Frame 2.")
        # the line's one sentence, asked without copying the line (a line of 100,000 short
        # sentences made this step quadratic)
        if not opens_line(self.text, s):
            return False
        opens = not _MARKS.sub("", self.text[start : head.start])
        rest = self.text[last.end : s.end]
        return opens and heading_shape(s.text) and bool(_DAY_AFTER.fullmatch(rest))

    def own(self, line: int) -> PlaceHit | None:
        """The place a heading on line number ``line`` itself gives it."""
        return self.topics.get(line)

    def over(self, line: int, last: Draft | None) -> PlaceHit | None:
        """The place of the one heading line over line number ``line`` that names one;
        none once the block has told of an event elsewhere (``last``, the event drafted last):
        "Kyiv / A missile hit Zaporizhzhia. It was an Iskander" tells more of Zaporizhzhia."""
        over = [h for h in self.heads.get(line, []) if h in self.heading_over]
        if len(over) != 1:
            return None  # (a list of places, one a line, heads nothing)
        topic = self.topics[over[0]]
        # (each bullet nested under a region's bullet is an item of that region's)
        told = last is not None and self.heads.get(last.sentence.paragraph) is self.heads[line]
        told = told and over[0] not in self.bullets
        return None if told and last is not None and last.place.id != topic.place.id else topic
