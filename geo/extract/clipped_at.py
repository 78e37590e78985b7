"""A day's results told in clipped lines, the weapon and what it was fired at with no verb
(issue 16, "no event word in its sentence"): "Nikopol: an FPV drone at a minibus near the
market", "Pavlohrad - two ballistic missiles at the rail depot", "| Artillery at a farm". The
"on" form ("drones on the refinery") is ``event_phrases``' clipped entry; this is its "at": the
weapon opens its cell or clause (after a colon, a dash, a bar or a comma), "at" is followed by
what it hit, never a time, a state or a distance ("drones at night", "artillery at the ready",
"missiles at the same time", "at an altitude"). A strike pattern of
:mod:`geo.extract.event_phrases`."""

from __future__ import annotations

import re

__all__ = ["AT", "CUES", "ENTRY", "THEN"]

_ARMS = (
    r"(?:drones?|UAVs?|FPVs?|Shaheds?|Gerans?(?:-2)?|Lancets?|shells?|bombs?|KABs?|FABs?|"
    r"missiles?|rockets?|Iskanders?(?:-M)?|Kalibrs?|artillery|mortars?|MLRS|Grads?)"
)
# what follows "at" that is no target
_NOT_TARGETS = (
    r"(?:night|nights|morning|evening|dawn|dusk|noon|midnight|front|frontline|ready|time|times|"
    r"moment|end|start|beginning|same|weekend|height|rate|cost|price|level|speed|range|"
    r"altitude|distance|border|least|most|once|first|last|sea|home|risk|hand|scene|rate)"
)
# the weapon, its count or an article and up to two words before it, "at" and a target
_ENTRY = (
    r"((?:(?:an?|one|two|three|four|five|six|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
    rf"{_ARMS}\s+at)"
    rf"(?=\s+(?:an?|the)\s+(?!{_NOT_TARGETS}\b)(?:[\w-]+\s+)?(?!{_NOT_TARGETS}\b)[\w'’-]+)"
)
# (the clause opens on it: the text's start, a colon, a bar, a dash)
AT = re.compile(rf"(?:^|(?<=[:;|—–])\s*|(?<=\s-\s)){_ENTRY}", re.I)
ENTRY = re.compile(_ENTRY, re.I)
CUES = (" at",)
THEN = ()
