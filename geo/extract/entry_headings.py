"""A line's heading place: the place that opens its line before a colon or a dash, as the place
the line tells of ("📍 Kherson: a drone dropped ...", "🔻 Kyiv city — drone hits ...", "▪️ Kyiv
region — 164").

A log's, a timeline's or a factbox's entry may carry its own day on either side of the place:
before it, after the entry's bullet ("* Nov. 29 - ODESA: a missile hit ...", "- Dec. 1, Sumy: ...",
"07:05 - Kherson: ...", "2 June, 22:15 | Kursk | ...") or after it, before a colon ("ODESA, Nov. 29:
...", "Sumy (30 Nov): ..."). The day is the entry's (``geo.extract.days`` reads it); the place is
still the line's heading. (A place, a day and a dash with no colon is a wire story's dateline,
"DNIPRO, May 3 - In Kamianske ...": ``geo.extract.datelines`` reads those.)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.entries import STAMPS
from geo.extract.sentences import CLOCK, LIST_MARK, line_bounds

if TYPE_CHECKING:
    from geo.extract.place_hits import PlaceHit
    from geo.extract.sentences import Sentence

# what opens the line before the place: a bullet or an emoji, a list's mark ("1. Kupiansk: ...",
# "a) Izium - ..."), the entry's day or clock and the mark after it ("* Nov. 29 - ", "22:15, 2 June - "),
# a log's weekday before its clock, its date in brackets after it or a span of two clocks ("Tue
# 13:05 | ", "03:48 (12.07) | ", "Wed 04:00-05:00 | ")
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:[a-z]*day)?\.?,?\s+"
_LOG_STAMP = rf"(?:{_WEEKDAY})?(?:{STAMPS})(?:\s*\(\s*(?:{STAMPS})\s*\)|[-–](?:{CLOCK}))?"
# (the runs of spaces are read once, "*+" and "++": a list's mark opens with no space and what
# follows takes any spaces left, so the same lines match; "\s*" and "[^\w\n]*" tried every split
# of a run between them, 8,000 spaces opening a line 3.5 s a place)
# a thread's post number: "2/ Marinovka airbase, Volgograd region: ...", "3/7 Kherson: ..."
_THREAD_MARK = r"\d{1,2}/(?:\d{1,2})?"
_HEADING_BEFORE = re.compile(
    rf"\s*+(?:{LIST_MARK}\s++|{_THREAD_MARK}\s++)?[^\w\n]*(?:(?:{_LOG_STAMP})[^\w\n]*)?$", re.I
)
HEADING_MARK = r"\s*(?::|\s[—–|-])\s"  # a colon, or a dash or a bar between spaces
# the rest of a log's place cell before its bar: where in the town ("Dnipro, Novokodatskyi
# dist. | ", "Nikopol, centre | ")
_CELL_REST = r",[^|:\n]{1,40}\s\|\s"
# ", Cherkasy region", " (Kyiv region)", ", Belgorod district"
_LOCATOR = (
    r"(?:,\s*(?:the\s+)?[\w'’-]+\s+(?:region|oblast|province|district|raion|krai)|"
    r"\s*\([\w'’-]+\s+(?:region|oblast|province|obl\.)\))"
)
# the entry's day after the place, then a colon: "ODESA, Nov. 29: ", "Sumy (30 Nov): "
_DAY_AFTER = rf"(?:,\s*(?:{STAMPS})\s*:\s|\s*\(\s*(?:{STAMPS})\s*\)\s*:\s)"
# the facility of the place the line tells of, with its other name in brackets ("- Kremenchuk
# refinery: ...", "- Mykolaiv port (Varvarivka): ...", "- Burshtyn TPP: ..."), or the other towns
# of a line headed by two or three ("- Kupiansk and Borova: artillery fire ...")
_FACILITY = (
    r"(?:\s+(?:refinery|(?:sea\s+|river\s+)?port|(?:thermal\s+|hydro\s*|nuclear\s+)?(?:power\s+)?plant|"
    r"TPP|CHPP?|HPP|NPP|(?:oil\s+|grain\s+)?terminal|depot|substation|bridge|airfield|air\s*base|airport)"
    r"(?:\s*\([\w'’ -]{1,30}\))?)"
)
_OTHER_TOWNS = r"(?:(?:\s*,|\s+and|\s+&)\s+(?-i:[A-Z])[\w'’-]+){1,3}"
# a business's or a service's site in the town, after a comma: a notice's "Kostiantynivka,
# branch No. 2 (Nezalezhnosti St.): ...", "Sumy, depot: ...", "Kharkiv, store #14: ..."
_SITE = (
    r"(?:,\s*(?:our\s+)?(?:[\w-]+\s+)?(?:branch|depot|office|store|shop|outlet|warehouse|"
    r"terminal|hub|site|point|unit|school|lyceum|plant|factory|station|pharmacy|clinic)"
    r"(?:\s+(?:No\.?|N|#)\s*\d{1,4})?(?:\s*\([^()\n]{1,40}\))?)"
)
_HEADING_AFTER = re.compile(
    r"^(?:\s+(?:city|town|village|settlement|region|oblast|province|obl\.|district|community|"
    rf"hromada)|"
    rf"{_FACILITY}|{_SITE}"
    rf"|{_OTHER_TOWNS}(?={HEADING_MARK}))?"
    rf"(?:(?:{_LOCATOR})?{HEADING_MARK}|(?:{_LOCATOR})?{_DAY_AFTER}|{_CELL_REST})",
    re.I,
)


# a log line's opening that carries its own stamp or number before the place ("02:40 — ", "3. 15
# July, ", "1) 22:10 "): such a line's place may be followed by a comma and the event's clause
_STAMPED_BEFORE = re.compile(
    rf"\s*+(?:(?:{LIST_MARK})\s++(?:[^\w\n]*+(?:{_LOG_STAMP}))?|[^\w\n]*+(?:{_LOG_STAMP}))[^\w\n]*+$",
    re.I,
)
# the place's comma before a clause that opens lower-case ("Kremenchuk, drones hit ...", "Odesa
# region, an energy facility struck"; not "Odesa, update to 10 Nov: ...", a revision of an entry)
_COMMA_CLAUSE = re.compile(
    r"(?:\s+(?:region|oblast|province|district|city))?,\s+(?=[a-z])"
    r"(?!(?:update|updated|correction|corrected|revised|revision|rev)\b)",  # (an entry's revision)
    re.I,
)


def opens_line(text: str, line_start: int, pos: int) -> bool:
    """Whether only a bullet, a list's mark or a log's stamp stands between the line's start and
    ``pos`` ("3. 15 July, Donetsk oblast, ...": the chain still opens its line)."""
    return _HEADING_BEFORE.fullmatch(text, line_start, pos) is not None


def heading(text: str, sentence: Sentence, hit: PlaceHit) -> bool:
    """Whether the place opens its line (after a bullet, an emoji or the entry's day) before a
    colon or a dash, or before its entry's day and a colon, as the place the line tells of
    ("📍 Beryslav: yesterday ...", "* Nov. 29 - ODESA: ...", "ODESA, Nov. 29: ...")."""
    return heading_end(text, sentence, hit) is not None


def heading_end(text: str, sentence: Sentence, hit: PlaceHit) -> int | None:
    """Where the heading that the place opens ends (its facility and other towns told with it:
    "- Kupiansk and Borova: ..."), or None when the place opens no heading."""
    line_start = line_bounds(text, hit.start)[0]
    if not _HEADING_BEFORE.fullmatch(text, line_start, hit.start):
        return None
    after = _HEADING_AFTER.match(text[hit.end : sentence.end + 1])
    if after is None and _STAMPED_BEFORE.fullmatch(text, line_start, hit.start):
        after = _COMMA_CLAUSE.match(text, hit.end, sentence.end)  # "02:40 — Kremenchuk, drones"
        return after.end() if after else None
    return hit.end + after.end() if after else None
