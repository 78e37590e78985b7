"""Troops gathering where a strike hit: "a HIMARS strike hit Russian troops gathering near X",
"struck an area where personnel had gathered near Y" are the strike's target, not a meeting (the
lexicon's "gathered" is a meeting's word: "leaders gathered in Paris for talks")."""

from __future__ import annotations

import re

# troops as the subject of the gathering word, right before it
_TROOPS_BEFORE = re.compile(
    r"(?i)\b(?:troops|soldiers|servicemen|personnel|forces|units|manpower|fighters|infantry|"
    r"equipment|vehicles|reserves|mercenaries)\s+(?:(?:had|have|has|were|was|are|is)\s+)?"
    r"(?:been\s+)?$"
)


def troops_gathering(m: re.Match[str]) -> bool:
    """Whether a meeting word is troops gathering ("Russian troops gathering near X")."""
    return m.group().lower().startswith("gather") and bool(
        _TROOPS_BEFORE.search(m.string, 0, m.start())
    )
