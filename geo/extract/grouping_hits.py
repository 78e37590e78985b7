"""A side's troops hitting enemy men, units or craft at a place: "the Zapad group struck the
manpower and equipment of three mechanised brigades near X", "the Sever battlegroup hit a brigade
close to Y" (a defence ministry's daily claim for each of its groupings), "In the area of X, units
of the Yug group continue to destroy the enemy's formations", "the Yug grouping took better lines
near Y, destroying up to 170 servicemen", "marines crossed to the islands near Z and destroyed two
boats" is fighting there, not a strike; so is troops killing attackers "who tried to" get into a
place, whatever they used. A hit on a site ("hit a fuel depot near Z"), or one told with what was
fired, stays a strike."""

from __future__ import annotations

import re

from geo.weapons import find_weapons

_HIT = re.compile(
    r"(?i)(?:[\w-]+\s+){0,2}?(?:hit|hitting|struck|striking|strikes?|destroy(?:ed|s|ing)?|kill(?:ed|ing|s)?)"
)
# the grouping as the subject, shortly before the word: 'the "Sever" battlegroup hit', "units of
# the Zapad group of forces struck", "the Yug grouping kept up its offensive, hitting", 'the
# "Yuzhnaya" battlegroup is said to have taken better ground and hit'
_GROUPING_BEFORE = re.compile(
    r"(?i)\b(?:battle\s*group|group(?:ing)?)(?:\s+of\s+(?:troops|forces))?[\"”’']?\s+"
    r"(?:[\w'’-]+,?\s+){0,10}?$"
)
# troops as the subject, earlier in the sentence's clause: "marines ... destroyed", "its drone
# operators killed"
_TROOPS_BEFORE = re.compile(
    r"(?i)\b(?:troops|units|marines|paratroopers|soldiers|defenders|brigade|battalion|regiment|"
    r"operators|crews|group(?:ing)?|battle\s*group)\b[^;:—–]*$"
)
_MEN = (
    r"(?:manpower|troops|brigades?|battalions?|regiments?|units|formations|servicemen|personnel|"
    r"soldiers|infantry(?:men)?|boats)"
)
# enemy units as the object, between the word and the place
_UNITS = re.compile(rf"(?i)[^.;:]*?\b{_MEN}\b[^.;:]*$")
# enemy units as the object right after the word, the place told before it: "destroying up to
# 170 servicemen", "destroy the enemy's formations", "destroyed two Russian boats"
_UNITS_NEXT = re.compile(rf"(?i)\s+(?:[\w'’-]+\s+){{0,4}}?{_MEN}\b")
# the place told before the word, in the same clause
_SAME_CLAUSE = re.compile(r"[^;:]*")
# the men killed were attackers: "killed 27 soldiers who tried to work their way into X"
_ATTACKERS = re.compile(rf"(?i){_MEN}\s+who\s+(?:had\s+)?(?:tried|attempted|sought)\b")


def grouping_hit_units(word: re.Match[str], offset: int) -> bool:
    """Whether the strike word before or after the place at ``offset`` is troops' hit on enemy
    units, no weapon named in the sentence unless the men hit were attackers."""
    text = word.string
    if not _HIT.fullmatch(word.group()):
        return False
    if find_weapons(text) and not _ATTACKERS.search(text, word.end()):
        return False
    if word.end() <= offset:
        return _UNITS.match(text, word.end(), offset) is not None and bool(
            _GROUPING_BEFORE.search(text, max(0, word.start() - 100), word.start())
            or (_ATTACKERS.search(text, word.end(), offset) and _troops_before(word))
        )
    return (
        _SAME_CLAUSE.fullmatch(text, offset, word.start()) is not None
        and _UNITS_NEXT.match(text, word.end()) is not None
        and _troops_before(word)
    )


def _troops_before(word: re.Match[str]) -> bool:
    return _TROOPS_BEFORE.search(word.string, 0, word.start()) is not None
