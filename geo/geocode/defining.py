"""What an encyclopedia's defining sentence ("X is a village in A County, B, C") says of X's
place, as a last check on the choice: X lies in the areas the sentence names. A namesake that
lies in none of them is wrong whatever its size; the best candidate that lies in one is taken
instead, and when the gazetteer has none (a village too small for it) the most specific named
area stands for the place, as for a suburb written before its town (``source`` "container").
"""

from __future__ import annotations

from collections.abc import Sequence

from geo.gazetteer import Place
from geo.geocode.candidates import Resolution, source_of
from geo.geocode.cues import DEFINING, after_the

# The areas a defining sentence can place its town in, most specific first.
_LEVELS = ("admin2", "admin1", "country")


def defining_reaches(text: str, spans: Sequence[tuple[int, int]]) -> dict[int, int]:
    """For each span that a defining sentence follows, by its end offset, where it ends."""
    return {e: d.end() for _, e in spans if (d := DEFINING.match(text, e))}


def bare_counties(
    text: str, spans: Sequence[tuple[int, int]], reaches: dict[int, int]
) -> list[bool]:
    """Per span, whether a bare county's name there is read as one: in a defining sentence
    ("Newport is a town in Shropshire, England") it is the town's county, not a person's; never
    after "the" ("in the Atlantic"): no county is called so."""
    return [
        any(e <= s < r for e, r in reaches.items()) and not after_the(text, s) for s, _ in spans
    ]


def keep_to_defined_areas(
    mentions: list[Resolution], found: list[Resolution], reaches: dict[int, int]
) -> None:
    """``reaches``: for each mention (by its end offset) that a defining sentence follows, where
    that sentence ends. ``found``: every resolved mention and area name of the text."""
    if not reaches:
        return
    for m in mentions:
        reach = reaches.get(m.end)
        if reach is None:
            continue
        areas = [
            r.place
            for r in found
            if m.end <= r.start < reach and r.place is not None and r.place.feature in _LEVELS
        ]
        if not areas or (m.place is not None and _lies_in_any(m.place, areas)):
            continue
        inside = [c for c in m.candidates if _lies_in_any(c.place, areas)]
        if inside:
            best = max(inside, key=lambda c: c.score)
            m.place, m.source = best.place, source_of(best.place)
            continue
        m.place = min(areas, key=lambda a: _LEVELS.index(a.feature))
        m.source = "container"


def _lies_in_any(place: Place, areas: list[Place]) -> bool:
    return any(_lies_in(place, area) for area in areas)


def _lies_in(place: Place, area: Place) -> bool:
    if place.country != area.country or place.id == area.id:
        return False
    if area.feature == "country":
        return True
    if place.admin1 != area.admin1:
        return False
    # A town whose county the gazetteer does not know is taken to lie in any of its region's.
    return area.feature == "admin1" or place.admin2 in (area.admin2, "")
