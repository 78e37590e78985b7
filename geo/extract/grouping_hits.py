"""A grouping's hit on enemy units: "the Zapad group struck the manpower and equipment of three
mechanised brigades near X", "the Sever battlegroup hit a brigade close to Y" (a defence
ministry's daily claim for each of its groupings) is fighting there, not a strike; a grouping's
hit on a site ("hit a fuel depot near Z"), or one told with what was fired, stays a strike."""

from __future__ import annotations

import re

from geo.weapons import find_weapons

_HIT = re.compile(r"(?i)(?:hit|hitting|struck|striking|strikes?)")
# the grouping as the subject, shortly before the word: 'the "Sever" battlegroup hit', "units of
# the Zapad group of forces struck", "the Yug grouping kept up its offensive, hitting"
_GROUPING_BEFORE = re.compile(
    r"(?i)\b(?:battle\s*group|group(?:ing)?)(?:\s+of\s+(?:troops|forces))?[\"”’']?\s+"
    r"(?:[\w'’-]+,?\s+){0,7}?$"
)
# enemy units as the object, between the word and the place
_UNITS = re.compile(
    r"(?i)[^.;:]*?\b(?:manpower|troops|brigades?|battalions?|regiments?|units|formations|"
    r"servicemen|personnel)\b[^.;:]*$"
)


def grouping_hit_units(word: re.Match[str], offset: int) -> bool:
    """Whether the strike word before the place at ``offset`` is a grouping's hit on enemy
    units, no weapon named in the sentence."""
    text = word.string
    return (
        word.end() <= offset
        and _HIT.fullmatch(word.group()) is not None
        and _GROUPING_BEFORE.search(text, max(0, word.start() - 80), word.start()) is not None
        and _UNITS.match(text, word.end(), offset) is not None
        and not find_weapons(text)
    )
