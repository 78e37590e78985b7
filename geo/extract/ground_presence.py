"""Ground fighting told by where troops are or went rather than by a fight word: "the Russians
pushed forward near X", "an enemy presence in the northern quarters of Y", "forces have
consolidated positions around Z", "Russian infantry on the southern outskirts near W", and a
headline's clipped passive "Russian attempts to cross the Oskil repelled". Each needs troops
or a side ("prices pushed forward", "a strong police presence in Kyiv" are none), and a try
repelled is no air attack's ("drone attacks repelled": an interception, read by the lexicon).
A fighting pattern of :mod:`geo.extract.event_phrases`."""

from __future__ import annotations

import re

__all__ = ["CUES", "PRESENCE"]

# who holds or moves on the ground
_SIDE = (
    r"(?:troops|forces|units|soldiers|brigades?|battalions?|infantry|assault\s+groups?|enemy|"
    r"occupiers|Russians|Ukrainians|marines|paratroopers|defenders)"
)
# (no weapon in a try's words: "Shahed attacks on the port repelled" is an interception's)
_NO_ARMS = r"(?!(?:drones?|missiles?|air|aerial|Shaheds?|UAVs?|rockets?)\b)"
PRESENCE = re.compile(
    r"\b("
    # "the Russians pushed forward near X", "units moved forward towards Y"
    rf"{_SIDE}\s+(?:[\w'’-]+\s+){{0,3}}?(?:pushed|moved|pressed|edged|crept|advanced)\s+"
    r"(?:further\s+)?forward|"
    # "an enemy presence in X", "a Russian presence near Y"
    r"(?:enemy|Russian|Ukrainian|hostile)\s+(?:military\s+|troop\s+)?presence\s+"
    r"(?:in|near|around|on|at)(?=\s)|"
    # "Ukrainian forces have likely consolidated positions around X"
    rf"{_SIDE}\s+(?:[\w'’-]+\s+){{0,4}}?consolidat(?:ed|es|ing|e)\s+(?:their\s+|its\s+)?"
    r"(?:positions?|control|gains)|"
    # "Russian infantry on the southern outskirts near X" (troops themselves there: not "enemy
    # equipment on the edge of X", a strike's target)
    rf"{_SIDE}\s+(?:(?:were|was|are|is|now|seen|spotted|still)\s+){{0,2}}(?:on|at|in)\s+(?:the\s+)?(?:(?:north|south|east|west)"
    r"[\w-]*\s+)?(?:outskirts|edge)\s+(?:of|near)(?=\s)|"
    # a headline's clipped passive: "Russian attempts to cross the Oskil repelled"
    r"(?<!drone )(?<!missile )(?<!air )(?<!aerial )(?<!Shahed )"
    rf"(?:attacks?|assaults?|attempts?)\s+(?:{_NO_ARMS}[\w'’-]+\s+){{0,6}}?"
    r"(?:repelled|repulsed|beaten\s+back))\b",
    re.I,
)
CUES = ("forward", "presence", "consolidat", "outskirts", "edge", "repelled", "repulsed", "beaten")
