"""Places joined to an event by a word that adds them to it ("a drone hit Sumy on Tuesday as
well as Bilopillia", "drones struck Kharkiv, and also Chuhuiv", "shelled the Kherson region,
including Bilozerka and Antonivka"): no
preposition or hit verb stands right before the place, yet the sentence tells the event there.
The joining word counts after a place already read as the event's, in the same clause."""

from __future__ import annotations

import re

from geo.extract.events_after import singled_out
from geo.extract.launch_sites import launch_site
from geo.extract.lexicon import Trigger
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.places import LIST_GAP
from geo.extract.sentences import Sentence

_JOINED = re.compile(
    r"\b(?:as\s+well\s+as|and\s+also|and\s+then|along\s+with|together\s+with|including|"
    r"followed\s+by|"
    r"among\s+them|among\s+others|such\s+as|in\s+particular|notably|especially|namely)"
    r"\s*[,:]?\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:towns?|city|cities|villages?|settlements?|ports?|"
    r"regions?|districts?|communit(?:y|ies))\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# ", and Pavlohrad too" (not ", and Kyiv condemned it": a town that acts)
_AND = re.compile(r",\s+and\s+$", re.I)
_TOO = re.compile(r"\s+(?:too|as\s+well|also)\b", re.I)
# a new clause or another speaker between the event and the place
_BREAK = re.compile(r"[;:]|\b(?:said|says|told|according)\b", re.I)


# the place nouns of the event's words, then their names: "damaged homes in two villages,
# Bilozerka and Antonivka", "struck the regional centre, Sumy"
_APPOSED = re.compile(
    r"\b(?:villages|towns|settlements|cities|communities|(?:regional\s+)?(?:centre|center|capital)|"
    r"(?:port|frontline|front-line|border)\s+(?:city|town)|city|town|village)\s*[,—–]\s*$",
    re.I,
)
# "with Odesa and Izmail the main targets"
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.I)
_MAIN_TARGETS = re.compile(
    r"\s+(?:the\s+|as\s+the\s+)?(?:main|primary|chief|principal|hardest[\s-]hit|worst[\s-]hit)"
    r"(?:\s+targets?|\s+places?|\b)",
    re.I,
)


def joined_places(
    text: str, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """The sentence's places with those joined to its event (and the list each opens) made
    event places."""
    k = 0
    while k < len(roles):
        h = roles[k]
        j = _list_end(text, roles, k)
        if not h.event_place and _joined(text, s, roles, triggers, k, j):
            for i in range(k, j + 1):
                roles[i] = replace_hit(roles[i], roles[i].geo_precision, True)
        k = j + 1 if not h.event_place else k + 1
    return roles


def _list_end(text: str, roles: list[PlaceHit], k: int) -> int:
    """The index of the last place of the list the place ``k`` opens."""
    j = k
    while j + 1 < len(roles) and LIST_GAP.match(text[roles[j].end : roles[j + 1].start]):
        j += 1
    return j


def _joined(
    text: str, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger], k: int, j: int
) -> bool:
    """Whether the list of places ``k`` to ``j`` is joined to the sentence's event."""
    start = roles[k].start
    if launch_site(text[s.start : start]):
        return False  # "launch areas: Kursk, Oryol" (read by roles as where weapons came from)
    if singled_out(text, s, roles[j]):
        return True  # "singles out X and Y as the places where the clashes were fiercest"
    window = max(s.start, start - 60)
    if _JOINED.search(text, window, start) or (
        _AND.search(text, window, start) and _TOO.match(text, roles[j].end, s.end)
    ):
        return _joined_to_event(text, roles[:k], start)
    apposed = _APPOSED.search(text, window, start)
    if apposed is not None:
        return _told_before(text, s, triggers, apposed.start())
    if _WITH.search(text, window, start) and _MAIN_TARGETS.match(text, roles[j].end, s.end):
        return _told_before(text, s, triggers, start)
    return False


def _told_before(text: str, s: Sentence, triggers: list[Trigger], start: int) -> bool:
    """Whether an event word (not a meeting's) comes shortly before ``start`` in its clause."""
    return any(
        t != "meeting"
        and start - 80 <= s.start + m.end() <= start
        and not _BREAK.search(text, s.start + m.end(), start)
        for t, m in triggers
    )


def _joined_to_event(text: str, earlier: list[PlaceHit], start: int) -> bool:
    """Whether an event place comes shortly before ``start`` in the same clause. (Not an event
    word alone: "shelled more than 20 settlements of the region, among them X, Y and Z" opens a
    governor's summary whose places each get their own line after it, with their own weapons;
    "repelled all attacks, ... including Bradley vehicles" names no place.)"""
    last = next((h for h in reversed(earlier) if h.event_place), None)
    return last is not None and start - last.end <= 80 and not _BREAK.search(text, last.end, start)
