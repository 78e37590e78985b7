"""Hard-wrapped text joined back into its lines: a report pasted from an e-mail, a PDF, a
newsletter or a terminal breaks its sentences every 60-80 characters, and a line break ends a
sentence (``sentences``). A soft break becomes a space, and a word hyphenated across it is joined
("resi-\\ndential" is "residential" and two blanks after it), so the text keeps its length and
every offset still points into the pasted report.

A break is soft only in a text whose lines are cut near one width (few lines longer, many close
to it), after a line that comes near that width, before a line that is not a structure of its
own (a bullet, a table's row, a clock's entry, a card's field, a blank line), and when the line goes on: it
ends without a sentence's end, or the next line starts in lower case, or its first word would
not have fitted on the line. Headings, a post's short lines and signatures stay apart."""

from __future__ import annotations

import re

from geo.extract.cards import FIELD
from geo.extract.sentences import BULLET, CLOCK

# the widths texts are wrapped at: a terminal's 60-80 columns, a PDF's column, an e-mail's 66-72
_NARROWEST, _WIDEST = 35, 110
_NEAR = 0.7  # a wrapped line fills at least this share of the width
_FILLED = 12  # characters short of the width that still count as "cut near it"
# (a grid's border "+----+", a text table's rule "-----   -----"; a page's one rule joins on)
_STRUCTURE = re.compile(rf"\s*(?:\||{CLOCK}\b|#|>|\+-|-{{3,}}[ \t]+-)")
# a row of a table written as text: "4 Mar - Kupiansk - glide bomb - 1/5", cells cut by a tab;
# or columns aligned by blanks that end with a figure: "Poltava    14    3", "Kyiv region   21"
_ROW = re.compile(r"(?:\s[-–—|;]\s|\t).*(?:\s[-–—|;]\s|\t)|\S {2,}[-–—\d][\d,.]*\s*$")
_RULE_LINE = re.compile(r"[ \t]*[-_=~*]{3,}[ \t]*")
_ENDS = (".", "!", "?", ":", ";", '"', "”", ")")
# "long-\nrange", "two-\nstorey", "anti-\naircraft": a hyphen that stays at a line's end
_KEPT_HYPHEN = re.compile(
    r"(?:\d|\b(?:long|short|medium|multi|anti|self|well|non|so|ex|high|low|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|air|sea|ground|surface|cross|front|full|large|small|mid|"
    r"pro|post|pre|co|re|semi|quasi|half|all|far|near|first|second|third|left|right))-$",
    re.I,
)


def unwrap(text: str) -> str:
    """``text`` with the soft line breaks of a hard-wrapped text made spaces (the same length)."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    breaks = [_soft(line, lines[k + 1], width) for k, line in enumerate(lines[:-1])]
    # lines that each end a sentence near one width are a post's, unless sentences run on
    # across other breaks
    if sum(b == _MID_SENTENCE for b in breaks) < _RUN_ON:
        return text
    out = list(text)
    pos = 0
    for line, soft in zip(lines, breaks, strict=False):  # (the last line breaks nothing)
        pos += len(line)
        if soft:
            out[pos] = " "
            _join_word(text, pos, out)
        pos += 1
    return "".join(out)


_MID_SENTENCE, _SENTENCE_END = 1, 2
_RUN_ON = 2  # breaks inside a sentence that show a text is wrapped


_WORD_BEFORE = re.compile(r"(?<![\w-])[a-z]{2,}-$")
_WORD_AFTER = re.compile(r"[a-z]+")


def _join_word(text: str, cut: int, out: list[str]) -> None:
    """ "resi-\ndential" as "residential" and two blanks: a word hyphenated at a soft break,
    moved back over its hyphen and break, unless the hyphen is a compound's ("long-range")."""
    head = _WORD_BEFORE.search(text, max(0, cut - 30), cut)
    tail = _WORD_AFTER.match(text, cut + 1)
    if head is None or tail is None or _KEPT_HYPHEN.search(head.group()):
        return
    word = tail.group()
    out[cut - 1 : tail.end()] = [*word, " ", " "]


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text's lines are cut at, or None when they are not: at least three lines
    within a few characters of the longest usual line, and almost none longer."""
    lengths = sorted(len(x.rstrip()) for x in lines if x.strip())
    if len(lengths) < 4:
        return None
    width = lengths[(len(lengths) * 9) // 10 - (1 if len(lengths) >= 10 else 0)]
    longer = sum(n > width + 2 for n in lengths)
    near = sum(width - _FILLED <= n <= width + 2 for n in lengths)
    if not _NARROWEST <= width <= _WIDEST or longer * 10 > len(lengths) or near < 3:
        return None
    return width if near * 3 >= len(lengths) else None


def _soft(line: str, following: str, width: int) -> int:
    """Whether the break between ``line`` and ``following`` is soft: 0 when it is not,
    ``_MID_SENTENCE`` when it cuts a sentence, ``_SENTENCE_END`` when it only cuts a paragraph
    (a sentence ends at it, and the next word would not have fitted on the line)."""
    body, nxt = line.rstrip(), following.strip()
    if not body.strip() or not nxt or len(body) < width * _NEAR:
        return 0
    if BULLET.match(following) or _STRUCTURE.match(following) or _ROW.search(following):
        return 0
    fields = [bool(FIELD.fullmatch(x) or _RULE_LINE.fullmatch(x)) for x in (line, following)]
    if all(fields) and not _RULE_LINE.fullmatch(line + following):
        return 0  # a card's fields, one a line ("Damage category: C - roof"), a rule between
    first = nxt.split(maxsplit=1)[0]
    fits = len(body) + 1 + len(first) <= width
    if nxt[0].islower():
        return _MID_SENTENCE
    if body.endswith(_ENDS):
        return _SENTENCE_END if not fits and body.endswith(_FULL_STOPS) else 0
    if not fits or body.endswith((",", "-", "–", "—")):
        return _MID_SENTENCE
    return 0


_FULL_STOPS = (".", "!", "?", '"', "”")
