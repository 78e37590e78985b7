"""A tally's inventory of what was launched ("137 air attack assets: - 98 Shahed drones ...; - 32
Kh-101 cruise missiles ..."): each weapon's launched count, given to the first interception of
that kind the report names when its own sentence gave none."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo import weapons as wv
from geo.extract.casualties import launched_count
from geo.extract.wording import words

if TYPE_CHECKING:
    from geo.extract.draft import Draft
    from geo.extract.sentences import Sentence

# "- 98 Shahed attack drones ...", "🔸 539 strike UAVs of the Shahed type": a line opening with a
# figure and, a few words on, the weapon it counts
_COUNTED = re.compile(r"^\W*(?P<n>\d[\d,]*)\s+(?:[\w-]+\s+){0,2}?$")
_DIGIT = re.compile(r"\d")
# a line of results, not of launches: "16 over the Khmelnytskyi region", "28 ... shot down"
_RESULT = words(
    r"over\s+the", "shot down", "downed", "destroyed", "intercepted", "neutrali[sz]ed", "lost"
)


def launched_by_kind(sentences: list[Sentence]) -> dict[str, int]:
    """Each weapon category's launched count, from the first sentence that gives one."""
    found: dict[str, int] = {}
    for s in sentences:
        if not _DIGIT.search(s.text):  # tallies give their counts in digits
            continue
        weapons = wv.find_weapons(s.text)
        if not weapons or _RESULT.search(s.text):
            continue
        first = weapons[0]
        m = _COUNTED.match(s.text[: first.start])
        n = int(m.group("n").replace(",", "")) if m else launched_count(s.text)
        if n is not None:
            found.setdefault(first.category, n)
    return found


def give_launched(drafts: list[Draft], sentences: list[Sentence]) -> None:
    """The first interception of each kind with a destroyed count and no launched one takes the
    inventory's launched count, when it is not below what was destroyed."""
    found = launched_by_kind(sentences)
    for d in drafts:
        n = found.get(d.category or "")
        if d.event_type == "interception" and d.destroyed is not None and n is not None:
            if d.launched is None and n >= d.destroyed:
                d.launched = n
            found.pop(d.category or "", None)
