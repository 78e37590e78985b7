"""Sentences that say nobody was harmed: "nobody was hurt", "no casualties", "they reported no
victims" (none killed, none injured); "nobody was killed", "none of them fatally", "no deaths",
"we lost nobody" (none killed, and nothing said of the injured: "four were injured, none of them
fatally")."""

from __future__ import annotations

import re

_NOBODY = re.compile(
    r"\b(?:nobody|no one|no-one)\s+(?:(?:was|were|(?:had|has|have)\s+been)\s+)?"
    r"(?P<what>hurt|injured|killed|harmed)\b(?P<both>\s+or\s+(?:injured|hurt|wounded))?|"
    r"\b(?:nobody|no one|no-one)\s+(?:needed|sought|required)\s+medical\b|"
    # (not "no casualties were given": no figures told)
    r"\bno (?:casualties|injuries|victims)\b(?!\s+(?:figures?\s+)?(?:were|was|have\s+been)\s+given)|"
    # "there are no injured people", "no wounded among the crew" (as "nobody was injured")
    r"\b(?:there\s+(?:are|were|is|was)\s+)no\s+(?:injured|wounded|hurt)\b|"
    # "no reports of damage or casualties", "no reports of casualties"
    r"\bno reports? of (?:[a-z]+ (?:or|and) )?(?:casualties|injuries|victims)\b|"
    # the dead alone: "none killed", "none of them fatally", "no one died", "no deaths"
    r"\b(?P<dead>none\s+(?:of\s+(?:them|whom)\s+)?(?:(?:was|were)\s+)?(?:killed|fatally|died|dead)|"
    r"(?:nobody|no one|no-one)\s+died|no\s+(?:deaths|fatalities)|there\s+(?:are|were)\s+no\s+dead|"
    # a unit's own losses: "we lost nobody", "the battalion lost no one"
    r"lost\s+(?:nobody|no\s+one|no-one|not\s+a\s+single\s+(?:man|soldier|person)))\b",
    re.I,
)


def nobody_harmed(text: str) -> dict[str, int] | None:
    """The zero figures a sentence gives ({"killed": 0} or {"killed": 0, "injured": 0}), or None
    when it says nothing of the kind."""
    m = _NOBODY.search(text)
    if m is None:
        return None
    alone = m.group("dead") or (m.group("what") == "killed" and not m.group("both"))
    return {"killed": 0} if alone else {"killed": 0, "injured": 0}
