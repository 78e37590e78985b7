"""Which side of midnight a night told with its clock falls on: "Last night at about 22:30 the
enemy attacked Kremenchuk" in a post of the 25th is the 24th's evening, as "late last night" is;
"Last night at half past ten the sirens went" too; "last evening, around 19:00" is the evening
before whatever the hour the report came out. A night's words alone ("overnight", "last night")
date the news to the morning the night ended (``geo.extract.dates``); the clock, where the writer
gives one, decides the day (issue 16: such evenings were stored a day late, on the publication
day).

Not the small hours ("last night at 02:40", "overnight, after midnight"), nor a span that runs
past midnight ("from 22:00 until 04:00"), nor a night whose day the sentence names ("on the night
of 4 to 5 May at 23:10": that reading is ``month_days``'s)."""

from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta

from geo.extract.dates import When
from geo.extract.wording import words

_NIGHT = words("last night", "overnight", "during the night", "in the night")
_LAST_EVENING = words("last evening", r"late\s+last\s+evening")
_HOUR_WORD = r"(?:six|seven|eight|nine|ten|eleven)"
# a clock of the evening: "22:30", "at 9 p.m.", "half past ten", "around nine," "ten o'clock"
# (a clock may end its sentence, "at 22:30."; a date's "22.30.2025" is none)
_EVENING_CLOCK = re.compile(
    r"(?<![\d:.])(?:1[89]|2[0-3])[:.][0-5]\d(?![\d:]|\.\d)|"
    r"\b(?:[6-9]|1[01])(?:[:.][0-5]\d)?\s*p\.?\s?m\b|"
    rf"\b(?:half|(?:a\s+)?quarter)\s+(?:past|to)\s+{_HOUR_WORD}\b|"
    rf"\b{_HOUR_WORD}\s+(?:o'clock|o’clock|in\s+the\s+evening|at\s+night)\b|"
    rf"\b(?:at|around|about)\s+{_HOUR_WORD}(?=\s*[,;])",
    re.I,
)
# the small hours, or a span's end past midnight: the morning's night
_SMALL_HOURS = re.compile(
    r"(?<![\d:.])0?[0-5][:.][0-5]\d(?![\d:]|\.\d)|\b\d{1,2}(?:[:.]\d\d)?\s*a\.?\s?m\b|"
    r"\b(?:after|past|since)\s+midnight\b|\b(?:dawn|daybreak|morning|small\s+hours|early\s+hours)\b|"
    r"\b(?:until|till|to|into)\s+the\s+(?:morning|small)",
    re.I,
)


def eve_by_clock(sentence: str, when: When | None, day: date, night: bool = False) -> When | None:
    """``when``, a sentence's date read as ``day`` (the report's) from its night's words (or no
    date at all), moved to the day before when its clock is of the evening or it says "last
    evening"; else ``when``. With ``night``, the night is the report's title's ("Night of 1 to
    2 December" over "Dnipro: at 21:45 a missile hit ..."): a clock of the evening alone moves
    the day."""
    if when is None:
        return When(day - timedelta(days=1), 1, True) if _LAST_EVENING.search(sentence) else None
    if when.day != day or when.precision != 1 or _SMALL_HOURS.search(sentence):
        return when
    if _LAST_EVENING.search(sentence) or (
        (night or _NIGHT.search(sentence)) and _EVENING_CLOCK.search(sentence)
    ):
        return dataclasses.replace(when, day=day - timedelta(days=1))
    return when
