"""Figures a report corrects (issue 16, figures of matched records): a live blog's "Correction: in
our 06:40 entry we said twelve people had been killed. The governor's post said two", a night
blog's "Officials have revised the figures for X. One man was killed ... had been counted twice",
a channel's "Clarification on the 10:05 post: one resident was killed". The corrected figures
replace the event's own even when lower, where a toll told again only ever raises them (a later
rise still counts after the correction)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.extract.draft import Draft
    from geo.extract.sentences import Sentence

_CORRECTING = re.compile(
    r"\bcorrect(?:ion|ed|ing)\b|\bclarif(?:ication|ied|ies)\b|"
    r"\brevised\s+(?:the\s+|its\s+|their\s+)?(?:figures?|toll|count|numbers?|data)\b|"
    r"\b(?:toll|figures?|count|numbers?)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:revised|corrected)\b|\bcounted\s+twice\b|\b(?:given|reported)\s+in\s+error\b|"
    r"\bwas\s+an\s+error\b|\bwe\s+(?:regret|apologi[sz]e)\b",
    re.I,
)


# some of a figure's people, told apart ("one of the dead had been counted twice"): no toll
_PART_OF = re.compile(r"\b\w+\s+of\s+(?:the|those)\s+(?:dead|killed|injured|wounded|hurt)\b", re.I)


def corrects(s: Sentence, before: Sentence | None) -> bool:
    """Whether the figures of sentence ``s`` are a correction: it, or the sentence before it in
    its paragraph, corrects or revises what was said (not some of the figure's people told
    apart, "one of the dead had been counted twice")."""
    if _PART_OF.search(s.text):
        return False
    told = [s] + ([before] if before is not None and before.paragraph == s.paragraph else [])
    low = " ".join(x.text for x in told).lower()  # (most sentences correct nothing)
    if not any(w in low for w in ("correct", "clarif", "revised", "twice", "error", "regret")):
        if "apologi" not in low:
            return False
    return any(_CORRECTING.search(x.text) for x in told)


def replace_figures(owner: Draft, figures: dict[str, int]) -> None:
    """The corrected figures in place of the event's (each one the correction gives), kept over
    those of its other mentions when they merge."""
    for key, attr in (("killed", "fatalities"), ("injured", "injured")):
        if key in figures:
            setattr(owner, attr, figures[key])
            owner.corrected = True


def mark_corrections(drafts: list[Draft], sentences: list[Sentence]) -> list[Draft]:
    """A record drafted from a sentence of corrected figures ("The governor's post said two
    people were killed", after "Correction: we said twelve") keeps them over its earlier mentions'
    when they merge."""
    before = {b.end: b for b in sentences}
    ends = sorted(before)
    for d in drafts:
        if (d.fatalities, d.injured) == (None, None):
            continue
        k = bisect_right(ends, d.sentence.start) - 1
        if corrects(d.sentence, before[ends[k]] if k >= 0 else None):
            d.corrected = True
    return drafts


# what the report had said, which a correction takes back: "we said nine people had been killed",
# "our 07:10 entry reported twelve dead" (to the clause's end)
_RETRACTED = re.compile(
    r"\b(?:we|our\s+(?:[\w:.]+\s+){0,2}?(?:entry|post|update|report))\s+(?:had\s+|have\s+)?"
    r"(?:earlier\s+|wrongly\s+|mistakenly\s+)?(?:said|reported|wrote|stated|gave)\b[^.;]*",
    re.I,
)


def without_retracted(text: str) -> str:
    """A sentence without the figures it says the report gave wrongly ("Correction: we said nine
    people had been killed in X" gives no figure)."""
    if "we " not in text.lower() and "our " not in text.lower():
        return text
    if not _CORRECTING.search(text):
        return text
    return _RETRACTED.sub(" ", text)
