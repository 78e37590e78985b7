"""Downed "targets" of no kind named (issue 16): "nine aerial targets were shot down over X",
"debris of a downed target fell on Y", "air defence worked on the targets". The sentence tells an
interception without saying what was brought down, and the writers leave its weapon empty: it
takes no kind from its paragraph or from the report's last weapon (a sentence naming a weapon,
"30 targets, all of them drones", has its own and is not asked)."""

from __future__ import annotations

import re

# "air targets", "aerial targets", "the target", "downed targets", "air objects"
_TARGETS = re.compile(r"\b(?:targets?|(?:air|aerial)\s+objects?)\b", re.I)


def names_only_targets(sentence: str) -> bool:
    """Whether ``sentence`` calls what was brought down its targets (see the module)."""
    return _TARGETS.search(sentence) is not None
