"""What an encyclopedia's defining sentence ("X is a village in A County, B, C") says of X's
place, as a last check on the choice: X lies in the areas the sentence names. A namesake that
lies in none of them is wrong whatever its size; the best candidate that lies in one is taken
instead, and when the gazetteer has none (a village too small for it) the most specific named
area stands for the place, as for a suburb written before its town (``source`` "container").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.gazetteer import Place
from geo.geocode.candidates import Resolution, source_of
from geo.geocode.cues import DEFINING, after_the

_VERB = re.compile(r"\s(?:is|was)\s")
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
    mentions: list[Resolution], found: list[Resolution], reaches: dict[int, int], text: str
) -> None:
    """``reaches``: for each mention (by its end offset) that a defining sentence follows, where
    that sentence ends. ``found``: every resolved mention and area name of the text. The town
    must lie in the most specific areas the sentence names (a county, else a region, else a
    country: "Lima is a town in Seminole County, Oklahoma, United States" is not Lima, Ohio,
    although both are in the United States)."""
    if not reaches:
        return
    for m in mentions:
        reach = reaches.get(m.end)
        if reach is None:
            continue
        verb = _VERB.search(text, m.end, reach)  # after another name set off by commas
        start = verb.end() if verb else m.end
        levels = nested_levels(
            [r.place for r in found if start <= r.start < reach and r.place is not None]
        )
        if not levels or (m.place is not None and _lies_in_any(m.place, levels[0])):
            continue
        # A county's towns may be filed under another county: its region is tried too; never
        # the country of a region named (the other Limas of the United States).
        for areas in levels[: 2 if levels[0][0].feature == "admin2" else 1]:
            inside = [c for c in m.candidates if _lies_in_any(c.place, areas)]
            if inside:
                best = max(inside, key=lambda c: c.score)
                m.place, m.source = best.place, source_of(best.place)
                break
        else:
            m.place, m.source = levels[0][0], "container"


def nested_levels(places: list[Place]) -> list[list[Place]]:
    """The areas among ``places`` that hold one another, by level, most specific first: of the
    sets of areas that nest ("a port town in Kent, England, facing France": Kent and England, or
    France), the largest, when one set is larger than every other; else none (a stray reading,
    "Lake" as Lake County, could be the one that holds the town)."""
    areas = [p for p in places if p.feature in _LEVELS]
    chains = {
        frozenset(b.id for b in areas if b is a or _lies_in(a, b) or _lies_in(b, a)) for a in areas
    }
    sizes = sorted((len(c) for c in chains), reverse=True)
    if not sizes or (len(sizes) > 1 and sizes[0] == sizes[1]):
        return []
    chain = max(chains, key=len)
    levels = [[a for a in areas if a.feature == f and a.id in chain] for f in _LEVELS]
    return [level for level in levels if level]


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
