"""Bare fragments after a downing: "In the village of X fragments damaged two roofs", "in Y one
house was damaged by fragments", told after the report said air defence shot weapons down, tell
where the wreckage of what was downed fell: an interception there, as the debris rule reads
"debris damaged a roof" (development writers heldout27, 33, 39: 3 of 3). Fragments told with
shelling or guns in the sentence or told since the downing ("aircraft dropped glide bombs on
X. In X fragments damaged a school"), or with a hit of their own in the place's clause ("a drone
struck a car and fragments damaged a fence"), keep the strike."""

from __future__ import annotations

import re

from geo.extract.draft import Draft
from geo.extract.lexicon import triggers_in

# "fragments" alone: not a shell's, a mine's, the glass's, nor "fragments of a drone" (read
# by the debris rule itself)
_FRAGMENTS = re.compile(r"(?<!shell )(?<!glass )(?<!mine )\bfragments?\b(?!\s+of\b)", re.I)
# a downing told: "shot down", "a shot-down UAV", "downed", "intercepted", air defence at work
_DOWNING = re.compile(
    r"\b(?:shot|brought)[\s-]down\b|\bdowned\b|\bintercept\w*|\bair[\s-]defen[cs]es?\b", re.I
)
# guns in the sentence: the fragments are a shell's
_GUNS = re.compile(
    r"\b(?:shell\w*|mortars?|artillery|MLRS|rocket\s+launchers?|guns?|tanks?|bombs?)\b", re.I
)
# where a clause ends: a semicolon, "and that", a comma before "and"
_BREAK = re.compile(r";|\band\s+that\b|,\s*and\b", re.I)
# the strike words that tell only what the fragments did
_DAMAGE = frozenset({"damaged", "damaging", "damage"})
_GUN_CATEGORIES = frozenset({"artillery", "rocket artillery", "glide bomb", "aircraft"})


def fragments_of_downing(drafts: list[Draft], text: str) -> None:
    """Make interceptions of the strikes whose clause tells only bare fragments' damage after a
    downing told earlier in the report, with no guns nor bombs told since; with no weapon, the
    last interception's before it."""
    for k, d in enumerate(drafts):
        if d.event_type != "strike" or d.category in _GUN_CATEGORIES or d.fatalities:
            continue
        s = d.sentence
        clause = _clause(s.text, d.place_mention)
        if clause is None or not _FRAGMENTS.search(clause) or _GUNS.search(s.text):
            continue
        words = triggers_in(clause)
        if not all(t == "strike" and m.group().lower() in _DAMAGE for t, m in words):
            continue
        at = s.start + s.text.find(clause)
        # (where the last downing told before the clause ends)
        downed = max((m.end() for m in _DOWNING.finditer(text, 0, at)), default=None)
        if downed is None or _GUNS.search(text, downed, at):
            continue  # (guns or bombs told since: "... dropped glide bombs on X. In X fragments")
        d.event_type = "interception"
        if d.category is None:
            before = [x for x in drafts[:k] if x.event_type == "interception" and x.category]
            if before:
                d.weapon, d.category = before[-1].weapon, before[-1].category


def _clause(sentence: str, mention: str) -> str | None:
    """The clause of ``sentence`` that names ``mention``: between the breaks around it."""
    at = sentence.find(mention) if mention else -1
    if at < 0:
        return None
    starts = [m.end() for m in _BREAK.finditer(sentence, 0, at)]
    end = _BREAK.search(sentence, at + len(mention))
    return sentence[starts[-1] if starts else 0 : end.start() if end else len(sentence)]
