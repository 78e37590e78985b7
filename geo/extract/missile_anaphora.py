"""A missile told again by a word that points back ("a second missile", "the missile", "one of
the missiles") is the missile its paragraph named before with its kind: "a ballistic missile had
struck a plant in the city. A second missile was shot down over X" is a ballistic missile at X,
not a missile of no kind (issue 16: the weapon of the interception or the hit is the one the
attack's earlier sentence named; a bare "a missile hit X" with no word pointing back stays a
missile of no kind, as the writers keep it)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo import weapons as wv

if TYPE_CHECKING:
    from geo.extract.draft import Draft

# the words that point back to a missile already told (at most one describing word between:
# "the second Russian missile"); "two more missiles", "both missiles" (not "none of the
# missiles", "neither missile": no downing to carry it)
_BACK = re.compile(
    r"\b(?:(?:a|the)\s+(?:second|third|other|same|remaining|last|latter)|another|a\s+further|"
    r"(?:one|some|two|three|all|each|most)\s+of\s+(?:the|these|those)|(?:one|two)\s+more|"
    r"both|the|that|this|these|those)\s+(?:[a-z-]+\s+)?missiles?\b",
    re.I,
)
# a pointing word denied: "none of the missiles", "not one of the missiles"
_NONE = re.compile(r"\b(?:none|not\s+one|neither)\s+(?:of\s+)?$", re.I)
_CLASSES = ("ballistic missile", "cruise missile")


def points_back(text: str) -> bool:
    """Whether ``text`` tells a missile by a word pointing back to one told before, not denied."""
    return any(
        not _NONE.search(text, max(0, m.start() - 12), m.start()) for m in _BACK.finditer(text)
    )


class MissileKinds:
    """The missile kinds each paragraph named, in order, for the drafts of later sentences."""

    def __init__(self) -> None:
        self.told: dict[int, list[tuple[int, str | None, str]]] = {}

    def note(self, paragraph: int, start: int, weapons: list[wv.WeaponMention]) -> None:
        """Keep the missile kinds (with their system, if named) a sentence at ``start`` names."""
        for w in weapons:
            if w.category in _CLASSES:
                self.told.setdefault(paragraph, []).append((start, w.weapon, w.category))

    def give(self, d: Draft) -> None:
        """A draft of a missile of no kind whose sentence points back to a missile takes the one
        kind its paragraph named before (none when it named two: "cruise and ballistic")."""
        if d.weapon or d.category != "missile" or not points_back(d.sentence.text):
            return
        s = d.sentence
        before = [(w, c) for at, w, c in self.told.get(s.paragraph, []) if at < s.start]
        if before and len({c for _, c in before}) == 1:
            named = {w for w, _ in before}
            d.weapon = named.pop() if len(named) == 1 else None
            d.category = before[-1][1]
