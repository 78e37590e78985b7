"""Blasts the report itself says the war did not cause: a log's "Domestic gas explosion in an
apartment; one injured. Not related to enemy shelling." is no strike, nor is a blast a sentence
of its paragraph puts down to a gas leak or declares unrelated to the shelling, the attack or
the war. A note that an entry is "not connected with this night" (another night's strike) is
no such word."""

from __future__ import annotations

import re

from geo.extract.draft import Draft
from geo.extract.pattern_cues import cued
from geo.extract.sentences import Sentence

__all__ = ["drop_not_war"]

_NOT_WAR = re.compile(
    r"\b(?:(?:domestic|household)\s+gas\s+(?:explosion|blast|leak)|gas\s+leak)\b|"
    r"\b(?:not|un)\s*(?:related|connected|linked)\s+(?:to|with)\s+(?:the\s+)?(?:enemy\s+|russian\s+)?"
    r"(?:shelling|attacks?|strikes?|hostilities|war|fighting)\b",
    re.I,
)
_NOT_WAR = cued(_NOT_WAR)  # (tried only on a text holding a word it needs)


def drop_not_war(drafts: list[Draft], sentences: list[Sentence]) -> list[Draft]:
    """``drafts`` without the events whose sentence, or a sentence of its paragraph after it,
    puts the blast down to a gas leak or says it is unrelated to the war."""
    if not any(_NOT_WAR.search(s.text) for s in sentences):
        return drafts
    after: dict[int, list[Sentence]] = {}
    for i, s in enumerate(sentences):
        after[s.start] = [x for x in sentences[i : i + 4] if x.paragraph == s.paragraph]
    return [
        d
        for d in drafts
        if not any(_NOT_WAR.search(x.text) for x in after.get(d.sentence.start, []))
    ]
