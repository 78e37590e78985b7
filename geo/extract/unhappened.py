"""Event words that tell of nothing that happened: an intention or a forecast ("wants to strike
X", "likely to push toward Y"), a denial ("no drone attack was recorded", "was not
intercepted"), a yardstick ("60 km from the fighting") or an attack still going on ("the attack
continues in the X region"). Asked by :mod:`geo.extract.lexicon` of each event word it finds."""

from __future__ import annotations

import re

from geo.extract.depictions import depicted
from geo.extract.held_states import merely_held
from geo.extract.pattern_cues import cued
from geo.extract.wording import just_before

_INTENT = just_before(
    "want|wants|wanted|plan|plans|planned|intend|intends|threaten|threatens|allowed|allow",
    # "may" the word, not "May" the month ("On 3 May our troops ...")
    "permission|able|could|would|(?-i:may)|might|will|can|cannot",
    # a forecast: "likely to try to push toward X", "may attempt a wider drive on Y": what an
    # analyst expects, not what happened
    r"(?:(?:un)?likely|poised|preparing)\s+to(?:\s+(?:try|attempt|seek)\s+to)?",
    r"(?:could|would|(?-i:may)|might|will)\s+(?:try|attempt|seek)(?:\s+to)?",
    gap=r"(\w+\s+){0,2}",
)
# "the Russians are preparing a new push towards X" (the event word right after; not "was
# preparing a meal when shelling began")
_PREPARING = re.compile(
    r"\bpreparing\s+(?:an?\s+|another\s+)?(?:(?:new|fresh|major|large|renewed|wider)\s+)?$", re.I
)

# An event word said not to have happened: "neither side reported any naval attack", "no
# drone attack was recorded", "did not report any strikes"
_NEGATED = re.compile(
    r"(?:\bno|\bneither\s+side\s+(?:has\s+|had\s+)?reported\s+any|\b(?:did|does|has|have|had)\s+"
    r"not\s+(?:report|reported|record|recorded|see|seen)\s+any)\s+(?:[\w-]+\s+)?$",
    re.I,
)

# The event word as a yardstick: "about 60 km from the fighting", "well away from the shelling".
_YARDSTICK = just_before(
    "km|kilometres|kilometers|miles|away|far", gap=r"from\s+(?:the\s+)?(?:[\w-]+\s+)?"
)


# An air attack said to be still going on, a status and no event of its own: "the attack continues
# in the X region", "the enemy attack on Y is still ongoing" (not "attacks continued overnight,
# damaging houses": the damage is the event)
_GOES_ON = re.compile(
    r"\s+(?:on\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)?(?:is\s+|are\s+)?(?:still\s+)?"
    r"(?:continues|ongoing|under\s*way|goes\s+on)\b",
    re.I,
)

# a weapon nobody downed: "was not intercepted", "did not shoot down", "had not been shot down"
_NOT_DOWNED = re.compile(r"\b(?:not|never|n['’]t|failed\s+to)\s+(?:been\s+|be\s+)?$", re.I)
_NOT_WORD = re.compile(r"\b(?:not|n['’]t)\s+$", re.I)
# a place said not to be hit: "the depot was not damaged", "no homes were hit", "wasn't struck"
_NOT_HIT = re.compile(
    r"\b(?:was|were|is|are|has|have|had)(?:\s+not|n['’]t)\s+(?:been\s+)?$",
    re.I,
)


def unhappened(etype: str, m: re.Match, text: str) -> bool:
    """Whether the event word ``m`` (of type ``etype``) of ``text`` tells of no event."""
    before = m.start()
    return bool(
        _INTENT.search(text[:before])
        or _PREPARING.search(text, max(0, before - 40), before)
        or _denied(etype, m, text)
        or _YARDSTICK.search(text, 0, before)  # "60 km from the fighting"
        # "The attack continues in the X region": still going on, no event
        or (etype == "strike" and m.group(1).lower() == "attack" and _GOES_ON.match(text, m.end()))
        # "the plant remains under Russian control": a hold that goes on, no fighting
        or (etype == "fighting" and merely_held(m, text))
        # "an exhibition of armour captured near X", "a drill rehearsing a missile hitting Y"
        or depicted(m, text)
    )


def _denied(etype: str, m: re.Match, text: str) -> bool:
    """Whether the words before an event word deny it."""
    before, word = m.start(), m.group(0).lower()
    return bool(
        # "Neither side reported any naval attack in X": none happened
        _NEGATED.search(text, 0, before)
        # "One Kalibr was not intercepted and hit X": no interception
        or (etype == "interception" and _NOT_DOWNED.search(text, max(0, before - 24), before))
        # "a depot on the edge of X was not damaged": no hit
        or (
            etype == "strike"
            and word in ("damaged", "hit", "struck")
            and _NOT_HIT.search(text, max(0, before - 24), before)
        )
        # "They are not caused by any damage": none done
        or (
            etype == "strike"
            and word.startswith("caus")
            and _NOT_WORD.search(text, max(0, before - 12), before)
        )
        # "That is not debris, whatever the officials call it": no downing
        or (
            etype == "strike"
            and word in ("debris", "wreckage")
            and _NOT_WORD.search(text, max(0, before - 12), before)
        )
    )


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_INTENT, _NEGATED = cued(_INTENT), cued(_NEGATED)
