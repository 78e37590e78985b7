"""An event told "hours later" than one late on a named evening ("late on Sunday", "at about
10:40 p.m. on Sunday", "on the evening of 9 March", "shortly before midnight on Tuesday"): it
happened in the night after it, the next day (the morning that night ended, the day a report of
the next day wakes to). After a day named with no late hour (a morning, an afternoon, the day
alone) "hours later" is that same day, carried as any undated sentence is."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

from geo.extract.dates import When, small_hours
from geo.extract.late_evening import LATE_ON_DAY
from geo.extract.wording import words

# "Hours later", "A few hours later", "several hours later", "in a separate attack hours later"
_HOURS_LATER = words(r"(?:a\s+few\s+|several\s+|some\s+|two\s+|three\s+)?hours\s+later")

# a late evening with its day: "late on Sunday", "late Sunday", "on the evening of 9 March",
# "at about 10:40 p.m.", "shortly before 11 p.m.", "at 22:30", "shortly before midnight"
_LATE = words(
    LATE_ON_DAY,
    r"(?:on\s+)?the\s+evening\s+of",
    r"(?:9|10|11)(?:[:.][0-5]\d)?\s*p\.?\s?m\b",
    r"2[1-3][:.][0-5]\d\b",
)


class LateEvenings:
    """The day of the last sentence that told a late evening, for the "hours later" after it."""

    def __init__(self) -> None:
        self.late: When | None = None

    def tell(self, sentence: str, when: When | None) -> None:
        """Keep the day a dated sentence gives when it tells a late evening; another day named
        with no late hour ends it (not the small hours of the night after it: "the first toll
        came shortly after midnight", "rescuers were at work at daybreak")."""
        if when is None or not when.explicit or when.precision != 1:
            return
        if _LATE.search(sentence):
            self.late = when
        elif not small_hours(sentence):
            self.late = None

    def day_of(self, sentence: str, when: When | None) -> When | None:
        """The day of a sentence whose own or carried day is ``when``: that day, told to
        :meth:`tell`; else the night after a late evening told before, when it says "hours
        later"."""
        self.tell(sentence, when)
        return when or self.after(sentence)

    def after(self, sentence: str) -> When | None:
        """The day of an undated sentence told "hours later" than a late evening: the next."""
        if self.late is None or not _HOURS_LATER.search(sentence):
            return None
        return dataclasses.replace(self.late, day=self.late.day + timedelta(days=1), explicit=False)
