"""The day of an attack told in a "since/after/following" clause, when the sentence tells of that
attack alone: "Eleven people remain in hospital since the missile strike on Kharkiv on the
evening of 4 December", "Repairs continue after the drone attack on the port on 2 December",
"Following the glide bomb strike on the city on the afternoon of 10 August, rescuers ...". The
clause's day is the attack's own (the sentence's other words tell what followed it: the wounded
still treated, the school closed), not background to another event. A clause that names an
earlier event beside the sentence's own news ("A drone hit Sumy on Monday, after the strike on
Kharkiv on 4 December") stays background (``dates._BACKGROUND``), and so does one whose event is
no attack ("since Russian units crossed the border on May 10")."""

from __future__ import annotations

import re

# the clause opens on an attack by its noun: "since the missile strike on", "after Friday's
# drone attack on", "following the Shahed attack against", "after the shelling of"
_ATTACK_CLAUSE = re.compile(
    r"(?:since|after|following)\s+(?:the|a|an|[A-Z][a-z]+day['’]s)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:strikes?|attacks?|shelling|bombing|bombardment|raid|barrage|explosion)\s+"
    r"(?:on|of|in|at|against)\b",
    re.I,
)


def attack_clause(clause: str, sentence: str, start: int, end: int) -> bool:
    """Whether the background clause ``clause`` (``sentence[start:end]``) tells the attack the
    sentence is about: it opens on an attack's noun and place, and the rest of the sentence has
    no event word of its own."""
    if not _ATTACK_CLAUSE.match(clause):
        return False
    from geo.extract.lexicon import triggers_in  # (the lexicon reads dates: imported late)

    # (the whole sentence's words, read once and kept: a clause's own is no other event)
    return all(start <= m.start() < end for _, m in triggers_in(sentence))
