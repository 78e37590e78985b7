"""A list of places one a line under a lead-in that tells the event and ends with a colon
(issue 16, 'no event word in its sentence'): "Over the past day the enemy shelled:" then
"- Nikopol", "▪️ Marhanets", "1. Pokrov;". Each bare item is where the event was: its sentence
carries the lead-in's event word (``layout.ListIntro``) but no word of its own to read the place
by. Not when the lead-in tells where weapons came from ("launched from:") or names directions."""

from __future__ import annotations

import re

from geo.extract.launch_sites import launch_site
from geo.extract.lexicon import Trigger
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.sentences import BULLET, Sentence, line_bounds

# what may stand beside the place on its line: a bullet's mark, a closing stop, a short bracket
_BESIDE = re.compile(r"[\W\d_]*(?:\([^()\n]{0,40}\))?[\s.;,]*")
# a lead-in of where weapons came from or of the front's sectors: no places hit
_FROM = re.compile(r"\b(?:from|directions?|axes|sectors?)\b", re.I)
_MOST_ITEMS = 30  # (lines looked up for the lead-in)


def bare_items(
    text: str, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """The roles of a sentence that is a list's bare item, its place made the event's place."""
    if (
        len(roles) != 1
        or roles[0].event_place
        or not triggers
        or any(m.group(0) for _, m in triggers)  # (only the lead-in's, carried: empty matches)
        or "meeting" in (t for t, _ in triggers)
    ):
        return roles
    h = roles[0]
    rest = text[s.start : h.start] + text[h.end : s.end]
    if not _BESIDE.fullmatch(rest) or not BULLET.match(text, line_bounds(text, s.start)[0]):
        return roles
    lead = _lead_in(text, s.start)
    if lead is None or _FROM.search(lead) or launch_site(lead):
        return roles
    return [replace_hit(h, h.geo_precision, True)]


def _lead_in(text: str, at: int) -> str | None:
    """The line ending with a colon above the list whose item is at ``at``, over its bullets."""
    start = line_bounds(text, at)[0]
    for _ in range(_MOST_ITEMS):
        if start == 0:
            return None
        start, end = line_bounds(text, start - 1)
        line = text[start:end]
        if line.rstrip().endswith(":"):
            return line
        if not BULLET.match(line):
            return None
    return None
