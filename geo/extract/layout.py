"""The report's layout: bullets of a list and the line that introduces them, a live blog's time
stamps, the day a report's lead gives its story (a title's day: ``title_days``), and a sentence
that opens another story."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from geo.extract.colon_lists import carried_list
from geo.extract.dates import When, date_in, of_the_night, past_day_of_morning
from geo.extract.day_of_writing import tells_day_of_writing
from geo.extract.lexicon import Trigger
from geo.extract.publication import Publication, stamped_line
from geo.extract.sentences import BULLET, CLOCK, Sentence, is_headline, line_bounds
from geo.extract.tally_breakdown import breakdown_body
from geo.extract.title_days import title_when

if TYPE_CHECKING:
    from geo.extract.draft import Draft
    from geo.extract.place_hits import PlaceHit

__all__ = [
    "BULLET",
    "TIME_STAMP",
    "ListIntro",
    "continues",
    "is_digest",
    "is_live_blog",
    "line_start",
    "on_bullet",
    "other_bullet",
    "heading_text",
    "is_heading",
    "same_target",
    "stamp_hours",
    "stamped",
    "title_when",
    "lead_sentence",
    "lead_when",
]

# "14:05", "9:20 AM", "1:38 p.m. ET", "12:05 pm (EDT)"
TIME_STAMP = re.compile(rf"(?m)^[^\S\n]*\[?{CLOCK}\]?(?:\s*\(?[A-Z]{{2,4}}\)?)?\s*$")
_AFTERNOON = re.compile(r"[Pp]\.?\s?[Mm]")
# what parts an entry's label and date from its place: a spaced dash, a bar, a colon
_LABEL_CUT = re.compile(r"\s[\u2013\u2014|-]\s|:\s")
# a heading's words from its place on, after a label and date ("Entry 4 — 9 Sep — ")
_ENTRY_WORDS = 6
_HEADING_WORDS = 4
_PLACE_ENDS = re.compile(r"\s*(?:[,.:;]|$)")
# a note in brackets right after a heading's place, no words of the heading ("Huliaipole (Zaporizhzhia
# region)" in an annex's item "3. 11 October 2024, Huliaipole (Zaporizhzhia region).")
_BRACKET_NOTE = re.compile(r"\s*\([^()\n]{1,40}\)")


def is_heading(s: Sentence, head: PlaceHit) -> bool:
    """Whether sentence ``s``, with no event word, is a short heading of its place ``head``."""
    return heading_text(s.text, head.start - s.start, head.end - s.start)


def heading_text(sentence: str, place_at: int, place_end: int) -> bool:
    """Whether a sentence with no event word is a short heading of the place it names at
    ``place_at:place_end``: a few words ("Kharkiv.", "Izium, Kharkiv region."), or a few opened
    by the place after a label or a date parted by a dash, a bar or a colon ("Case 4 — 3 Mar —
    Sloviansk, near the old river port."; not "09:10 - Lviv's toll has risen")."""
    cuts = [m.end() for m in _LABEL_CUT.finditer(sentence, 0, place_at + 1)]
    if cuts:
        opens = not sentence[cuts[-1] : place_at].strip() and _PLACE_ENDS.match(sentence, place_end)
        return bool(opens) and len(sentence[cuts[-1] :].strip(" .:").split()) <= _ENTRY_WORDS
    note = _BRACKET_NOTE.match(sentence, place_end)  # right after the place, none of its words
    if note:
        sentence = sentence[: note.start()] + sentence[note.end() :]
    return len(BULLET.sub("", sentence).strip(" .:").split()) <= _HEADING_WORDS


def nothing_matched(text: str) -> re.Match[str]:
    """A match of nothing at the start of ``text``: a trigger carried over from a list's intro."""
    found = re.match("", text)
    assert found is not None  # the empty pattern matches every text
    return found


# an entry's time stamp opening its line before a dash: "09:10 - ...", "10:45 CORRECTION - ..."
_ENTRY_STAMP = re.compile(
    rf"(?m)^[ \t]*(?P<t>{CLOCK})(?:[ \t]+[A-Z]{{3,}}){{0,2}}[ \t]*[—–-][ \t]"
    r"(?![ \t]*\d{1,2}[:.]\d{2})"  # (not a span of hours: "09:30 - 10:00")
)


# an entry's heading of a place and its time, on a line of its own: "Rivne, 22:40", "**ODESA, 12:05**"
_PLACE_STAMP = re.compile(
    r"(?m)^[ \t*_#]*[A-Z][\w'\u2019.-]*(?:[ -][\w'\u2019.-]+){0,3},[ \t]*"
    rf"(?P<t>{CLOCK})[ \t*_:]*$"
)


def _stamps(text: str) -> list[tuple[int, str]]:
    alone = [(m.start(), m.group()) for m in TIME_STAMP.finditer(text)]
    entries = [
        (m.start(), m.group("t"))
        for stamp in (_ENTRY_STAMP, _PLACE_STAMP)
        for m in stamp.finditer(text)
    ]
    return sorted(alone + entries)


def is_live_blog(text: str) -> bool:
    """A live blog: two or more lines that are time stamps alone, or that open with one before
    a dash ("09:10 - Air defence is working ...")."""
    return len(_stamps(text)) >= 2


def stamp_hours(text: str) -> list[tuple[int, int]]:
    """A live blog's time stamps: where each stands and its hour, in text order."""
    return [(at, _hour(stamp)) for at, stamp in _stamps(text)]


def _hour(stamp: str) -> int:
    """The hour of a time stamp on the 24-hour clock ("1:38 p.m." is 13)."""
    hour = int(re.split(r"[:.]", stamp.strip(" \t["))[0])
    return hour + 12 if _AFTERNOON.search(stamp) and hour < 12 else hour


def stamped(pub: Publication, stamps: list[tuple[int, int]], pos: int) -> Publication:
    """The publication as of the entry at ``pos``: an entry stamped after noon was written in
    the afternoon or evening, so its "in the evening" is that day's evening, not the one before."""
    k = bisect.bisect_right(stamps, (pos, 99)) - 1
    return Publication(pub.day, stamps[k][1] < 12, True) if k >= 0 and pub.morning else pub


def is_digest(text: str, sentences: list[Sentence]) -> bool:
    """A digest of headlines: nearly all its sentences are titles, or most of its blocks (lines
    between blank lines) are a headline with at most a sub-headline under it, each block a story
    of its own. A live blog's time stamps are no headlines."""
    if sum(not is_headline(text, s) for s in sentences) < 0.3 * len(sentences):
        return True
    if is_live_blog(text):
        return False
    titles = {s.start for s in sentences if is_headline(text, s)}
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip()]
    offset, stories = 0, 0
    for block in blocks:
        start = text.index(block, offset)
        offset = start + len(block)
        lines = [ln for ln in block.split("\n") if ln.strip()]
        first = start + len(block) - len(block.lstrip())
        stories += len(lines) <= 2 and first in titles
    return stories >= 3 and stories >= 0.5 * len(blocks)


