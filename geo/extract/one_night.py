"""One night's strike told twice, once by the night ("overnight", "last night") and once by the
evening before it ("late on Wednesday", "at 23:40"): the two days, one apart, are one event's;
the evening's day, the more precise telling, is its date. A mention that tells itself as another
attack ("another drone attack overnight") stays apart."""

from __future__ import annotations

import re

from geo.extract.dates import When
from geo.extract.draft import Draft
from geo.extract.late_evening import LATE_ON_DAY
from geo.extract.publication import WEEKDAY_RE
from geo.extract.weapon_kin import told_as_another

# the late evening before the night: "late on Wednesday", "Wednesday night", "before midnight",
# 23:40 (not an evening's 19:00 or "Wednesday evening": a city hit at dusk is often hit again
# in the night)
_LATE = re.compile(
    rf"\b(?:{LATE_ON_DAY})|\b(?:{WEEKDAY_RE})\s+night|\b2[2-3][:.][0-5]\d\b",
    re.I,
)
# the night as the morning after tells it
_NIGHT = re.compile(
    r"\b(?:overnight|last\s+night|during\s+the\s+night|in\s+the\s+night|early\s+hours|"
    r"after\s+midnight)\b",
    re.I,
)


def one_night(a: Draft, b: Draft) -> When | None:
    """The evening's date when the event ``a`` and the later mention ``b`` of its place tell one
    night, one by its evening and the other by the night, a day apart; else None."""
    if not (a.when.explicit or a.when.carried) or not (b.when.explicit or b.when.carried):
        return None
    if a.when.precision != 1 or b.when.precision != 1:
        return None
    evening, night = (a, b) if a.when.day < b.when.day else (b, a)
    if (night.when.day - evening.when.day).days != 1 or told_as_another(b):
        return None
    # the later mention first: it is a sentence or two, where the event may have taken in
    # hundreds (a month of days one apart, over and over, read them all for each: attack39)
    b_words, a_words = (_NIGHT, _LATE) if evening is a else (_LATE, _NIGHT)
    if not (_told(b, b_words) and _told(a, a_words)):
        return None
    return evening.when


def _told(d: Draft, words: re.Pattern[str]) -> bool:
    return any(words.search(s.text) for s in d.sentences or [d.sentence])
