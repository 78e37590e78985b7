"""News told as just done, in the present perfect ("Russian drones have hit a substation in
Sumy", "a missile has killed two in Odesa", "three people have been injured"): with no day of its
own nor one carried from its paragraph, it is the day of writing, the publication day, as what is
under way is (``geo.extract.dates.ongoing``), not the day before. Only the default uses it: a
paragraph's day ("Yesterday shelling hit Kherson. Two people have been killed.") still dates it."""

from __future__ import annotations

import re

_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:just\s+|also\s+|again\s+|now\s+)?(?:been\s+)?"
    r"(?:hit|struck|killed|injured|wounded|damaged|destroyed|attacked|shelled|shot\s+down|"
    r"downed|intercepted)\b",
    re.I,
)


def just_done(sentence: str) -> bool:
    """Whether the sentence tells its event in the present perfect."""
    return bool(_PERFECT.search(sentence))
