"""A visitor's arrival names where a meeting was: "the Baltic prime ministers came to Kyiv by
train and met the president", "our delegation was visiting Chernihiv and signed an agreement".
Only in a sentence whose event words are all of a meeting: "the coordinator, who travelled to
Ternopil, described the attack" names the town of a strike told before, not a new one."""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.sentences import Sentence

# the words right before the town ("came to", "travelled to", "was visiting", "touring")
_ARRIVAL_BEFORE = re.compile(
    r"\b(?:came|come|travell?ed|arrived|visiting|touring)\s+(?:to\s+)?(?:the\s+city\s+of\s+)?$",
    re.I,
)
_NOT_TOWNS = ("country", "continent", "sea", "admin1", "admin2", "region")


def arrivals_met(
    text: str, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """``roles`` with a town a visitor came to made the meeting's place, when all the
    sentence's event words are a meeting's."""
    if not triggers or any(kind != "meeting" for kind, _ in triggers):
        return roles
    return [
        replace_hit(h, h.geo_precision, True)
        if not h.event_place
        and h.place.feature not in _NOT_TOWNS
        and _ARRIVAL_BEFORE.search(text, max(s.start, h.start - 40), h.start)
        else h
        for h in roles
    ]
