"""A salvo sent at a place and then counted brought down: "The enemy sent 14 attack drones at
Mykolaiv; 10 were destroyed by our air defence", "launched 15 attack drones at the Odesa region
and that 12 of them were destroyed", "fired 22 strike drones at the Sumy region: 18 were shot
down". The place is where the weapons were intercepted (:func:`geo.extract.event_type.type_for`).

:func:`~geo.extract.event_type._only_launched` reads the salvo from its launch word; it missed
the salvo whose weapon is called an "attack" or "strike" drone (the adjective read as a hit)
and the count's bare "10 were destroyed" (read as something destroyed, since "destroyed" alone
is a hit). Here the salvo is read from its form: a launch verb, a weapon, "at" the place, and
right after the place a count of it (a number, "most", "all") that "were destroyed", "shot down",
"downed", "intercepted" or "brought down". A hit told after the count ("but one hit a
high-rise") is the clause rules' to weigh; what is destroyed must be the count itself ("three
houses were destroyed" is no count of the salvo)."""

from __future__ import annotations

import re

_WEAPON = r"(?:drones?|UAVs?|missiles?|rockets|Shaheds?|Gerans?|Iskanders?)"
# "sent 14 attack drones at", "launched 15 Shahed-type drones of the Geran type towards the"
_SALVO_AT = re.compile(
    rf"(?i)\b(?:launched|sent|fired|directed)\s+(?:[\w-]+\s+){{0,5}}?{_WEAPON}\s+"
    r"(?:[\w-]+\s+){0,3}?(?:at|on|against|towards?)\s+(?:the\s+)?$"
)
_NUMBER = (
    r"(?:\d[\d,]*|all|most|both|half|several|many|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"(?:\w+[-\s])?hundred|a\s+dozen)"
)
# after the place: its area word, a few small words ("overnight", "and that", "the same night"),
# then the count of the salvo brought down
_COUNT_DOWNED = re.compile(
    r"(?i)(?:\s+(?:region|oblast|province|district|city))?"
    r"(?:[\s,;:–—-]+(?-i:[a-z]+)){0,4}?[\s,;:–—-]+"
    rf"(?:(?:nearly|almost|about|some|over)\s+)?{_NUMBER}(?:\s+of\s+(?:them|these|those))?"
    rf"(?:\s+{_WEAPON})?\s+(?:were|was|had\s+been|have\s+been)\s+(?:all\s+)?"
    r"(?:destroyed|shot\s+down|downed|intercepted|brought\s+down|neutrali[sz]ed)\b"
)
_REACH = 160  # characters before the place a launch verb is looked for in
_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def salvo_counted_down(text: str, start: int) -> int | None:
    """Where the count ends, when the place named at ``start`` of the sentence ``text`` is where
    a salvo was sent and then counted brought down; else None."""
    name = _NAME.match(text, start)
    if name is None or not _SALVO_AT.search(text, max(0, start - _REACH), start):
        return None
    count = _COUNT_DOWNED.match(text, name.end())
    return count.end() if count else None