def line_start(text: str, s: Sentence) -> int:
    """Where the line of the sentence's start begins."""
    return line_bounds(text, s.start)[0]


def on_bullet(text: str, s: Sentence) -> bool:
    """Whether the sentence's line is a bullet of a list."""
    return bool(BULLET.match(text, line_start(text, s)))


def other_bullet(text: str, s: Sentence, before: Sentence) -> bool:
    """Whether ``s`` stands on a bullet of a list that ``before`` is not on: each bullet is an
    item of its own ("* 4 July - ... 2 killed in X", "* 28 August - 598 drones ...")."""
    start = line_start(text, s)
    return bool(BULLET.match(text, start)) and before.start < start


def lead_sentence(text: str, sentences: list[Sentence]) -> Sentence | None:
    """The report's lead: the first sentence of the body (no title line, no bullet, no greeting
    of a few words), or None."""
    for s in sentences:
        if s.paragraph > 8:
            break
        if is_headline(text, s) or BULLET.match(text, line_start(text, s)):
            continue
        if len(s.text.split()) >= 8:
            return s
    return None


def lead_when(text: str, sentences: list[Sentence], pub: Publication) -> When | None:
    """The day the report's lead gives its story, when it names one ("on the night of 18 to 19
    April", "announced on Sunday"; not "overnight" alone). Undated sentences of the story are
    that day's, not the day before publication."""
    s = lead_sentence(text, sentences)
    if s is None:
        return None
    # a header line too long for a title, stamped with the day and clock ("General Staff ...,
    # update as of 08:00, 5 December 2026 (translated)"), over a body opening on a morning
    # update's "over the past day": the body's day (the day before) is the story's
    if s.paragraph < 3 and not s.text.endswith((".", "!", "?")) and stamped_line(s.text):
        body = next((x for x in sentences if x.start > s.end and len(x.text.split()) >= 8), None)
        if body is not None and (past := past_day_of_morning(body.text, pub)) is not None:
            return past
    when = date_in(s.text, pub) or past_day_of_morning(s.text, pub)
    # "overnight" alone is the lead's own event's time, not a day for the rest of the news;
    # "this morning", "today" tell of the day of writing, the story's (day_of_writing)
    night = of_the_night(s.text) and not tells_day_of_writing(s.text)
    named = when is not None and when.precision == 1 and not night
    return when if named else None


