"""Weapons that "visited" a place: a channel's slang for a hit ("Our Gerans visited the X air
base last night", "the Kalibrs paid a visit to Y again"). The lexicon's "visited" is a meeting's
word ("the chancellor visited Kyiv"); with a weapon as its subject it is a strike."""

from __future__ import annotations

import re

_ARMS = (
    r"(?:drones?|UAVs?|Shaheds?|Gerans?(?:-2)?|Lancets?|missiles?|rockets?|Iskanders?(?:-M)?|"
    r"Kinzhals?|Kalibrs?|Oniks|Tochkas?|HIMARS|ATACMS|Storm\s+Shadows?|Neptunes?|FABs?(?:-\d+s?)?|"
    r"KABs?|bombs?|shells?)"
)
# the weapon, then at most a few words of tense or manner: "Gerans visited", "the Kalibrs have
# paid a visit", "Iskanders once again visited", "our birds' ... " is not read
_WEAPON_BEFORE = re.compile(
    rf"(?i)\b{_ARMS}\s+(?:(?:have|has|had|again|also|once|paid|made|a|another|last\s+night|"
    r"overnight)\s+){0,4}$"
)


def weapons_visit(m: re.Match[str]) -> bool:
    """Whether a meeting word is a visit whose subject is a weapon ("Our Gerans visited X")."""
    return m.group().lower().startswith("visit") and bool(
        _WEAPON_BEFORE.search(m.string, 0, m.start())
    )
