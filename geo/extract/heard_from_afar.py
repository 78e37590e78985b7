"""Fire heard from afar: "shelling could be heard from the direction of Siversk", "explosions were
heard in the direction of Kramatorsk", "we heard loud bangs from the direction of Kupiansk". A
sound that comes from a direction tells of no event, neither at the place it points to nor at
the place where it was heard; its words are no event words, and the town it came from is no
place in play ("... from the direction of Siversk. A drone hit a car near the station" is not
Siversk's car). A hit told beside it keeps its own
("A bomb hit a school in X; explosions could be heard from the direction of Y"), and blasts
heard in a town with no direction are the town's ("Explosions were heard in Izmail")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.extract.lexicon import Trigger
    from geo.extract.place_hits import PlaceHit
    from geo.extract.sentences import Sentence

_HEARD = r"(?:heard|hear|hearing|audible)"
_DIRECTION = r"(?:(?:coming\s+)?from\s+(?:the\s+)?direction\s+of|in\s+the\s+direction\s+of)"
# "could be heard from the direction of X", "From the direction of X, explosions were heard"
_FROM_AFAR = re.compile(
    rf"\b{_HEARD}\b(?:\s+[\w'’-]+){{0,6}}?\s+{_DIRECTION}\b|"
    rf"\b{_DIRECTION}\s+(?:[\w'’-]+[\s,]+){{1,6}}?(?:[\w'’-]+\s+){{0,2}}?{_HEARD}\b",
    re.I,
)
_SOURCE_BEFORE = re.compile(rf"{_DIRECTION}\s+(?:the\s+)?$", re.I)
# a trigger that is only a sound: "shelling", "explosions", "heard loud bangs"
_SOUND = re.compile(
    r"\b(?:shelling|explosions?|blasts?|bangs?|booms?|thuds?|detonations?|gunfire)$", re.I
)


def sounds_from_afar(text: str, triggers: list[Trigger]) -> list[Trigger]:
    """The sentence's event words without the sounds it says came from a direction."""
    if not triggers or "irection" not in text or not _FROM_AFAR.search(text):
        return triggers
    return [(t, m) for t, m in triggers if not _SOUND.search(m.group())]


def sound_sources_left_out(text: str, s: Sentence, roles: list[PlaceHit]) -> list[PlaceHit]:
    """The sentence's places without those it names only as where a sound came from."""
    if "irection" not in s.text or not _FROM_AFAR.search(s.text):
        return roles
    return [
        h for h in roles if not _SOURCE_BEFORE.search(text, max(s.start, h.start - 40), h.start)
    ]


def heard_from(text: str, h: PlaceHit) -> bool:
    """Whether ``h`` is named only as where a sound came from ("thuds could be heard from the
    direction of Chasiv Yar"): no other place in play beside a dispatch's town."""
    if not _SOURCE_BEFORE.search(text, max(0, h.start - 40), h.start):
        return False
    return _FROM_AFAR.search(text, max(0, h.start - 120), h.end + 120) is not None
