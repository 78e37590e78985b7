"""A crew named as what struck, its weapon not said: "our gunners hit an ammunition depot in X",
"artillerymen of the brigade destroyed a dugout near Y" tell guns, as "drone operators" tell a
drone (the generic words of ``geo.weapon_entries``). A crew that brings weapons down is an air
defence crew, no weapon fired: "air defence gunners", "anti-aircraft gunners", "machine
gunners", "its gunners downed 41 drones", "some drones fell to our gunners" (weapons36's
interceptor rule, ``geo.weapon_roles.intercepts``, for the crews)."""

from __future__ import annotations

import re
from functools import lru_cache

from geo.weapon_roles import DOWNING

# the crew words of the vocabulary that name no weapon of their own
CREWS = ("gunner", "artilleryman", "artillerymen", "mortarman", "mortarmen", "gun crew")

# what makes a crew an air defence crew: its arm before it, or a downing in its sentence
_AIR_DEFENCE_BEFORE = re.compile(
    r"\b(?:air[\s-]defen[cs]e|anti[\s-]?aircraft|AA|machine|flak|SAM)[\s-]*$", re.I
)
# weapon_roles' downing words ("shot down", "downed", "intercepted"), and a tally of weapons
# destroyed or fallen to the crew; not a bare "down" ("a dugout down the road", "shut down")
_DOWNING = re.compile(
    rf"\b(?:{DOWNING}|destroyed\s+\d+\s+(?:\w+\s+)?(?:drones?|UAVs?|missiles?)|fell\s+to)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?;\n]")
# a crew told as the victims: "two gunners were wounded"
_HURT_AFTER = re.compile(
    r"\s+(?:(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+)?"
    r"(?:killed|wounded|injured|hurt|eliminated|captured|died)\b",
    re.I,
)


@lru_cache(maxsize=1024)
def is_crew(word: str) -> bool:
    """Whether a generic weapon word names a crew ("gunners", "artillerymen"): asked for every
    weapon word a text names, its answer kept by the word."""
    folded = re.sub(r"[\s-]+", " ", word.casefold())
    return folded.rstrip("s") in CREWS or folded in CREWS


def air_defence_crew(text: str, start: int, end: int, word: str) -> bool:
    """Whether the crew word at ``text[start:end]`` names a crew that brings weapons down (or
    one told as the victims: "two gunners were wounded"), not one that struck (see the module);
    False for any other word."""
    if not is_crew(word):
        return False
    if _AIR_DEFENCE_BEFORE.search(text, max(0, start - 20), start) or _HURT_AFTER.match(text, end):
        return True
    lo = start - 80
    for m in _SENTENCE_END.finditer(text, max(0, lo), start):
        lo = m.end()
    stop = _SENTENCE_END.search(text, end, end + 80)
    hi = stop.start() if stop else min(len(text), end + 80)
    return _DOWNING.search(text, max(0, lo), hi) is not None
