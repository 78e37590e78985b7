"""A report's correction of what it said earlier ("10:45 CORRECTION - At 08:30 we wrote that a
missile hit X. The governor has since clarified that debris of a downed drone fell there"): the
retracted account is no event, nor is the entry it names; the corrected account tells of the
same town."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (the lexicon reads retractions: no import of the drafting here)
    from geo.extract.draft import Draft
    from geo.extract.place_hits import PlaceHit
    from geo.extract.sentences import Sentence

_RETRACTION = re.compile(
    r"\b(?:at\s+(?P<time>\d{1,2}[:.]\d{2})\s*,?\s+)?(?:we|this\s+(?:blog|page|report))\s+"
    r"(?:had\s+|have\s+)?(?:earlier\s+|wrongly\s+|mistakenly\s+|incorrectly\s+)?"
    r"(?:wrote|reported|said|stated|wrongly\s+reported)\s+(?:earlier\s+)?that\b",
    re.I,
)
_CORRECTING = re.compile(r"\bcorrect(?:ion|ed|s)\b|\b(?:wrongly|mistakenly|incorrectly)\b", re.I)


def retracted(sentence: str) -> re.Match[str] | None:
    """The words that retract an earlier account of the report's own ("CORRECTION - At 08:30 we
    wrote that ..."; "we wrongly reported that ..."): a retelling alone ("as we reported
    earlier, ...") retracts nothing."""
    low = sentence.lower()  # (most sentences have no word of correcting: not searched)
    if "correct" not in low and "wrong" not in low and "mistaken" not in low:
        return None
    m = _RETRACTION.search(sentence)
    return m if m is not None and _CORRECTING.search(sentence) else None


def drop_retracted(
    drafts: list[Draft], text: str, sentences: list[Sentence], hits: list[PlaceHit]
) -> list[Draft]:
    """The drafts without those of a live-blog entry a correction retracts: the entry stamped
    with the time it names, at the places it names."""
    gone: list[tuple[int, int, set[int]]] = []
    for s in sentences:
        m = retracted(s.text)
        if m is None or not m.group("time"):
            continue
        stamp = re.search(rf"(?m)^[ \t]*{re.escape(m.group('time'))}\b", text)
        if stamp is None or stamp.start() <= s.start <= stamp.end():
            continue
        after = re.search(r"(?m)^[ \t]*\d{1,2}[:.]\d{2}\b", text[stamp.end() :])
        end = stamp.end() + after.start() if after else len(text)
        places = {h.place.id for h in hits if s.start + m.end() <= h.start < s.end}
        gone.append((stamp.start(), end, places))
    return [
        d
        for d in drafts
        if not any(a <= d.sentence.start < b and d.place.id in ids for a, b, ids in gone)
    ]
