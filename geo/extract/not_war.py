"""Blasts the report itself says the war did not cause: a log's "Domestic gas explosion in an
apartment; one injured. Not related to enemy shelling." is no strike, nor is a blast a sentence
of its paragraph puts down to a gas leak or declares unrelated to the shelling, the attack or
the war. A note that an entry is "not connected with this night" (another night's strike) is
no such word. Nor is a death or a harm its own sentence puts down to an illness, old age or
a road accident (an obituary's or a prayer list's natural deaths)."""

from __future__ import annotations

import re

from geo.extract.armed_words import ARMED_OR_BLAST
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


# a death or harm of its own sentence put down to no war: an obituary's "died peacefully after a
# long illness", a prayer list's "fell asleep in the Lord", "injured in a road accident"
_NATURAL_END = re.compile(
    r"\b(?:died|passed\s+away|fell\s+asleep|lost\s+(?:his|her|their)\s+li(?:fe|ves)|injured|"
    r"hurt|killed)\b[^.;]{0,80}?\b(?:peacefully|illness|disease|old\s+age|natural\s+causes|"
    r"heart\s+attack|stroke|(?:road|traffic|car)\s+(?:accident|crash)|collision|in\s+the\s+Lord)\b"
    r"|\b(?:died|passed\s+away)\s+peacefully\b",
    re.I,
)
_NATURAL_END = cued(_NATURAL_END)


def _natural_end(s: Sentence) -> bool:
    return bool(_NATURAL_END.search(s.text)) and not ARMED_OR_BLAST.search(s.text)


def drop_not_war(drafts: list[Draft], sentences: list[Sentence]) -> list[Draft]:
    """``drafts`` without the events whose sentence, or a sentence of its paragraph after it,
    puts the blast down to a gas leak or says it is unrelated to the war, and without those of
    a sentence telling a death or a harm of no war ("died peacefully after a long illness")."""
    drafts = [d for d in drafts if not _natural_end(d.sentence)]
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
