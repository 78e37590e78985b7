"""Places a name typed by a user could be (a CSV's location cell, a review's place box, a hand-added
event), best first, read as the resolver reads it in a report.

The candidates are the gazetteer's entries of the name's own spelling, and a name called a region
("Odesa region", "Zaporizhzhia Oblast") has the region among them only when the gazetteer spells
the region that way: GeoNames calls the oblasts "Odessa" and "Zaporizhia", so the typed spelling
found only the cities, and each typed path took the city (an exact point) where a report's same
words, and ``geo geocode``, found the region. The resolver's own answer (the region of the city
the words name) comes first when it is a reading of the words: one of the candidates, or the
region a candidate town lies in or is named after; never a region the context alone supplied.

A name typed with a region word ("Zaporizhzhia Oblast", "region of Odesa") is that region whatever
the context (newuser20): after a report naming Pokrovsk the context chose the village Zaporizhzhia
of Donetsk oblast, and the typed oblast was saved as "Donetsk". A district the gazetteer does not
hold ("Odesa Raion": GeoNames has no raions) is the region of its town, somewhere in it.
"""

from __future__ import annotations

import re
from collections.abc import Set

from geo.gazetteer import Place
from geo.geocode.candidates import TOWNS
from geo.geocode.city_regions import region_around
from geo.geocode.cues import SUFFIX_REGION
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
    name = _CONTROLS.sub(" ", as_report(name))
    for named in region_words(name):
        alone = geocoder.geocode(named, "", theatre).place  # the region, whatever the context
        if alone is not None and alone.feature in _AREAS:
            rest = _read(geocoder, named, context, theatre)
            top = max((s for _, s in rest), default=1.0)
            others = [(p, s) for p, s in rest if p.id != alone.id and p.feature not in _AREAS]
            return [(alone, top)] + others
    return _read(geocoder, name, context, theatre)


_AREAS = ("admin1", "admin2", "region")
# "region of Odesa", "the oblast of Sumy": the region word first
_WORD_FIRST = re.compile(
    r"^(?:the\s+)?(?:region|oblast|province|governorate)\s+of\s+(?P<base>.+)$", re.IGNORECASE
)
_DISTRICT = ("raion", "rayon", "district")


def region_words(name: str) -> list[str]:
    """The readings of ``name`` as a region, when a region word before or after the name calls it
    one: "Zaporizhzhia Oblast" itself, "region of Odesa" as "Odesa region", "Odesa Raion" itself
    and then as "Odesa region" (the raion's oblast); [] for a name with no region word."""
    name = " ".join(name.split())
    first = _WORD_FIRST.match(name)
    if first:
        return [f"{first['base']} region"]
    after = SUFFIX_REGION.match(name)
    if after is None:
        return []
    if after["word"].lower() in _DISTRICT:
        return [name, f"{after['base']} region"]
    return [name]


def _read(
    geocoder: Geocoder, name: str, context: str, theatre: Set[str]
) -> list[tuple[Place, float]]:
    """The candidates of ``name`` read in ``context``, the resolver's choice first."""
    res = geocoder.geocode(name, context, theatre)
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
