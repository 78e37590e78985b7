"""Fire told as the cover of a ground assault on the place: the clause's governing act is the
assault, the guns only its manner. "Russian forces attacked Siversk from the east under heavy
artillery cover", "shelled Stepnohirsk heavily, but that was to cover its infantry", "stormed the
village with tank support" are fighting there, not a strike (the writers code one fight). Fire on
a town with victims told ("shelled X to cover an assault, killing two") stays a strike, as in
:mod:`geo.extract.assault_under_fire`, and so does fire whose cover words tell of another place
named after it."""

from __future__ import annotations

import re

from geo.extract.assault_under_fire import NAME_AFTER, VICTIMS
from geo.extract.lexicon import Trigger

_GROUND = r"(?:infantry|assault(?:\s+(?:groups?|units?|troops))?|advance|troops|attack|storming)"
_GUNS = r"(?:artillery|mortars?|tanks?|armou?r(?:ed\s+vehicles)?|guns|fire)"
# the fire's purpose or manner after the place, in the same clause: "to cover its infantry",
# "covering the assault", "under heavy artillery cover", "with tank support", "supported by
# mortars", "in support of an assault"
_COVER = re.compile(
    r"(?i)[^.;:]{0,90}?\b(?:"
    rf"(?:to|in\s+order\s+to)\s+cover\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?{_GROUND}|"
    rf"covering\s+(?:the\s+|its\s+|their\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{_GROUND}|"
    rf"in\s+support\s+of\s+(?:the\s+|its\s+|their\s+|an\s+)?(?:[\w-]+\s+){{0,2}}?{_GROUND}|"
    # ("under heavy artillery cover", "under the cover of mortars"; not "came under artillery
    # fire", which is the shelling itself)
    rf"under\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{_GUNS}\s+cover\b|"
    rf"under\s+(?:the\s+)?cover\s+of\s+(?:[\w-]+\s+){{0,2}}?{_GUNS}\b|"
    rf"(?:with|backed\s+by|supported\s+by)\s+(?:[\w-]+\s+){{0,2}}?{_GUNS}\s+support\b|"
    rf"supported\s+by\s+(?:[\w-]+\s+){{0,2}}?{_GUNS}\b"
    r")"
)
# a ground force acting on the place ("forces attacked X", "troops stormed X"), or the fire itself
# ("shelled X", "pounded X") whose cover words follow
_ASSAULT = re.compile(r"(?i)^(?:attack|assault|storm)")
_FORCES = re.compile(
    r"(?i)\b(?:forces|troops|infantry|units|soldiers|assault\s+groups?|marines|paratroopers)"
    r"\s+(?:[\w-]+\s+){0,3}?$"
)
_SPAN = 200


def fire_as_cover(triggers: list[Trigger], word: Trigger, offset: int) -> bool:
    """Whether the place's strike word is an assault or fire whose clause tells the guns as the
    cover of troops on the ground after the place ("attacked X under artillery cover", "shelled
    X to cover its infantry"), with no victims and no other place named up to the cover words."""
    kind, m = word
    text = m.string
    if kind != "strike":
        return False
    stop = text.find(".", offset)
    stop = len(text) if stop < 0 else stop
    if VICTIMS.search(text, max(0, m.start() - _SPAN), min(stop, offset + _SPAN)):
        return False
    cover = _COVER.match(text, offset, min(stop, offset + _SPAN))
    if cover is None or NAME_AFTER.search(text[offset : cover.end()].split(None, 1)[-1]):
        return False
    if _ASSAULT.match(m.group()):
        # an attack with cover fire is the ground's only when troops attack ("drones attacked X
        # under cover of darkness" is no assault; nor "the enemy attacked X with drones")
        return bool(_FORCES.search(text, max(0, m.start() - 60), m.start()))
    return not any(
        t == "strike" and w.start() > offset and w.end() <= cover.start() for t, w in triggers
    )
