"""An event told in a clause "a day after ...", "two days after ...", "a week after ...": it
came that long before the day of the sentence that tells it ("NATO's head spoke on Tuesday, a
day after an emergency meeting of European leaders in Paris": the Paris meeting was on Monday).
A place before the clause keeps the sentence's day ("A bomb hit Kharkiv on Tuesday, a day after
talks opened"); a clause with a day of its own ("a day after a drone hit an ambulance in Kherson
on 7 July") was dated by it already."""

from __future__ import annotations

import dataclasses
import re
from datetime import timedelta
from typing import TYPE_CHECKING

from geo.extract.dates import date_in
from geo.extract.pattern_cues import cued
from geo.extract.publication import Publication

if TYPE_CHECKING:
    from geo.extract.draft import Draft

_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_AFTER = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|[1-6])\s+(?P<unit>days?|weeks?)\s+after\b", re.I
)
# the clause ends at a sentence's next clause: a semicolon, a dash, "while", "as", "when"
_CLAUSE_END = re.compile(r";|\s[\u2013\u2014-]\s|\b(?:while|whereas)\b", re.I)


def days_after(drafts: list[Draft]) -> list[Draft]:
    """The drafts, each whose place stands in a "N days after ..." clause of its sentence, and
    whose day was the sentence's (day precision, the clause naming no day of its own), moved
    back N days (weeks)."""
    for d in drafts:
        text = d.sentence.text
        m = _AFTER.search(text)
        if m is None or d.when.precision != 1:
            continue
        end = _CLAUSE_END.search(text, m.end())
        clause = text[m.end() : end.start() if end else len(text)]
        at = d.place_offset()
        if not m.end() <= at < m.end() + len(clause):
            continue
        if date_in(clause, Publication(d.when.day)) is not None:
            continue
        n = _COUNT.get(m.group("n").lower()) or int(m.group("n"))
        back = timedelta(days=n * (7 if m.group("unit").lower().startswith("week") else 1))
        d.when = dataclasses.replace(d.when, day=d.when.day - back, explicit=True)
    return drafts


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_AFTER = cued(_AFTER)
