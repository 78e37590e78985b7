"""A hit told in a clause of its own after a downing: "Air defence shot down 20 drones; in X,
one hit a residential building", "Most of the missiles were intercepted, and a ballistic missile
hit a port in Y", "40 were shot down; hits were recorded in Z": a strike at the place of the hit,
not the interception the sentence told first (the place's clause, read from the last event
place, took in the downing). Debris of the downed weapons is not such a hit ("...; falling debris
damaged a house in W": an interception where it fell), nor more downings ("..., and three more
were downed over V")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (lexicon reads this module's RECORDED through event_phrases)
    from geo.extract.lexicon import Trigger

# a hit by a weapon (not a salvo's launch, aim or debris): the verbs and nouns of a hit
_HIT = re.compile(
    r"(?i)(?:hit|hits|hitting|struck|strikes?|slammed|damag\w+|destroy\w*|reached\s+\w+\s+targets?|"
    r"hits\s+(?:were|was|have\s+been|had\s+been)\s+(?:recorded|registered|reported))"
)
# what breaks the clause: a semicolon, or ", and" opening a clause with its own subject (not
# "and" alone: "A drone was shot down and a missile struck X" names no weapon of X's clause
# apart, so the hit's weapon would be read wrong; it stays as before)
_BREAK = re.compile(r"(?i);|,\s+and\s+")
_DEBRIS = re.compile(r"(?i)\b(?:debris|wreckage|fragments|shrapnel|parts)\b")

# a hit's traces counted after a downing: "hits were recorded in X", "eight reached their
# targets" (a strike pattern of event_phrases)
RECORDED = re.compile(
    r"\b(hits\s+(?:were|was|have\s+been|had\s+been)\s+(?:recorded|registered|reported)|"
    r"reached\s+(?:their|its)\s+targets?)\b",
    re.I,
)
CUES = ("hits", "reached")
THEN = ("record", "regist", "report", "target")


def _broken(text: str, start: int, end: int) -> bool:
    """Whether a clause break stands between ``start`` and ``end`` with no debris after it."""
    breaks = list(_BREAK.finditer(text, start, end))
    return bool(breaks) and not _DEBRIS.search(text, breaks[-1].end(), end)


def hit_after_downing(triggers: list[Trigger], clause: list[Trigger], offset: int) -> bool:
    """Whether the place at ``offset`` is where a hit was, told in a clause of its own after the
    downing in the place's clause: the hit before the place ("..., and a glide bomb hit a house
    in X") or right after it, the place opening the clause ("...; in X, one hit a building")."""
    downs = [m for t, m in clause if t == "interception"]
    if not downs:
        return False
    text = downs[-1].string
    last = clause[-1]
    if last[0] == "strike" and last[1].start() > downs[-1].end():
        return _HIT.fullmatch(last[1].group()) is not None and _broken(
            text, downs[-1].end(), last[1].end()
        )
    if last[1] is not downs[-1] or not _broken(text, downs[-1].end(), offset):
        return False
    after = next(((t, m) for t, m in triggers if m.start() >= offset), None)
    return (
        after is not None
        and after[0] == "strike"
        and _HIT.fullmatch(after[1].group()) is not None
        and not _BREAK.search(text, offset, after[1].start())
        and not _DEBRIS.search(text, offset, after[1].end())
    )
