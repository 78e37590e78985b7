"""A defence ministry's words for ground it won or a unit it beat, in its daily bulletin's
formulas (issue 16, a user's error: "inflicted losses on two brigades near X and Y" read as no
event): "units routed formations of two brigades near X and Y", "servicemen freed the
settlement of X", "freed Z". Fighting at each place the clause names. Not traffic "routed
through" a town, nor prisoners or hostages "freed" (a person, not a place). A fighting pattern of
:mod:`geo.extract.event_phrases`."""

from __future__ import annotations

import re

__all__ = ["CUES", "ROUTED", "THEN"]

ROUTED = re.compile(
    # "routed formations of two AFU brigades", "routed the enemy", "routed units"
    r"\b(routed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:units?|formations?|forces|troops|enemy|"
    r"brigades?|battalions?|regiments?|groups?|detachments?)|"
    # "freed the settlement of X", "freed the village of Y", "freed Z" (a name next)
    r"freed\s+(?:the\s+)?(?:(?:settlement|village|town|city|hamlet)\s+of\s+|(?=(?-i:[A-Z]))))",
    re.I,
)
CUES = ("routed", "freed")
THEN = ()
