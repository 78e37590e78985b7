"""A night told with no day of its own ("overnight", "during the night") in a paragraph that has
named its day ("Entry 5 - 11 Sep - Kramatorsk. A missile damaged a pharmacy overnight"; "The
shelling of Nikopol went on on Tuesday. Overnight, drones hit Marhanets"): the night of that day,
not the one the report wakes to (the publication day), as "before dawn" is. A night is dated by
the morning it ends: after that day's evening ("on Wednesday evening", "late on Wednesday") it is
the night into the next day, no later than the publication day."""

from __future__ import annotations

from datetime import date, timedelta

from geo.extract.dates import When
from geo.extract.wording import words

_NIGHT_ALONE = words("overnight", r"(?:during|in)\s+the\s+night", r"at\s+night")
# the named day's evening, told before the night: the night after it
_EVENING_BEFORE = words("evening", r"late\s+on", r"late\s+in\s+the\s+day", "before midnight")


def night_of_the_day(sentence: str, before: str, day: When, published: date) -> When | None:
    """The day of a night alone in ``sentence`` in a paragraph that named ``day`` (the
    paragraph's text before the sentence: ``before``); None when it tells no night alone."""
    if not _NIGHT_ALONE.search(sentence):
        return None
    if _EVENING_BEFORE.search(before):
        return When(min(day.day + timedelta(days=1), published), 1, True)
    return When(day.day, 1, True)
