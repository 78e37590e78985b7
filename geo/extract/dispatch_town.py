"""A correspondent's dispatch from a town: "KOSTIANTYNIVKA, Donetsk region, Dec. 4 (Paper) - The
town is almost empty now. ... One of the city's last pharmacies was hit by a glide bomb on
Tuesday". The town in capitals opening the story is where the reporter stands, and the story
tells of it without naming it again: a sentence that tells of an event and names no place is
the town's when it calls it "the town", "the city's", "the outskirts", or when it stands in
the dateline's own paragraph. Not a capital's (a wire filed from Kyiv or Moscow tells of the
whole country: "Russia launched 90 drones overnight"), nor a header's or masthead's city (a
hospital's or a court's statement from Dnipro tells of events elsewhere in "the city").

Not the wire's first-sentence rule (``datelines.py``): a dispatch names other places too
("thuds from the direction of Chasiv Yar") and its events come after the scene is set."""

from __future__ import annotations

import re

from geo.extract.places import PlaceHit, replace_hit
from geo.extract.publication import MONTH_RE
from geo.extract.sentences import Sentence

# after the town: a dash at once ("POKROVSK — Ukraine"), or a comma, its region or country, the
# day (a month's name or a number), the paper, then a dash, on the same line ("DNIPRO 24 -
# EVENING NEWS" is a channel's name, no dateline)
_DATELINE_END = re.compile(
    rf"\s*[-–—]{{1,2}}\s|,[^\n]{{0,60}}?\b(?:{MONTH_RE}|\d{{1,2}})\b[^\n]{{0,40}}?\s[-–—]{{1,2}}\s",
    re.I,
)
# the town called by a noun: "the town", "this city's", "the southern outskirts", "the centre"
_THE_TOWN = re.compile(
    r"\b(?:the|this)\s+(?:town|city|village)(?:['’]s)?\b|"
    r"\bthe\s+(?:(?:southern|northern|eastern|western|town['’]s|city['’]s)\s+)?outskirts\b|"
    r"\bthe\s+(?:town|city)\s+cent(?:re|er)\b",
    re.I,
)
_TOWNS = ("city", "town", "village")  # (a capital's wire tells of the whole country)


def dispatch_town(text: str, hits: list[PlaceHit]) -> PlaceHit | None:
    """The town in capitals that opens the story's first line before its dateline's dash, as a
    place events may be at, or None."""
    first = len(text) - len(text.lstrip())
    town = next((h for h in hits if h.start == first), None)
    return replace_hit(town, 1, True) if town is not None and _opens(text, town) else None


def _opens(text: str, town: PlaceHit) -> bool:
    """Whether ``town``, not a capital, opens the text in capitals before a dateline's dash."""
    return (
        town.place.feature in _TOWNS
        and town.end - town.start >= 4
        and text[: town.start].strip() == ""
        and text[town.start : town.end].isupper()
        and _DATELINE_END.match(text, town.end) is not None
    )


def told_of_town(text: str, s: Sentence, home: PlaceHit | None) -> bool:
    """Whether sentence ``s``, naming no place, tells of the dispatch's town ``home``."""
    if home is None or not _opens(text, home):
        return False
    lead_end = text.find("\n", home.end)
    return bool(_THE_TOWN.search(s.text)) or lead_end < 0 or s.start < lead_end
