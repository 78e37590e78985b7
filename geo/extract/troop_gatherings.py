"""Troops gathering where a strike hit: "a HIMARS strike hit Russian troops gathering near X",
"struck an area where personnel had gathered near Y" are the strike's target, not a meeting (the
lexicon's "gathered" is a meeting's word: "leaders gathered in Paris for talks"); nor are
relatives, residents or mourners gathering (extras39)."""

from __future__ import annotations

import re

# the words of people gathering, one list: a meeting's, a crowd's and a mourning's
# (`depictions` reads "relatives gathered at the memorial" by them too)
GATHERED = r"(?:gather(?:ed|ing|s)?|assembled|came\s+together)"
_GATHERED = re.compile(GATHERED, re.I)
# troops as the subject of the gathering word, right before it
_TROOPS_BEFORE = re.compile(
    r"(?i)\b(?:troops|soldiers|servicemen|personnel|forces|units|manpower|fighters|infantry|"
    r"equipment|vehicles|reserves|mercenaries)\s+(?:(?:had|have|has|were|was|are|is)\s+)?"
    r"(?:been\s+)?$"
)


# people who are no delegation as the subject (extras39): "relatives gathered at the memorial
# stone", "hundreds of residents gathered in the square": a commemoration or a crowd, not talks
_CROWD_BEFORE = re.compile(
    r"(?i)\b(?:relatives|residents|mourners|villagers|locals|families|crowds?|fans|worshippers|"
    r"parishioners|neighbours|neighbors|volunteers|veterans|students|children|pupils|survivors|"
    r"people|hundreds|thousands|dozens)\s+(?:(?:who|that)\s+)?(?:(?:had|have|has|were|was|are|is)\s+)?(?:been\s+)?$"
)


def troops_gathering(m: re.Match[str]) -> bool:
    """Whether a meeting word is troops gathering ("Russian troops gathering near X") or a crowd
    gathering ("relatives gathered at the memorial"): no meeting."""
    return bool(_GATHERED.match(m.group())) and bool(
        _TROOPS_BEFORE.search(m.string, 0, m.start())
        or _CROWD_BEFORE.search(m.string, max(0, m.start() - 60), m.start())
    )
