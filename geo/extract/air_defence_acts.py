"""Air defence told as the actor at a place, beyond :data:`event_phrases.AT_WORK` (which needs
the place after the word): air defence that "repelled a massive attack on X" or "fought off a
drone attack on Y" (an interception, not the ground's fighting nor a strike), and air defence
"working" with the place told before it ("In X, air defence forces were working against attack
drones", "Explosions in X; air defence was working")."""

from __future__ import annotations

import re

_DEFENCE = (
    r"(?:air[\s-]defen[cs]es?|anti-aircraft\s+(?:guns?|units?|defen[cs]es?)|(?:mobile\s+)?fire\s+"
    r"(?:groups?|teams?)|air\s+defenders|SAM\s+units?)\s+(?:(?:units?|systems?|crews?|forces|"
    r"assets)\s+)?"
)
ACTS = re.compile(
    rf"\b({_DEFENCE}(?:"
    # "repelled a massive attack on X", "fought off a drone attack" (not troops: "repelled an
    # attack on X" alone is the ground's)
    r"(?:(?:has|have|had)\s+)?(?:repelled|repulsed|fought\s+off|beat\s+off|thwarted|foiled)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:attacks?|raids?|strikes?)|"
    # "engaged targets over X" (not troops: "engaged the enemy")
    r"engag(?:ed|es|ing)\s+(?:[\w-]+\s+){0,2}?targets|"
    # "were working against attack drones", "was working" at the end of its clause (told as
    # done: "Air defence is working, stay in shelters" is a warning)
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:still|also|again|actively)\s+)?"
    r"(?:active|working|at\s+work|in\s+action|operating)(?=\s+against\b|\s*(?:[.,;:]|$))|"
    # "went to work" told as done, at the end of its clause ("Explosions were heard in X as air
    # defence went to work")
    r"(?:went|had\s+gone)\s+(?:to\s+work|into\s+action)(?=\s+against\b|\s*(?:[.,;:]|$)))|"
    # seen or filmed firing at the sky: "locals filmed air defence firing for about an hour"
    rf"(?:filmed|saw|seen|watched|show(?:s|ed)?)\s+(?:the\s+|local\s+)?{_DEFENCE}firing)\b",
    re.I,
)
CUES = ("defen", "fire group", "fire team", "anti-aircraft", "sam unit")
THEN = (
    "engag",
    "repel",
    "repuls",
    "fought off",
    "beat off",
    "thwart",
    "foil",
    "activ",
    "work",
    "action",
    "operat",
    "firing",
)
