"""The report's own people at the scene: besides the evidence the attribution rules weigh
(:data:`geo.extract.attribution.ATTESTED`: "our correspondent saw", "I watched", geolocated
footage), a script's or a live report's word that its reporter is there ("Our reporter Andrii
Moroz is there now", "our correspondent is at the scene"), told right after the event. The
event is then the report's own (`confirmed`), whoever gives its toll later (README,
"Verification rule": "the report's own people ... still make it confirmed")."""

from __future__ import annotations

import re

from geo.extract.attribution import ATTESTED
from geo.extract.pattern_cues import cued
from geo.extract.report_memo import per_report
from geo.extract.voices import doubts, own_eyes

_THERE = re.compile(
    r"\b(?:our|the\s+agency's|this\s+channel's|this\s+station's)\s+(?:own\s+)?"
    r"(?:reporter|correspondent|crew|camera\s+crew|team|journalist)s?\b"
    r"(?:\s+[A-Z][\w'’-]+){0,3},?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:already\s+|still\s+|now\s+)?(?:there|on\s+the\s+(?:spot|scene|ground)|at\s+the\s+scene|"
    r"at\s+the\s+site|on\s+site)\b",
    re.I,
)


@per_report
def witnessed(text: str) -> bool:
    """Whether a sentence gives the report's own eyes on the scene."""
    return bool(ATTESTED.search(text) or _THERE.search(text) or own_eyes(text))


def seen(text: str) -> bool:
    """Whether a sentence gives eyes on the scene and no doubt of what it tells."""
    return witnessed(text) and not doubts(text)


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_THERE = cued(_THERE)
