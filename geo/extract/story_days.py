"""Days a narrative tells relative to its own day: "On Tuesday a shell hit X. Later that morning a
drone struck Y. The next day ... Two days later ... A day earlier ...". The day is the story's,
the last day the text has told (a paragraph's, a diary entry's, a timeline line's), not the
day the document came out: "that morning", "that afternoon", "later that day", "by nightfall"
and a timeline's "Same day, 14:30." are that day; "the next day", "the following morning" the day after it; "two days later" two
after it; "a day earlier", "the day before", "the previous evening" the day before it. A
sentence naming a day of its own is read by that day (``dates.date_in``), and with no day told
before it the phrase dates nothing (the report's own default stands)."""

from __future__ import annotations

import re
from datetime import timedelta

from geo.extract.dates import When
from geo.extract.numbers import number

_PART = r"(?:day|morning|afternoon|evening)"
_COUNT = r"(?P<n>a|one|two|three|four|five|six|[1-6])"
# "the day before" alone, not "the day before the talks", "the day before yesterday"
_ALONE = r"\b(?!\s+(?:the|a|an|his|her|their|its|yesterday)\b)"
# the phrase opening the sentence (a fronted time: "Later that morning a drone ...", "The next
# day artillery ...", "A day earlier, ...", "By nightfall ...", a timeline's "Same day, 14:30."),
# group ``same``, ``next``, ``later`` or ``earlier`` telling the shift; inside a sentence such
# words time something else ("pictures taken a day later", "they spent the next day without
# water", "told reporters about it the next morning")
_SHIFT = re.compile(
    r"^\W*(?:(?:and|then|but|so|only|just|on|by|in)\s+)?(?:"
    rf"(?P<same>(?:later\s+|earlier\s+|early\s+|late\s+)?(?:on\s+)?(?:that|the\s+same)\s+{_PART}|"
    r"nightfall|same\s+day)|"
    rf"(?P<next>the\s+(?:next|following)\s+{_PART}|the\s+day\s+after{_ALONE})|"
    rf"{_COUNT}\s+(?:(?P<later>days?\s+later)|(?P<earlier>days?\s+earlier))|"
    rf"(?P<before>the\s+(?:day\s+before|previous\s+{_PART}){_ALONE})"
    r")\b",
    re.I,
)


def shift_told(sentence: str) -> int | None:
    """How many days after (before, negative) the story's day a sentence says its news came,
    or None when it says nothing of the kind."""
    if not any(w in sentence.lower() for w in ("that ", "nightfall", "next", "following", "day")):
        return None
    m = _SHIFT.search(sentence)
    if m is None:
        return None
    if m.group("same"):
        return 0
    if m.group("next"):
        return 1
    if m.group("before"):
        return -1
    n = number(m.group("n")) or 1
    return n if m.group("later") else -n


def story_day(sentence: str, told: When | None) -> When | None:
    """The day a sentence with no day of its own gives by the story's day ``told`` (the last
    one told, to the day): that day moved as the sentence says; None when it says nothing of it
    or no day was told."""
    if told is None or told.precision != 1:
        return None
    shift = shift_told(sentence)
    if shift is None:
        return None
    return When(told.day + timedelta(days=shift), 1, True)
