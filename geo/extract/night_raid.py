"""The night raid a report's lead tells of ("Russia attacked Ukraine with 120 drones and four
missiles overnight", "Last night, during another drone attack on Kharkiv, ..."): the hits and
downings the report tells after it by the same arms, with no day of their own ("In nearby
Chuhuiv, a drone hit a house"), are the raid's, dated to the morning the night ended, not to the
day before publication. A lead's "overnight" dates no other news (``geo.extract.layout``): the
fighting, a strike with other arms ("a depot destroyed with GMLRS rockets") or a meeting told
after it keep the day before (``geo.extract.dates.default_date``). A report stamped in the
morning ("18.03.2026, 10:42") whose lead tells of the night just ended ("Kremenchuk was again a
target overnight") dates a hit told later by any arms, with no day of its own ("In Stepnohirsk,
an artillery shell destroyed a house"), to that morning too."""

from __future__ import annotations

import re

from geo import weapons as wv
from geo.extract.dates import date_in, of_the_night
from geo.extract.day_of_writing import looks_back, tells_day_of_writing
from geo.extract.publication import Publication


def raid_arms(lead: str | None, pub: Publication) -> frozenset[str]:
    """The kinds of arms ("drone", "missile") of the night raid that ``lead``, a report's first
    sentence, tells of, the night ending on the publication day; empty when it tells of none."""
    if lead is None or not _night_just_ended(lead, pub):
        return frozenset()
    return frozenset(_kind(w.category) for w in wv.find_weapons(lead) if w.category != "aircraft")


def morning_after_night(lead: str | None, pub: Publication) -> bool:
    """Whether a report stamped in the morning has a lead telling of the night that ended on the
    publication day ("S-300 missiles hit Zaporizhzhia overnight"), not of an older day ("Twelve
    months ago this morning"): its later hits by any arms are of that morning."""
    if not (pub.clock and pub.morning) or lead is None:
        return False
    if tells_day_of_writing(lead) or looks_back(lead):
        return False
    return _night_just_ended(lead, pub)


def _night_just_ended(lead: str, pub: Publication) -> bool:
    """Whether the lead's only date words are the night's, the night ending on publication."""
    when = date_in(lead, pub) if of_the_night(lead) else None
    return when is not None and when.day == pub.day


# what falls from the raid's downed arms: "Debris injured three people in Kyiv"
_FALLEN = re.compile(r"\b(?:debris|fragments?|wreckage)\b", re.I)


def of_the_raid(sentence: str, category: str | None, arms: frozenset[str]) -> bool:
    """Whether an event of weapon ``category`` is by the raid's arms (a "cruise missile" raid's
    "missile", a "drone" raid's "drone"), or what fell from them, its weapon unnamed."""
    if category is None:
        return bool(arms) and bool(_FALLEN.search(sentence))
    return _kind(category) in arms


def _kind(category: str) -> str:
    """A weapon category's kind: "ballistic missile" and "cruise missile" are missiles."""
    return category.rsplit(" ", 1)[-1]