# The line before a list of events told as background: "Below are other large attacks since
# June:", "Earlier strikes on the city:", "Previous attacks of this size:"
_EARLIER_EVENTS = re.compile(
    r"\b(?:other|earlier|previous|past|prior)\b[^:]{0,60}?\b(?:attacks|strikes|raids|assaults|"
    r"incidents|events)\b",
    re.I,
)


# "Kyiv region — 31; Chernihiv region — 22; Sumy region — 14": places each with its figure and
# no event word, the tally of the sentence before it ("UAVs: 89 shot down.")
_TALLY_ITEM = r"(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’.-]+){0,2}?\s*(?:[—–:]|\s-)\s*\d+(?:\s+[A-Za-z-]+)?"
_TALLY_RUN = re.compile(rf"^\W*{_TALLY_ITEM}(?:\s*[;,]\s*(?:and\s+)?{_TALLY_ITEM})+\s*[.;]?$", re.I)


def tally_run(sentence: str) -> bool:
    """Whether the sentence is only a run of places with their figures ("X — 31; Y — 22")."""
    return bool(_TALLY_RUN.match(sentence))


_LONGEST_ITEM_LINE = 1000


# a tally's breakdown line with no words of its own: "By region:", "Broken down by oblast:"
_BREAKDOWN = re.compile(
    r"\W*(?:broken\s+down\s+|breakdown\s+)?(?:by|per)\s+(?:regions?|oblasts?|provinces?)\W*:$",
    re.I,
)


