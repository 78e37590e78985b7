"""Places a name typed by a user could be (a CSV's location cell, a review's place box, a hand-added
event), best first, read as the resolver reads it in a report.

The candidates are the gazetteer's entries of the name's own spelling, and a name called a region
("Odesa region", "Zaporizhzhia Oblast") has the region among them only when the gazetteer spells
the region that way: GeoNames calls the oblasts "Odessa" and "Zaporizhia", so the typed spelling
found only the cities, and each typed path took the city (an exact point) where a report's same
words, and ``geo geocode``, found the region. The resolver's own answer (the region of the city
the words name) comes first when it is a reading of the words: one of the candidates, or the
region a candidate town lies in or is named after; never a region the context alone supplied.
"""

from __future__ import annotations

import re
from collections.abc import Set

from geo.gazetteer import Place
from geo.geocode.candidates import TOWNS
from geo.geocode.city_regions import region_around
from geo.geocode.resolver import Geocoder
from geo.textio import as_report

# control characters (a cell copied from a terminal or a PDF, a typed escape): a space, as a tab
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def typed_places(
    geocoder: Geocoder, name: str, context: str = "", theatre: Set[str] = frozenset()
) -> list[tuple[Place, float]]:
    """Distinct places ``name`` could be with their scores, the resolver's choice first when it
    reads the words (see the module); [] for a name the gazetteer does not hold. The name is read
    as a report's words are: direction marks and zero-width characters copied from a web page or
    a right-to-left document dropped, control characters a space ("\u200fOdesa region" found
    nothing)."""
    res = geocoder.geocode(_CONTROLS.sub(" ", as_report(name)), context, theatre)
    seen: set[int] = set()
    out: list[tuple[Place, float]] = []
    for c in res.candidates:
        if c.place.id not in seen:
            seen.add(c.place.id)
            out.append((c.place, c.score))
    chosen = res.place
    if chosen is None or not out or chosen.id == out[0][0].id:
        return out
    if chosen.id in seen or (res.cue == "region" and _region_of_any(geocoder, chosen, out)):
        top = max(score for _, score in out)
        return [(chosen, top)] + [(p, s) for p, s in out if p.id != chosen.id]
    return out


def _region_of_any(geocoder: Geocoder, region: Place, out: list[tuple[Place, float]]) -> bool:
    """Whether ``region`` is the first-level region of one of the towns in ``out`` (or the region
    named after a city that is a region of its own: Kyiv Oblast around the city of Kyiv)."""
    if region.feature != "admin1":
        return False
    gazetteer = geocoder.gazetteer
    for place, _ in out:
        if place.feature in TOWNS or place.feature == "admin1":
            own = gazetteer.admin1_of(place)
            if own is not None and region.id in (own.id, region_around(gazetteer, own).id):
                return True
    return False
