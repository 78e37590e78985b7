"""A fact-check's verdict ("VERDICT: False", "Rating: Unsupported") that doubts the claim it
checks: the events the check tells before its verdict (its title and the claim it quotes) are
the report's doubt (``unverified``), whoever made the claim. A verdict that bears the claim out
("VERDICT: True") changes nothing; the check's own findings after it stay as they are."""

from __future__ import annotations

import re

_DOUBTING_VERDICT = re.compile(
    r"(?im)^[^\w\n]*(?:our\s+)?(?:verdict|rating|ruling|conclusion)\s*[:—–-]\s*"
    r"(?:mostly\s+|partly\s+|largely\s+)?(?:false|unsupported|unproven|unsubstantiated|misleading|"
    r"fabricated|fake|baseless|not\s+true|no\s+evidence|lacks\s+(?:context|evidence)|"
    r"missing\s+context|out\s+of\s+context)\b"
)


def doubted_by_verdict(drafts: list, text: str) -> None:
    """Mark ``hedged`` the drafts told before a doubting verdict (``sentence.start``)."""
    m = _DOUBTING_VERDICT.search(text)
    if m is None:
        return
    for d in drafts:
        if d.sentence.start < m.start():
            d.hedged = True
