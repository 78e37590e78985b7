"""Sentences with their character offsets, and title lines."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from geo.extract.caption_labels import label_end


@dataclass(slots=True)
class Sentence:
    """One sentence of a report: its text, where it starts and ends, and its paragraph (line)."""

    text: str
    start: int
    end: int
    paragraph: int


# "- ", "• ", "1) ", a sub-item's "a. ", "b) ", "(c) ", and the symbols and emoji that posts use as
# bullets ("▪️ ", "🔹 ", "📍 ", "🔻 "; an emoji may carry a variation selector).
LIST_MARK = r"(?:\d{1,2}|[a-z])[.)]|\((?:\d{1,2}|[a-z])\)"
BULLET = re.compile(
    rf"\s*(?:[-–•*\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?|{LIST_MARK})\s"
)
# a numbered or lettered item's mark opening its line ("1. Kharkiv region", "a. Kupiansk — ...")
# ends no sentence
_MARK_ALONE = re.compile(r"\s*(?:\d{1,2}|[a-z])\.")
# (a row of dot leaders before its figure, "Sumy region ...... 41", ends none either)
# (a bold or italic lead-in's closing marks go with it: "**Kherson.** A drone hit ...")
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?!(?<=\.\.)[ \t]+\d)(?:[\"”’)]|[*_]{1,2})?\s+(?=[\"“‘(]?[A-Z0-9А-ЯІЇЄ])"
)
# Titles, "Mt."/"Ft." and months shortened the agencies' way ("Nov. 12", "Sept. 3") end no sentence.
_ABBREVIATIONS = re.compile(
    r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|No|approx|e\.g|i\.e|U\.S|U\.K|Gov|Sen|Rep|Maj|"
    r"Sgt|Capt|Adm|Brig|Prof|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$"
)

# "between 8 p.m. and 11 p.m. Moscow time on Wednesday", "at 9 a.m. GMT": the clock's zone goes on
# with the sentence (its day after the zone is the sentence's)
_MERIDIEM = re.compile(r"(?<![A-Za-z])[AaPp]\.[Mm]\.$")
_ZONE = re.compile(r"(?:[A-Z][a-z]+\s+time\b|(?:GMT|UTC|MSK|EEST|EET|CEST|CET|BST|[ECMP][DS]?T)\b)")

# "... of Odesa oblast, 4 Dec. I spoke to residents": a month shortened after its day closes the date,
# and a sentence with it when no year follows (the agencies' "Dec. 4" keeps its number after)
_DAY_MONTH = re.compile(r"\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")

_REGION_SHORT = re.compile(r"\s(?:obl|reg|dist)\.$", re.I)
_LONGEST_ABBREVIATION = 16  # characters before a full stop that hold any abbreviation and its \b

# "MOSCOW, November 13. /Agency/." opens its story's first sentence (a wire dateline) and ends none.
_SLASHED_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]+, [\w ,]{3,30}\. /[^/]{1,20}/\.$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentences with offsets; a line break always ends one (headlines, paragraphs)."""
    out: list[Sentence] = []
    pos = 0
    for paragraph, line in enumerate(text.split("\n")):
        line_start = pos
        pos += len(line) + 1
        cursor = 0
        for m in _SENTENCE_END.finditer(line):
            # looked for in place, not in a copy of the line so far: a line of thousands of
            # sentences (a pasted log) would cost the square of its length
            end = m.start()
            day_month_end = not line[m.end()].isdigit() and _DAY_MONTH.search(
                line, max(0, end - _LONGEST_ABBREVIATION), end
            )
            if (
                (
                    _ABBREVIATIONS.search(line, max(0, end - _LONGEST_ABBREVIATION), end)
                    and not day_month_end
                )
                or _MARK_ALONE.fullmatch(line, 0, end)
                or label_end(line, 0, m.end()) == end  # "Frame 1. Kherson, 2 March 2025."
                or _SLASHED_DATELINE.match(line, 0, end)
                or (_ZONE.match(line, m.end()) and _MERIDIEM.search(line, max(0, end - 4), end))
                # "fell in Kyiv obl. (Fastiv district)": the bracket goes with the region
                or (line.startswith("(", m.end()) and _REGION_SHORT.search(line, 0, end))
            ):
                continue
            _add_sentence(out, line, cursor, m.start(), line_start, paragraph)
            cursor = m.end()
        _add_sentence(out, line, cursor, len(line), line_start, paragraph)
    return out


