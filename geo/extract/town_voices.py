"""A town whose own officials or people tell what befell it, in a sentence that names no other
place for the event: "Kharkiv Mayor Ihor Terekhov said two drones hit the Kyivskyi district",
"Mykolaiv residents heard explosions", "People in Kramatorsk said a missile struck near the
station". The town is where the event was, not only whose mayor speaks (speakers.py reads a town
that speaks itself, "Kyiv said", as no place; "the mayor of X" is a reference in roles.py).
When the sentence gives the event a place of its own ("Kyiv's mayor said drones hit Kharkiv"),
the town is only the speaker's."""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.sentences import Sentence

# a town's own voices (not a region's: "the head of the Poltava regional military administration
# said a fire broke out" adds to a town's event told before it, and "Zaporizhzhia's regional
# governor says troops shelled 20 towns in the region" sums up the region's)
_WHO = (
    r"(?:mayor|residents|locals|inhabitants|people|(?:city|town|village|local)\s+(?:military\s+)?"
    r"(?:administration|authorities|officials|council|head))"
)
# "Kharkiv mayor Ihor Terekhov", "the Kherson city military administration"
_VOICE_AFTER = re.compile(rf"(?:['’]s)?\s+{_WHO}\b", re.I)
# "residents of Kharkiv", "people in Kramatorsk", "the mayor of Sumy"
_VOICE_BEFORE = re.compile(
    rf"\b{_WHO}\s+(?:of|in)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
    re.I,
)
_NOT_TOWNS = ("country", "continent", "sea")
# an event already told: "the mayor of X said two were wounded in the attack" (the attack of the
# sentence before, elsewhere)
_TOLD_BEFORE = re.compile(
    r"\b(?:the|this|that|these|those|its|their|last\s+night['’]s|(?:wounded|injured|killed|hurt)"
    r"\s+(?:in|by))\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def town_voices(
    text: str, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """The sentence's places with a town whose officials or people tell the event after it made
    the event's place, when no place of the sentence is the event's yet."""
    if any(h.event_place for h in roles):
        return roles
    out = list(roles)
    for k, h in enumerate(roles):
        if h.place.feature in _NOT_TOWNS or h.offset is not None:
            continue
        voiced = _VOICE_AFTER.match(text, h.end, s.end) or _VOICE_BEFORE.search(
            text, max(s.start, h.start - 40), h.start
        )
        told_after = any(
            t != "meeting"
            and s.start + m.start() > h.end
            and not _TOLD_BEFORE.search(
                text, max(s.start, s.start + m.start() - 30), s.start + m.start()
            )
            for t, m in triggers
        )
        if voiced and told_after:
            out[k] = replace_hit(h, h.geo_precision, True)
    return out
