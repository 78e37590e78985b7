"""A regional head's own tally: "Overnight, air defence destroyed 14 drones over the territory of
our region" (a Belgorod governor's post), "Belgorod governor Vyacheslav Gladkov said 14 drones
were destroyed over the region". "Our region", "the region" is the region whose governor or head
speaks, in the sentence or in the post's header, when no place of the sentence is the event's:
an interception there, at region precision. ("The region" after another event's town is that
town's region: ``region_told_back``.)"""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger
from geo.extract.place_hits import PlaceHit
from geo.extract.sentences import Sentence
from geo.gazetteer import Gazetteer, Place

# "over the territory of our region", "in the skies of the region", "above the region", "across
# his oblast" (not "the region of")
# (the words of the region's sky or ground before it, for this and THE_REGION below)
_WITHIN = r"(?:the\s+(?:territory|skies|sky|airspace)\s+of\s+)?"
_OUR_REGION = re.compile(
    rf"\b(?:over|above|across|in)\s+{_WITHIN}"
    r"(?:our|the|his|her)\s+(?:region|oblast|province)\b(?!\s+of\b)",
    re.I,
)
# "Belgorod governor", "the Kursk region's acting governor", "Voronezh Oblast Governor"
_OFFICE_AFTER = re.compile(
    r"(?:\s+(?:region|oblast|province))?(?:['’]s)?\s+(?:regional\s+)?(?:acting\s+)?governor\b",
    re.I,
)
# "Governor of the Belgorod Region", "the head of the Kursk region"
_OFFICE_BEFORE = re.compile(r"\b(?:governor|head)\s+of\s+(?:the\s+)?$", re.I)
_HEADER_LINES = 3


def governed_region(
    gazetteer: Gazetteer, text: str, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """The sentence's places with the region whose head speaks in it made the place of its
    interception "over our region", when no place of the sentence is the event's yet."""
    if not any(t == "interception" for t, _ in triggers) or any(h.event_place for h in roles):
        return roles
    if (m := _OUR_REGION.search(s.text)) is None:
        return roles
    for k, h in enumerate(roles):
        if (region := _governed(gazetteer, text, h)) is not None:
            # the event is told where the sentence says "our region": its counts come before
            told_at = PlaceHit(s.start + m.start(), s.start + m.end(), region, m.group(), 3, True)
            return sorted([*roles[:k], told_at, *roles[k + 1 :]], key=lambda o: o.start)
    return roles


def header_region(
    gazetteer: Gazetteer, text: str, hits: list[PlaceHit], s: Sentence
) -> PlaceHit | None:
    """The region whose governor or head heads the post ("Vyacheslav Gladkov, Governor of the
    Belgorod Region"), as the place of sentence ``s``'s interception "over our region" (it names
    no place), or None."""
    if (m := _OUR_REGION.search(s.text)) is None:
        return None
    head_end = 0  # (the header's lines found, not split: a paste's first line may be long)
    for _ in range(_HEADER_LINES):
        head_end = text.find("\n", head_end) + 1 or len(text)
    for h in hits:
        if h.start >= min(head_end, s.start):
            return None
        if (region := _governed(gazetteer, text, h)) is not None:
            return PlaceHit(s.start + m.start(), s.start + m.end(), region, m.group(), 3, True)
    return None


def _governed(gazetteer: Gazetteer, text: str, h: PlaceHit) -> Place | None:
    """The first-level region ``h`` names as a governor's or a head's, or None."""
    if h.place.feature not in ("admin1", "city", "capital"):
        return None
    if not (
        _OFFICE_AFTER.match(text, h.end)
        or _OFFICE_BEFORE.search(text, max(0, h.start - 30), h.start)
    ):
        return None
    return gazetteer.admin1_of(h.place)


# "19 drones were destroyed over the region", "over the territory of the region", "in the skies of
# the region", "of 17 drones that crossed into the province, 11 were brought down": the region of
# the place told of before
THE_REGION = re.compile(
    rf"\b(?:over|above|in|across|into)\s+{_WITHIN}the\s+(?:region|oblast|province)\b(?!\s+of\b)",
    re.I,
)


def region_told_back(
    gazetteer: Gazetteer, start: int, sentence: str, place: Place
) -> PlaceHit | None:
    """The region a sentence names only as "the region" ("destroyed over the region"): that of
    ``place``, where the event before it was, as an event place at region precision."""
    m = THE_REGION.search(sentence)
    region = gazetteer.admin1_of(place) if m else None
    if m is None or region is None:
        return None
    return PlaceHit(start + m.start(), start + m.end(), region, m.group(0), 3, True)
