"""Which weapon belongs to which place when one sentence tells of several places, each hit by a
weapon of its own (issue 16): the weapon of the place's own clause ("X was hit by a glide bomb,
while Y came under artillery fire": Y's is the guns, not the bomb told of X); a "with" after a
place is its own only when no other verb of attack comes between ("dropped bombs on X and
attacked Y with drones": the drones are Y's); and two kinds named together are no pair for every
place when each kind was told of a place of its own ("shelled X with artillery, and a drone hit
Y")."""

from __future__ import annotations

import re

from geo import weapons as wv
from geo.extract.lexicon import triggers_in

# where a clause ends: a semicolon, a comma, or a word setting one place against another
_BOUNDARY = re.compile(
    r";|,|\s(?:while|whereas|but|meanwhile)\b|\sand(?:\s+then)?(?=\s+(?:threw|sent|flew|fired|"
    r"dropped|launched|hurled|aimed|directed|used|struck|hit|shelled|pounded|attacked)\b)",
    re.I,
)
# an opening phrase's comma right after the place ("In Izmail, drones hit the port"); not one
# that opens another clause ("at X, Y and Z, and hit W with artillery": Z's clause ends there)
_OPENING_COMMA = re.compile(r"[^\S\n]*,(?!\s*(?:and|but|or|then|while|whereas)\b)", re.I)


def clause_of(text: str, floor: int, offset: int) -> tuple[int, int]:
    """The span of the clause of the place at ``offset``: from the last boundary after the
    previous place (``floor``) to the next boundary after the place (a comma right after it
    closing an opening phrase, "In X, ...", does not end it)."""
    start = floor
    for m in _BOUNDARY.finditer(text, floor, offset):
        start = m.end()
    word = re.match(r"[\w'’.-]*", text[offset:])
    after = offset + (word.end() if word else 0)
    if opening := _OPENING_COMMA.match(text, after):
        after = opening.end()
    end = _BOUNDARY.search(text, after)
    return start, end.start() if end else len(text)


def in_own_clause(
    mentions: list[wv.WeaponMention], text: str, floor: int, offset: int
) -> list[wv.WeaponMention] | None:
    """The weapons named in the place's own clause (aircraft left out), when the sentence names
    others beyond it (None when it names none, or none elsewhere: the rest of the reading
    decides then)."""
    start, end = clause_of(text, floor, offset)
    # (an aircraft alone is often the target or a base's, "a Su-34 base in X", not the weapon)
    own = [m for m in mentions if start <= m.start < end and m.category != "aircraft"]
    if not own or len(own) == len(mentions):
        return None
    return own


def another_attack_between(text: str, start: int, end: int) -> bool:
    """Whether a verb of another attack, joined by "and" or a comma, lies between a place and a
    "with" ("on X and attacked Y with drones": the drones are not X's; "X was hit with" is
    X's own), or between two weapons ("with artillery, and dropped a KAB"); a word right before
    the weapon describes it ("artillery and attack drones")."""
    gap = text[start:end]
    return any(
        t != "meeting" and gap[m.end() :].strip() and _JOINING.search(gap, 0, m.start())
        for t, m in triggers_in(gap)
    )


# a word joining another clause before the verb ("X and attacked Y"; not "X was hit with")
_JOINING = re.compile(r",|;|\b(?:and|or|then|before|after)\b", re.I)


def told_apart(pair: tuple[str, str], joiner: str, categories: set[str]) -> bool:
    """Whether two kinds named in two clauses (a comma before their "and") were each read as a
    place's own among the sentence's several places ("shelled X with artillery, and a drone hit
    Y": X's guns, Y's drone), so neither is every place's ("with missiles and drones: three
    killed in X and four in Y" is both at each)."""
    # (or an "and" opening another verb of attack: "pounded X with artillery and threw drones at Y")
    apart = "," in joiner or _BOUNDARY.search(joiner) is not None
    return apart and pair[0] != pair[1] and pair[0] in categories and pair[1] in categories


def pair_elsewhere(
    mentions: list[wv.WeaponMention], text: str, offset: int, pair: tuple[wv.WeaponMention, ...]
) -> bool:
    """Whether two kinds named together lie outside the clause of the place at ``offset``,
    which names a weapon of its own ("missiles struck X, killing one, and a drone and missile
    attack on Y killed three": the pair is Y's; X's own clause tells its missiles)."""
    own = in_own_clause(mentions, text, 0, offset) if offset >= 0 else None
    return own is not None and not any(w in own for w in pair)
