"""The day of writing told in a report's lead: "this morning", "today", "this afternoon", "this
evening" ("Russian forces struck Zaporizhzhia with a missile this morning, killing two"). The lead
that tells its news as of the day the report is written is a report of that day: its later news
with no day of its own is that day's, the publication day, as when the lead names that day by
weekday ("on Wednesday" in a report of Wednesday). A night alone in the lead ("overnight", "during
the night", "before dawn") says nothing of the day the rest of the news is about (our own reports
date a lead's "overnight" to its own event only), so a lead with a night word stays undated, as
does an anniversary told from the day of writing ("Twelve months ago this morning, ...")."""

from __future__ import annotations

from geo.extract.dates import When
from geo.extract.publication import Publication
from geo.extract.wording import words

# the day the report is written, told as such
_WRITING_DAY = words("today", r"this\s+(?:morning|afternoon|evening)")
# a night or the small hours: the lead's own event's time, no day for the rest
_NIGHTLY = words(
    r"over-?night",
    r"night",
    "tonight",
    r"(?:at|before|around)\s+(?:dawn|daybreak|first\s+light)",
    r"(?:early|small|wee)\s+hours",
    "midnight",
)
# an anniversary told from the day of writing ("Twelve months ago this morning, ..."): the day
# of the older event, not of the news
_AGO = words("ago", "anniversary")


def tells_day_of_writing(lead: str) -> bool:
    """Whether a lead whose only date words are the night's or the day's tells its news as of the
    day of writing ("this morning", "today"), with no night word beside it."""
    return bool(_WRITING_DAY.search(lead)) and not (_NIGHTLY.search(lead) or _AGO.search(lead))


def looks_back(lead: str) -> bool:
    """Whether a lead tells of an anniversary ("Twelve months ago this morning")."""
    return bool(_AGO.search(lead))


def evening_story(pub: Publication) -> When | None:
    """The story's day of a report stamped in the afternoon or evening ("2 June 2023, 21:40"): its
    undated news is of the day it was written, the publication day (a morning report's is of the
    day before, the default)."""
    return When(pub.day, 1, False) if pub.clock and not pub.morning else None
