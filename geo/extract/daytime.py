"""The time of day a sentence gives alone ("in the afternoon", "in the evening") and the day it
belongs to. A report that gives no time of publication is read as a morning one, its evening the
eve (``geo.extract.dates``); but one that has named its own day in its body by weekday or date
("Early on Tuesday", "spent Tuesday in Helsinki") or whose title sums that day up ("Evening
summary for 12.02.2025") is written at that day's end: its afternoon and evening are that day's.
A day named before in the same paragraph ("Entry 4 - 9 Sep - Nikopol. ... died in the evening")
is the evening's day in any report. The eve said as such ("late last night") stays the eve."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from geo.extract.wording import words

# the evening's words and the afternoon's
_EVENING = ("in the evening", "on the evening", "late in the day")
_AFTERNOON = ("in the afternoon",)
# the time of a day, with no day named
DAYTIME = words(*_EVENING, *_AFTERNOON)
# the eve said as such: in a morning report, the evening before it
EVE = words("late last night", r"(?:shortly |just )?before midnight")
# a night told in other words than "overnight" ("for the third night in a row", "a night attack",
# "the night in the region was restless"): the night the report wakes to, as "before dawn" is
NIGHT_TOLD = words(
    r"(?:second|third|fourth|fifth|sixth|another|consecutive)\s+(?:straight\s+)?night",
    r"night\s+in\s+a\s+row",
    r"night(?:-?time)?\s+(?:attacks?|raids?|strikes?|shelling|assaults?)",
    r"the\s+night\s+(?:in\s+[\w ]{1,30}?\s+)?(?:was|passed)",
    # the small hours by midnight: "shortly after midnight", "in the middle of the night" (a
    # clock alone, "at about 03:40", still says nothing of the day: see test_extract_times_of_day)
    r"(?:after|since)\s+midnight",
    r"this\s+night",  # a translated "this night" (the one just ended)
    r"in\s+the\s+(?:middle|dead)\s+of\s+the\s+night",
)
# the words before a clock that give an event's time ("at 21:10", "shortly after 2 a.m.", "from
# about 06:00")
CLOCK_CUE = r"(?:at|around|about|after|before|from)\s+(?:about\s+|around\s+|approximately\s+)?"
# a clock of the small hours written with "a.m." ("at around 3 a.m.", "shortly after 2 a.m.",
# "at 4am"): the night the report wakes to, as "before dawn" is (not "by 5 a.m.", an aftermath's
# end; a 24-hour clock alone, "at 03:40", still says nothing of the day)
SMALL_HOURS_CLOCK = words(
    CLOCK_CUE
    # "at 2.30 a.m.", or on a 24-hour clock with its leading zero, "around 02:30"
    + r"(?:(?:0?[1-5]|12)(?:[:.][0-5]\d)?\s*a\.?m|0[0-5][:.][0-5]\d(?![:.]?\d))"
)
# after "yesterday", a span's end in the night or this morning ("from yesterday evening until this
# morning", "yesterday evening and overnight"): dated by its end, as "the night of 3 to 4" is
_INTO_THE_NIGHT = re.compile(
    r"[^.;]{0,30}?\b(?:(?:until|till|to|into|through)\s+(?:the\s+night|this\s+morning|dawn)|"
    r"and\s+(?:overnight|into\s+the\s+night|through\s+the\s+night))\b",
    re.I,
)
# a night's words: its day is the morning the night ended, no evidence of a day's end
NIGHTLY = re.compile(
    r"\b(?:night|nights|overnight|tonight|dawn|daybreak)\b|\b(?:early|small|wee)\s+hours\b", re.I
)
# the parts of a day in words, the night's aside (NIGHTLY, SMALL_HOURS_CLOCK): two attacks on one
# place told at two of them are two (geo.extract.apart_in_day)
PARTS_OF_DAY = (
    ("morning", words(r"(?:early\s+)?in\s+the\s+morning", r"this\s+morning")),
    ("afternoon", words(*_AFTERNOON, r"this\s+afternoon", r"at\s+(?:noon|midday)")),
    ("evening", words(*_EVENING, r"(?:this|an?|the)\s+evening")),
)
# "today", "this morning": a morning report says them as well, no evidence of a day's end
_THIS_DAY = words("today", r"this\s+(?:morning|afternoon|evening)")


def days_back(sentence: str, after: int) -> int:
    """How many days before publication a "yesterday" ending at ``after`` is: 1, or 0 when a span
    from it ends in the night or this morning ("from yesterday evening until this morning")."""
    return 0 if _INTO_THE_NIGHT.match(sentence, after) else 1


def daytime_alone(sentence: str) -> bool:
    """Whether the sentence's time words are a time of day ("in the afternoon"), not the eve
    ("late last night") nor a night's (the caller checks it names no day either)."""
    return bool(DAYTIME.search(sentence)) and not (
        EVE.search(sentence) or NIGHTLY.search(sentence) or _THIS_DAY.search(sentence)
    )


def names_a_day(sentence: str) -> bool:
    """Whether the sentence names its day by weekday or date in words of the day ("Early on
    Tuesday", "on 5 October", "yesterday at 10:20"), not of a night ("overnight", "on the night
    of 9 to 10 June") nor as a morning report says its own day ("this morning")."""
    return not (NIGHTLY.search(sentence) or _THIS_DAY.search(sentence))


@dataclass
class DaysTold:
    """The days a report's body has named so far: the last one in each paragraph, and the last
    one of all (or the day its title sums up)."""

    by_paragraph: dict[int, date] = field(default_factory=dict)
    last: date | None = None

    def tell(self, paragraph: int, day: date) -> None:
        self.by_paragraph[paragraph] = day
        self.last = day

    def of_daytime(self, paragraph: int, own_day: date, clock: bool) -> date | None:
        """The day a time of day alone in ``paragraph`` belongs to: the day named before in the
        paragraph; else, in a report that gives no time of publication (no ``clock``), its own
        day (``own_day``) when the body named it last; else None (the eve, as dates reads it)."""
        if paragraph in self.by_paragraph:
            return self.by_paragraph[paragraph]
        return own_day if not clock and self.last == own_day else None
