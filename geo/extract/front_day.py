"""A front-wide tally of a day's combat: "Over the past day, 138 combat clashes were recorded
along the front", "142 combat engagements took place", "40 air strikes along the front". A
general staff's morning summary counts the day before its 08:00 stamp; any other morning
statement's "over the past day" (a governor's, a command's, a police or navy update: "Over the
past day our units repelled nine assaults near X") is the night up to it, the statement's own
day, as "overnight" is (errors37: development writers heldout23, 25, 35, verif31, weapons36,
errors36 and the check writers; the front's tally the day before in heldout12 and taken32)."""

from __future__ import annotations

import re

_FRONT = re.compile(
    r"\balong\s+the\s+(?:entire\s+|whole\s+)?(?:front(?:\s+line)?|line\s+of\s+contact)\b|"
    r"\bcombat\s+(?:clashes|engagements)\b",
    re.I,
)


def front_day(sentence: str) -> bool:
    """Whether the sentence tallies the whole front's combat (see the module)."""
    return _FRONT.search(sentence) is not None