# The longest sentence read as one. Written sentences stay far below (the longest of every
# report set here has 399 characters); a run-on paste of thousands of clauses is read in pieces
# cut at a space, as what is done once per place or event word of a sentence looks at the whole
# sentence: 30 kB of "a missile hit X and" took 32 s in one piece, and four times as much
# sixteen times as long.
MAX_SENTENCE = 2000


def _add_sentence(
    out: list[Sentence], line: str, s: int, e: int, base: int, paragraph: int
) -> None:
    while e - s > MAX_SENTENCE:
        cut = line.rfind(" ", s + 1, s + MAX_SENTENCE)
        cut = cut if cut > s else s + MAX_SENTENCE
        _add_sentence(out, line, s, cut, base, paragraph)
        s = cut
    chunk = line[s:e]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        out.append(Sentence(stripped, base + s + lead, base + s + lead + len(stripped), paragraph))


# An agency's slug for a new version of a story, and the editor's note after it ("UPDATE 2 -
# Adds death toll, details of strike on X", "REFILE-", "CORRECTED-"): it sums up what the body
# tells, whatever its length.
_WIRE_SLUG = re.compile(
    r"^(?:UPDATE|REFILE|CORRECTED|CORRECTION|RPT|WRAPUP|REPEAT)(?:\s+\d{1,2})?\s*[-–—:]\s*\S"
)


@lru_cache(maxsize=2)
def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in re.finditer("\n", text))]


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Where the line holding offset ``pos`` starts and ends (its line break or the text's end).
    The text's line starts are found once and bisected: asked once per sentence, looking back
    and ahead for a line break costs the square of a line of 100,000 short sentences."""
    starts = _line_starts(text)
    n = bisect.bisect_right(starts, pos)
    return starts[n - 1], starts[n] - 1 if n < len(starts) else len(text)


_SPACES = re.compile(r"\s*")


def _past_spaces(text: str, pos: int) -> int:
    m = _SPACES.match(text, pos)
    return m.end() if m else pos


def opens_line(text: str, s: Sentence) -> bool:
    """Whether only spaces come before the sentence on its line."""
    return _past_spaces(text, line_bounds(text, s.start)[0]) >= s.start


def whole_line(text: str, s: Sentence) -> bool:
    """Whether the sentence is its line's only one (nothing but spaces beside it)."""
    end = line_bounds(text, s.start)[1]
    return opens_line(text, s) and _past_spaces(text, s.end) >= end


def is_headline(text: str, s: Sentence) -> bool:
    """A title line: the whole line, short, without a full stop, not a bullet of a list; or an
    agency's slug line. (Asked of one sentence by several readers, five times over: the answer
    is kept until the next report, :func:`geo.extract.report_memo.forget`.)"""
    return headline(text, s.text, s.start, s.end)


@lru_cache(maxsize=4096)
def headline(text: str, line: str, start: int, end: int) -> bool:
    """Whether the sentence ``line`` at ``start``-``end`` of ``text`` is a title line."""
    if not whole_line(text, Sentence(line, start, end, 0)):
        return False
    if BULLET.match(line) or line.startswith("|"):  # "|": a table's row
        return False
    return bool(_WIRE_SLUG.match(line)) or (
        not line.endswith((".", "!", "?", '"', "”"))
        and len(line.split()) <= 16
        and not TALLY_LINE.search(line)
        and not _SIGNED_END.search(line)
    )


# a full sentence closed by its source's name after a dash ("... at night. — Odesa RMA"): no title
_SIGNED_END = re.compile(r"[.!?][ \t]*[—–-]{1,2}[ \t]*\w[^.!?\n]*$")


# a clock time: "14:05", "9.20 pm", "1:38 p.m."
CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?\s?[Mm]\.?)?"

# "Volyn region - 15", "Kh-101 - 70 / 66": a tally's line ends with its figures, a title does not
# (a clock's "Kharkiv, 14:20" ends with no figure: a live blog's heading)
TALLY_LINE = re.compile(r"(?:\s[-–—]|(?<!\d):)\s*\d[\d,]*(?:\s*/\s*\d[\d,]*)?$")