class ListIntro:
    """The event word of a line that introduces a list ("air defence shot down 121 targets:"),
    for its bullets that have none of their own ("- 28 Kh-101s: 16 over ...")."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.intro: list[Trigger] = []
        # a list of earlier events ("Below are other large attacks since June:"): background
        self.background = False
        self.tally_paragraph: int | None = None  # whose last sentence was an interception
        self.told: tuple[int, str, str] | None = None  # the last event word's paragraph, type, text
        self.carried_from: str | None = None  # the sentence a list goes on from ("Among them")

    def _unmarked_item(self, s: Sentence) -> bool:
        """A list's line with no bullet mark ("Volyn region - 15" under "Shot down, by
        region:"): a whole short line with no full stop, right under the intro or another."""
        if not self.intro:
            return False
        line_start, line_end = line_bounds(self.text, s.start)
        if line_end - line_start > _LONGEST_ITEM_LINE:
            return False  # (not copied for each of its sentences)
        line = self.text[line_start:line_end].strip()
        # the line above, found without copying the text before it (this runs per sentence)
        above_start, above_end = line_bounds(self.text, line_start - 1) if line_start else (0, 0)
        above = self.text[above_start:above_end]
        return bool(above.strip()) and len(line) <= 60 and not line.endswith((".", "!", "?"))

    def triggers(self, s: Sentence, triggers: list[Trigger]) -> list[Trigger]:
        """The sentence's own event words, or those of the list it is a bullet of, or of the
        tally sentence before it ("UAVs: 89 shot down. Kyiv region — 31; Sumy region — 14")."""
        triggers = self._list_triggers(s, triggers)
        told, self.told = self.told, (s.paragraph, triggers[-1][0], s.text) if triggers else None
        self.carried_from = None
        if not triggers and told and told[0] == s.paragraph and carried_list(s.text):
            triggers = [
                (told[1], nothing_matched(s.text))
            ]  # "... shelled 38 settlements. Among them X"
            self.carried_from = told[2]  # (its weapons too)
        if not triggers and self._tally_goes_on(s):
            triggers = [("interception", nothing_matched(s.text))]
        interception = any(t == "interception" for t, _ in triggers)
        self.tally_paragraph = s.paragraph if interception else None
        return triggers

    def _tally_goes_on(self, s: Sentence) -> bool:
        """Whether the sentence is the breakdown of the downing tally right before it: a run
        of places and figures in its paragraph, or one framed as a breakdown ("By region: X -
        16, Y - 13; the rest over ...") in its paragraph or the next."""
        if self.tally_paragraph is None:
            return False
        if self.tally_paragraph == s.paragraph and tally_run(s.text):
            return True
        body = breakdown_body(s.text)
        return body is not None and tally_run(body)

    def _list_triggers(self, s: Sentence, triggers: list[Trigger]) -> list[Trigger]:
        """The sentence's own event words, or those of the list it is a bullet of."""
        if s.text.endswith(":"):
            kinds = [t for t, _ in triggers]
            if not kinds and self.tally_paragraph is not None and _BREAKDOWN.match(s.text):
                kinds = ["interception"]  # "... 101 UAVs downed." then "By region:"
            kind = "interception" if "interception" in kinds else (kinds or [""])[-1]
            self.intro = [(t, nothing_matched(s.text)) for t in ([kind] if kinds else [])]
            self.background = bool(triggers and _EARLIER_EVENTS.search(s.text))
        elif not on_bullet(self.text, s) and not self._unmarked_item(s):
            self.intro, self.background = [], False
        elif not triggers:
            return [(t, nothing_matched(s.text)) for t, _ in self.intro]
        return triggers


# "Separately, drones hit Odesa": another story, which takes no day from the one before.
_NEW_STORY = re.compile(r"^\W*(?:separately|elsewhere|in other news|in a separate \w+)\b", re.I)


def new_story(sentence: str) -> bool:
    """Whether the sentence opens another story ("Separately, ...", "Elsewhere, ...")."""
    return bool(_NEW_STORY.match(sentence))


# a facility named again by its kind: "the depot", "the refinery", "the air base"
_THE_FACILITY = re.compile(
    r"\bthe\s+(depot|plant|refinery|substation|terminal|shipyard|factory|warehouse|airfield|"
    r"air\s+base|oil\s+depot|fuel\s+depot|bridge|port|dam)\b",
    re.I,
)


def same_target(last: Draft, text: str) -> bool:
    """Whether a sentence with no place names again by its kind the facility the event before
    it hit ("two missiles hit the Lozova rail depot" ... "two ballistic missiles struck the
    depot"), however far apart: it tells more of that event."""
    m = _THE_FACILITY.search(text)
    return bool(
        m
        and last.event_type == "strike"
        and re.search(rf"\b{re.escape(m.group(1))}\b", last.sentence.text, re.I)
    )


def continues(text: str, s: Sentence, last: Draft, gap: int) -> bool:
    """Whether sentence ``s`` may tell more of the event ``last`` (``gap`` sentences after it):
    in the same paragraph, the very next sentence (wire copy puts each sentence on its own
    line), or naming again the facility it hit ("... hit the Lozova rail depot" ... "the
    depot"); never from another bullet."""
    return (
        last.sentence.paragraph == s.paragraph or gap == 1 or same_target(last, s.text)
    ) and not other_bullet(text, s, last.sentence)
