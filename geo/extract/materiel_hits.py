"""Weapons destroyed on the ground: "destroyed a Patriot missile system near X", "destroyed two
S-300 missile launchers", "destroyed a warehouse of Shahed drones", "a depot storing drones" are
strikes on what holds or fires the weapons, not an interception (the lexicon's "destroyed N
drones" reads a tally of weapons brought down)."""

from __future__ import annotations

import re

# what the weapons word names after it: the system, launcher, battery or store holding them
_HOLDER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:systems?|launchers?|batter(?:y|ies)|complex(?:es)?|radars?|depots?|"
    r"warehouses?|stores?|storage|stockpiles?|plants?|factor(?:y|ies)|workshops?|production|"
    r"carriers?|crews?|operators?|control\s+points?)\b",
    re.I,
)
# ... or before it: "a warehouse of drones", "a depot storing Shaheds"
_HOLDER_BEFORE = re.compile(
    r"\b(?:(?:warehouses?|depots?|stores?|storage|stockpiles?|caches?|batch(?:es)?|shipments?|"
    r"workshops?)\s+(?:of|with|for)|storing|housing|assembling|producing|making)\b",
    re.I,
)


def destroyed_on_ground(m: re.Match[str]) -> bool:
    """Whether an interception word "destroyed ... drones/missiles" names weapons destroyed in
    what holds or fires them ("destroyed a Patriot missile system"), a strike."""
    word = m.group()
    return word[:7].lower() == "destroy" and bool(
        _HOLDER_BEFORE.search(word) or _HOLDER_AFTER.match(m.string, m.end())
    )
