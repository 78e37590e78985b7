"""Debris told after its place, in the place's clause: "In Fastiv, west of the capital, falling
debris damaged a school", "12 March | Poltava | Missile debris lands on a depot", "Overnight in
Zhytomyr: the mayor reported drone debris falling on a house". The place opens the clause (an
aside on where it lies, a table's cell, who told of it may stand between), no event word before
it in its clause; the debris is the first event word after it, so what fell there had been
brought down: an interception at the place (event_type's rule for debris before its place, read
the other way round)."""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger

# between the place and the debris: no clause break (";"), no other sentence, a short reach
_GAP = re.compile(r"[^;.!?]{0,90}")


def debris_follows(triggers: list[Trigger], offset: int) -> Trigger | None:
    """The first event word after the place at ``offset`` when it follows in the place's clause
    (for the caller to ask whether it is debris that fell), else None."""
    after = next(((t, m) for t, m in triggers if m.start() >= offset), None)
    if after is None or not _GAP.fullmatch(after[1].string, offset, after[1].start()):
        return None
    return after
