"""Places joined to an event by a word that adds them to it ("a drone hit Sumy on Tuesday as
well as Bilopillia", "drones struck Kharkiv, and also Chuhuiv", "shelled the Kherson region,
including Bilozerka and Antonivka"): no
preposition or hit verb stands right before the place, yet the sentence tells the event there.
The joining word counts after a place already read as the event's, in the same clause."""

from __future__ import annotations

import re

from geo.extract.places import LIST_GAP, PlaceHit, replace_hit
from geo.extract.sentences import Sentence

_JOINED = re.compile(
    r"\b(?:as\s+well\s+as|and\s+also|and\s+then|along\s+with|together\s+with|including|"
    r"among\s+them|among\s+others|such\s+as|in\s+particular|notably|especially|namely)"
    r"\s*[,:]?\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:towns?|city|cities|villages?|settlements?|ports?|"
    r"regions?|districts?|communit(?:y|ies))\s+of\s+(?:the\s+)?)?$",
    re.I,
)
# a new clause or another speaker between the event and the place
_BREAK = re.compile(r"[;:]|\b(?:said|says|told|according)\b", re.I)


def joined_places(text: str, s: Sentence, roles: list[PlaceHit]) -> list[PlaceHit]:
    """The sentence's places with those joined to its event (and the list each opens) made
    event places."""
    k = 0
    while k < len(roles):
        h = roles[k]
        if h.event_place or not _JOINED.search(text, max(s.start, h.start - 60), h.start):
            k += 1
            continue
        if not _joined_to_event(text, roles[:k], h.start):
            k += 1
            continue
        j = k
        while True:
            roles[j] = replace_hit(roles[j], roles[j].geo_precision, True)
            if j + 1 < len(roles) and LIST_GAP.match(text[roles[j].end : roles[j + 1].start]):
                j += 1
            else:
                break
        k = j + 1
    return roles


def _joined_to_event(text: str, earlier: list[PlaceHit], start: int) -> bool:
    """Whether an event place comes shortly before ``start`` in the same clause. (Not an event
    word alone: "shelled more than 20 settlements of the region, among them X, Y and Z" opens a
    governor's summary whose places each get their own line after it, with their own weapons;
    "repelled all attacks, ... including Bradley vehicles" names no place.)"""
    last = next((h for h in reversed(earlier) if h.event_place), None)
    return last is not None and start - last.end <= 80 and not _BREAK.search(text, last.end, start)
