"""A downing tally's breakdown told in a sentence of its own, framed by a label or a remainder
(issue 16, counts by region after the count): an air force's "Overnight air defence destroyed 49
drones." and, in the same or the next paragraph, "By region: Poltava - 16, Sumy - 13,
Chernihiv - 8; the rest over the central regions." The run of places and figures has no event
word; the sentence before it has the downing, and the label ("By region:", "Per oblast:") or the
remainder ("the rest over ...") says the figures split that count. This gives the run between
the two (``layout.tally_run`` reads it), or None when neither frames it."""

from __future__ import annotations

import re

__all__ = ["breakdown_body"]

# "By region:", "Broken down by oblast:", "Per province -"
_LABEL = re.compile(
    r"\A\W*(?:broken\s+down\s+|breakdown\s+)?(?:by|per)\s+(?:regions?|oblasts?|provinces?)"
    r"\s*[:—–-]\s*",
    re.I,
)
# the remainder after the last semicolon or comma: "the rest over the central regions"
_REST = re.compile(r"\s*(?:and\s+)?the\s+(?:rest|remainder|others)\b", re.I)
# (a breakdown is a line, not a page)
_LONGEST = 400


def breakdown_body(sentence: str) -> str | None:
    """The run of places and figures of a labelled breakdown or one with a remainder, or None."""
    if len(sentence) > _LONGEST:
        return None
    label = _LABEL.match(sentence)
    body = sentence[label.end() :] if label else sentence
    cut = max(body.rfind(";"), body.rfind(","))
    rest = cut > 0 and _REST.match(body, cut + 1) is not None
    if rest:
        body = body[:cut]
    return body if label or rest else None
