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


def own_launched(sentence: str, destroyed: int) -> int | None:
    """The launched count of a sentence that also gives the destroyed ("Russia launched 117
    drones overnight and 79 were brought down over the X, Y and Z regions"), for its first
    interception: when it names one kind of weapon and the count is not below what was
    destroyed."""
    if len({w.category for w in wv.find_weapons(sentence)}) != 1:
        return None
    n = launched_count(sentence)
    return n if n is not None and n >= destroyed else None
