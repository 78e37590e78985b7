"""A building "brought down": "a missile brought down part of a nine-storey block", "the blast
brought down the roof of a school", "brought down two floors of the hospital" tell of a hit that
felled a building, a strike (the lexicon's "brought down" reads a weapon shot down: "brought down
12 drones")."""

from __future__ import annotations

import re

# what was felled, right after the word: part of a building, or the building named
_BUILDING = (
    r"(?:block|building|house|home|tower|bridge|school|hospital|church|roof|walls?|ceiling|"
    r"facade|fa[cç]ade|entrance|stairwell|floors?|storeys?|stor(?:y|ies)|sections?|wing|"
    r"dormitory|hostel|hotel|warehouse|factory|plant|station)"
)
_FELLED_AFTER = re.compile(
    r"\s+(?:(?:part|parts|half|much|most|some)\s+of\s+)?(?:(?:the|an?|its|two|three|four|several|"
    r"\d+)\s+)?(?:[\w-]+\s+){0,2}?" + _BUILDING + r"\b",
    re.I,
)


def building_brought_down(m: re.Match[str]) -> bool:
    """Whether an interception word "brought down" has a building as what it felled ("brought
    down part of a block in X"), a strike."""
    return m.group().lower().endswith("down") and bool(_FELLED_AFTER.match(m.string, m.end()))
