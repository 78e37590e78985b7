"""A weapon told as going for its target, with no strike word (issue 16, "no event word in its
sentence"): "drones came for Reni before dawn", "forty drones went after Orikhiv", "an enemy
drone went for a farm", "artillery rained down on the station district", "footage shows a drone
crashing into a roof", "rockets from a launcher landed on a school". The weapon is the subject,
the verb one of going, falling or crashing, the preposition the target's: a strike at the place
the clause names. Not "drones came for the third night" (a time), nor debris or fragments that
came down (an interception's, read elsewhere). A strike pattern of
:mod:`geo.extract.event_phrases`."""

from __future__ import annotations

import re

__all__ = ["CUES", "GOING", "THEN"]

# what is fired (a crew or a gun's fire: "artillery", "shelling")
_WEAPONS = (
    r"(?:drones?|UAVs?|FPVs?|Shaheds?|Gerans?(?:-2)?|Lancets?|missiles?|rockets?|shells?|bombs?|"
    r"KABs?|munitions?|artillery|mortars?|Iskanders?(?:-M)?|Kalibrs?|Kinzhals?)"
)
# ("drones came for the third night", "missiles went for a week without ...": a time)
_NOT_A_TIME = (
    r"(?!\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:nights?|days?|weeks?|months?|hours?|times?|"
    r"while|years?)\b)"
)
GOING = re.compile(
    # (not "debris of a drone came down on", nor "a drone brought down by air defence fell
    # into": the subject is the weapon, whole, at most five words of its own between)
    r"(?<!of )(?<!of a )(?<!of an )(?<!of the )"
    rf"\b({_WEAPONS}\s+(?:(?!(?:debris|wreckage|fragments|parts|remains|by|down|downed|intercepted|destroyed|damaged)\b)[\w'’-]+\s+){{0,5}}?"
    r"(?:(?:came|come|comes|coming|went|go|goes|going)\s+(?:for|after)"
    rf"{_NOT_A_TIME}|"
    r"rain(?:ed|s|ing)?\s+down\s+(?:on|upon)|"
    r"(?:crashing|smashing|slamming|ploughing|plowing)\s+into|"
    r"(?:landed|fell|crashed)\s+(?:on|onto|into))(?=\s))",
    re.I,
)
CUES = (
    "came",
    "come",
    "went",
    "go",
    "rain",
    "crashing",
    "smashing",
    "slamming",
    "ploughing",
    "plowing",
    "landed",
    "fell",
    "crashed",
)
THEN = (" for", " after", " on", " upon", " into")
