"""The heading's town told back beside another place (issue 16, items under a place heading): in
a newspaper's "in brief" column, a bulletin's or a minutes' item headed "MARHANETS", the sentence
"Enemy gunners shelled the town on Friday and a drone hit a tractor in Tomakivka" tells of two
places: the heading's town ("the town", in a clause of its own) and Tomakivka. A sentence with no
place of its own is read at its heading already (``geo.extract.blocks``); this reads the clause
that tells the heading's town back in a sentence that names another place too."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

from geo import weapons as wv
from geo.extract.lexicon import Trigger

if TYPE_CHECKING:
    from geo.extract.place_hits import PlaceHit

# "the town", "the city", "the region" told back (not "the town of X", nor "the city's X"
# district, a place of its own)
_TOLD_BACK = re.compile(
    r"\bthe\s+(?:city|town|village|settlement|region|oblast|district|community)\b"
    r"(?!\s+of\b|['’]s\s+[A-Z])",
    re.I,
)
# where one clause ends and another begins
_BOUNDARY = re.compile(r"[;,]|\s(?:and|while|whereas|but|as\s+well\s+as)\s", re.I)


def town_clause(
    text: str, places: list[int], triggers: list[Trigger]
) -> tuple[int, int, str] | None:
    """The span of the clause of sentence ``text`` that tells the heading's town back (an event
    word and "the town" between two boundaries, no named place at ``places`` in it), and that
    event word's type; None when no clause does."""
    if not places or not triggers or not _TOLD_BACK.search(text):
        return None
    # (read once: a sentence may tell "the town" many times)
    bounds = [(b.start(), b.end()) for b in _BOUNDARY.finditer(text)]
    starts, ends = [b for b, _ in bounds], [e for _, e in bounds]
    places = sorted(places)
    words = sorted((w.start(), t) for t, w in triggers if t != "meeting")
    at = [w for w, _ in words]
    for m in _TOLD_BACK.finditer(text):
        k = bisect_right(ends, m.start())
        start = ends[k - 1] if k else 0
        n = bisect_left(starts, m.end())
        end = starts[n] if n < len(starts) else len(text)
        p = bisect_left(places, start)
        if p < len(places) and places[p] < end:
            continue  # (a place of the same clause: "shelled the town's edge near X")
        own = bisect_left(at, start)
        if own == len(at) or at[own] >= end:
            continue
        if p < len(places):  # the next place's clause has its verb
            close = bisect_left(starts, places[p])
            limit = starts[close] if close < len(starts) else len(text)
            if bisect_left(at, end) == bisect_left(at, limit):
                continue  # (no clause of its own: "hit the town and its outskirts near X")
        return start, end, words[own][1]
    return None


# a verb of gunfire is the guns' ("Enemy gunners shelled the town")
_SHELLED = re.compile(r"\b(?:shell(?:ed|ing|s)?|gunners|artillery|mortars?)\b", re.I)


def clause_weapon(
    mentions: list[wv.WeaponMention], text: str, start: int, end: int
) -> tuple[str | None, str | None]:
    """The weapon the clause names itself, else the guns of a verb of gunfire, else none."""
    own = [m for m in mentions if start <= m.start < end and m.category != "aircraft"]
    if own:
        return own[0].weapon, own[0].category
    return (None, "artillery") if _SHELLED.search(text, start, end) else (None, None)


# what a heading line may hold besides its place: marks, and the word of its kind
_HEADING_REST = re.compile(
    r"[\W_]*(?:(?:region|oblast|district|raion|city|town|village|community)\b[\W_]*)?", re.I
)


def heading_alone(text: str, topic: PlaceHit) -> bool:
    """Whether a heading is its place alone on its line ("NIKOPOL", "Kherson region:"; not a
    live blog's "07:41 Kyiv" clock)."""
    start = text.rfind("\n", 0, topic.start) + 1
    end = text.find("\n", topic.end)
    end = len(text) if end < 0 else end
    before = _HEADING_REST.match(text, start, topic.start)
    after = _HEADING_REST.match(text, topic.end, end)
    return bool(before and before.end() == topic.start and after and after.end() == end)


class DraftedPlaces:
    """The places a growing list of drafts is at, each draft read once (not the whole list
    again for every sentence under a heading)."""

    def __init__(self, drafts: list) -> None:
        self.drafts, self.ids, self.read = drafts, set[int](), 0

    def __contains__(self, place_id: object) -> bool:
        self.ids.update(d.place.id for d in self.drafts[self.read :])
        self.read = len(self.drafts)
        return place_id in self.ids
