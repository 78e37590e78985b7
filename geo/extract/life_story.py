"""A sentence of a person's life story: where they were born, grew up, studied, trained or
moved to ("She trained in Mykolaiv and came back home in 2014", "Taras was born in Mezhova").
An obituary tells the victim's life between the attack and the farewell; the towns of that life
are no place a later sentence of harm tells of (errors37: "Her friend Vira, 41, ... was wounded"
after "She trained in Mykolaiv" is no strike at Mykolaiv)."""

from __future__ import annotations

import re

_LIFE = re.compile(
    r"\b(?:(?:was|were)\s+born|grew\s+up|(?:studied|trained|graduated|schooled)\s+(?:in|at|from)|"
    r"(?:moved|came\s+back|returned)\s+(?:home\s+)?(?:to|in)|went\s+to\s+school)\b",
    re.I,
)


def life_story(sentence: str) -> bool:
    """Whether the sentence tells where a person was born, grew up, studied or moved."""
    return _LIFE.search(sentence) is not None
