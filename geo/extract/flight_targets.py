"""Where weapons were flying is no place of their downing: "41 drones were shot down over the
Moscow region, including two flying towards Moscow" is one interception, over the region, and
"drones heading for the capital were destroyed over the Tula region" is Tula's alone. The
destination ("flying towards", "heading for", "en route to", "bound for", "on their way to")
gives way to another event place of its sentence told with it: one named before it with no event
word between, or one named after it with only the downing between, in the same clause. A
destination told alone keeps its event ("two drones heading for Moscow were shot down"), and
so does one whose own clause tells another deed ("... over Crimea, and a patrol ship sank three
boats heading for Sevastopol")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.lexicon import triggers_in
from geo.extract.place_hits import replace_hit

if TYPE_CHECKING:
    from geo.extract.place_hits import PlaceHit
    from geo.extract.sentences import Sentence

# "flying towards ", "heading for the ", "while en route to ", "on their way to the city of "
_FLIGHT_BEFORE = re.compile(
    r"\b(?:flying|flew|heading|headed|en\s+route|bound|on\s+(?:its|their)\s+way)\s+"
    r"(?:towards?|for|to|in\s+the\s+direction\s+of)\s+(?:the\s+)?(?:(?:city|capital)\s+of\s+)?$",
    re.I,
)
_LOOK_BACK = 48  # characters before a place its flight words are looked for in


def _flight_target(text: str, s: Sentence, h: PlaceHit) -> bool:
    return _FLIGHT_BEFORE.search(text, max(s.start, h.start - _LOOK_BACK), h.start) is not None


def _told_with(text: str, target: PlaceHit, other: PlaceHit) -> bool:
    """Whether ``other`` is the place of the downing the flight to ``target`` belongs to."""
    if other.end <= target.start:  # "over the Moscow region, including two flying towards"
        return not triggers_in(text[other.end : target.start])
    between = text[target.end : other.start]  # "were destroyed over the"
    if ";" in between:
        return False
    found = triggers_in(between)
    downings = [m.span() for t, m in found if t == "interception"]
    # ("destroyed" is read both as a downing and as a hit: the same words)
    return all(t == "interception" or m.span() in downings for t, m in found)


def flight_targets_left_out(text: str, s: Sentence, roles: list[PlaceHit]) -> list[PlaceHit]:
    """The sentence's places, a destination of weapons in flight no event place when another
    place of the sentence is where they were downed."""
    if not any(h.event_place for h in roles) or not re.search(
        r"(?i)\b(?:fl[yei]|head|route|bound|way\b)", s.text
    ):
        return roles
    out = []
    for h in roles:
        if (
            h.event_place
            and _flight_target(text, s, h)
            and any(
                o is not h and o.event_place and o.place.id != h.place.id and _told_with(text, h, o)
                for o in roles
            )
        ):
            h = replace_hit(h, h.geo_precision, False)
        out.append(h)
    return out
