"""A wire story's dateline: "KYIV (AP) —", "MOSCOW, June 2 (Reuters) -", "Kharkiv, Ukraine — ",
"ZAPORIZHZHIA, 12 March 2025 /Ukrinform/.". Its city is where the reporter files from, not an
event's place ("DNIPRO, May 3 (Wire) - In Kamianske, two people were killed": Kamianske); it is
the place of the story's first sentence only when that sentence tells of an event and names no
other place ("KYIV (AP) — A Russian missile struck a residential building overnight"), and no
headline above it nor the paragraph after it named another; in a dated or signed dispatch whose
lead sets the scene first ("SLOVIANSK, Dec. 4 - Half the shops are boarded up. Two guided bombs
struck the centre overnight"), of its lead's first event sentence naming no place."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.heard_from_afar import heard_from
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.publication import DAY_MONTH, WEEKDAY_RE

if TYPE_CHECKING:
    from geo.extract.sentences import Sentence

_DAY = rf"(?:(?:{WEEKDAY_RE}),?\s+)?{DAY_MONTH}(?:,?\s+\d{{4}})?"
# what follows the city: its country or region, the day, the agency, then a dash or the agency
# between slashes
_TAIL = re.compile(
    r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?=[,\s(—–-]))?"
    rf"(?:,?\s+{_DAY})?"
    r"(?:\s+\([^()\n]{1,30}\))?"
    r"(?:\s*(?:--|[-–—])\s|\.?\s*/[^/\n]{1,20}/\.?(?:\s|$))",
    re.I,
)
_HEAD_LINES = 6  # a dateline opens the story: a headline, a byline and a blank line may come first


def dateline_city(text: str, hits: list[PlaceHit]) -> PlaceHit | None:
    """The city of the story's dateline, as a place events may be at (``event_place``), or None
    when the story has no dateline or a headline above it named another place."""
    lines = text.split("\n", _HEAD_LINES)[:_HEAD_LINES]
    head_end = sum(len(line) + 1 for line in lines)
    for h in hits:
        if h.start >= head_end:
            return None
        line_start = text.rfind("\n", 0, h.start) + 1
        if text[line_start : h.start].strip() or h.place.feature not in ("city", "capital"):
            continue
        if (tail := _TAIL.match(text, h.end)) is None:
            continue
        # a headline that named another place tells where the story is; a place in the lead or
        # the paragraph after it, where the story goes on ("The ministry said it downed 50
        # drones. Of those, 30 over the Belgorod region"); not the dateline's own region
        # ("NIKOPOL, Dnipropetrovsk region, Dec. 4 -"), nor a sound's source ("shelling could be
        # heard from the direction of Chasiv Yar")
        lead_end = _paragraphs_end(text, h.start, 2)
        if any(
            o.place.id != h.place.id and not heard_from(text, o)
            for o in hits
            if o.start < lead_end and not h.end <= o.start < tail.end()
        ):
            return None
        return replace_hit(h, 1, True)
    return None


def _paragraphs_end(text: str, start: int, count: int) -> int:
    """Where the ``count``-th non-blank line from ``start`` ends."""
    end = start
    for _ in range(count):
        while text.startswith("\n", end):
            end += 1
        nxt = text.find("\n", end)
        if nxt < 0:
            return len(text)
        end = nxt
    return end


def filed_from(
    text: str, s: Sentence, hits: list[PlaceHit], home: PlaceHit | None, told: bool = False
) -> bool:
    """Whether sentence ``s`` (of places ``hits``) tells of the town of ``home``'s dateline (from
    :func:`dateline_city`) and names no other place: it opens the story, or, with no event
    ``told`` before it, stands in the lead (a dispatch that sets the scene first: "SLOVIANSK,
    Dec. 4 - Half the shops are boarded up. Two guided bombs struck the centre overnight")."""
    if home is None or not home.event_place or not home.start < s.end:
        return False
    m = _TAIL.match(text, home.end)
    if m is None or any(h.end > m.end() for h in hits) or _ELSEWHERE.search(text, m.end(), s.end):
        return False
    if s.start <= home.start or not text[m.end() : s.start].strip():
        return True
    # a dated or signed dispatch's dateline, not a heading's town ("Odesa — what the mayor told
    # us") nor a feature's ("OKHTYRKA - Hundreds lined the street ... The men died when a strike
    # hit a warehouse on Saturday"): a day or an agency after the town
    dispatch = any(c in m.group() for c in "0123456789(/")
    return dispatch and not told and s.end <= _paragraphs_end(text, home.start, 2)


# "launched 80 drones at Ukraine", "across the region", "a regional governor said": the story
# tells of a country or a region, or of a place it does not name, not of its dateline's city
_ELSEWHERE = re.compile(
    r"\b(?:at|on|across|over|against|into|in|throughout)\s+(?:the\s+)?(?:Ukraine|Russia|"
    r"country|(?:[\w-]+\s+)?(?:regions?|oblasts?|provinces?|front(?:\s*line)?))\b|"
    r"\bnationwide\b|\bfront\s*lines?\b|\bsettlements\b|\ban?\s+regional\b"
)
