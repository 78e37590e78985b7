"""A place told as held, not as taken (extras39): "X remained under Ukrainian control", "the plant
remains under Russian control", "the last cities of the region under Kyiv's control", "the town,
in Russian hands since 2022, ...". The holding words ("under Ukrainian control", "in its hands")
are fighting words when they tell a change or a claim of one: "Toretsk is almost entirely under
Russian control now", "Kupiansk is fully under Russian control", "the village is back in
Ukrainian hands". Told as a state that goes on, or as what a noun is ("cities under Kyiv's
control"), they tell no fighting: nothing happened there that day."""

from __future__ import annotations

import re

from geo.extract.pattern_cues import cued

# the holding words themselves (as the lexicon's fighting pattern has them)
_HOLDING = re.compile(r"^(?:in|under)\b", re.I)

# a state that goes on: "remained under", "remains in Russian hands", "is still under", "stayed"
_GOES_ON = cued(
    re.compile(r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still|continue[sd]?\s+to\s+be)\b", re.I)
)

# a change or a claim of one in the clause: a verb of being or of coming under a hold, "now",
# "back", "fully" ("is now under Russian control", "came under Ukrainian control", "was
# brought back into its hands", "was placed under", "is fully under")
_CHANGE = cued(
    re.compile(
        r"\b(?:is|are|was|were|be|been|being|came|come|comes|coming|fell|falls|fallen|brought|"
        r"put|placed|passed|returned|back|now|fully|completely|entirely|declared|claimed)\b|"
        r"(?-i:[A-Z])\w*['’]s\b(?=\s*$)",
        re.I,
    )
)

# where the holding words' clause starts: a comma, a semicolon, a colon, a bracket, a dash
_CLAUSE_START = re.compile(r"[,;:(\u2014\u2013]|\s-\s")


def merely_held(m: re.Match, text: str) -> bool:
    """Whether the holding words ``m`` of ``text`` ("under Ukrainian control", "in Russian
    hands") tell a hold that goes on or what a place is, not a change of hands."""
    if not _HOLDING.match(m.group(0)):
        return False
    window = text[max(0, m.start() - 80) : m.start()]
    starts = [b.end() for b in _CLAUSE_START.finditer(window)]
    clause = window[starts[-1] :] if starts else window
    if _GOES_ON.search(clause):
        return True  # "remained under Ukrainian control", "is still in its hands"
    return not _CHANGE.search(clause)  # "the last cities of the region under Kyiv's control"
