"""A place typed as "town, region" ("Novyi Trud, Donetsk", "Kamianske, Zaporizhzhia Oblast"):
the town of that name inside that region, never the region's capital. newuser21 typed the
"Another place" box's own example and was offered Donetsk city, 54 km off; "Kamianske,
Zaporizhzhia" offered the region and "..., Zaporizhzhia Oblast" said not in the gazetteer.
The command line's ``geocode`` reads a typed name the same way (:func:`geocode_typed`; newuser23:
"Novoolenivka, Donetsk" was "no such place" there)."""

from __future__ import annotations

import re
from collections.abc import Set
from typing import TYPE_CHECKING

from geo.geocode.candidates import Candidate, Resolution, source_of
from geo.geocode.typed import region_words, typed_places

if TYPE_CHECKING:
    from geo.gazetteer import Place
    from geo.geocode import Geocoder

_AREAS = ("admin1", "admin2", "region")
# one comma, no figure (a "lat, lon" is a point), words on both sides (a letter looked for
# apart: "[^,\d]*[^\W\d][^,\d]*" tried the letter at each place of a name with no comma, 64 kB
# of "Kharkiv " typed 24 s; attack37)
_TOWN_REGION = re.compile(r"^(?P<town>[^,\d]*),(?P<region>[^,\d]*)$")
_LETTER = re.compile(r"[^\W\d]")


def region_named(geocoder: Geocoder, words: str, theatre: Set[str]) -> Place | None:
    """The first-level region ``words`` name ("Donetsk", "Zaporizhzhia Oblast") or the country
    ("Ukraine"), or None."""
    country = [p for p, exact in geocoder.gazetteer.lookup(words) if p.feature == "country"]
    if country:
        return country[0]
    reading = words if region_words(words) else f"{words} region"
    found = typed_places(geocoder, reading, "", theatre)
    return found[0][0] if found and found[0][0].feature == "admin1" else None


def town_in_region(
    geocoder: Geocoder, typed: str, theatre: Set[str]
) -> tuple[str, Place, list[tuple[Place, float]]] | None:
    """``(town, region, the places of that name inside the region)`` when ``typed`` reads "town,
    region" with a region the gazetteer knows (the list empty when it holds no such town there);
    None for any other text (read as it was)."""
    parts = _TOWN_REGION.match(typed.strip())
    if not parts or not (_LETTER.search(parts["town"]) and _LETTER.search(parts["region"])):
        return None
    town, words = parts["town"].strip(), parts["region"].strip()
    area = region_named(geocoder, words, theatre)
    if area is None:
        return None
    inside: list[tuple[Place, float]] = []
    seen = set()
    # the resolver's readings first, then every place bearing the name (a renamed village's
    # former name: "Novyi Trud" in Donetsk region is Vidrodzhennia now)
    also = [(p, 1.0 if exact else 0.5) for p, exact in geocoder.gazetteer.lookup(town)]
    for place, score in typed_places(geocoder, town, "", theatre) + also:
        if place.id in seen or place.feature in _AREAS:
            continue
        if (
            place.country == area.country
            and area.feature == "country"
            or ((place.country, place.admin1) == (area.country, area.admin1))
        ):
            seen.add(place.id)
            inside.append((place, score))
    return town, area, inside


def geocode_typed(
    geocoder: Geocoder, typed: str, context: str = "", theatre: Set[str] = frozenset()
) -> Resolution:
    """A typed place name read as the app's "Another place" box reads it: "town, region" is the
    town of that name inside that region (:func:`town_in_region`; no place when the region holds
    none), any other text the resolver's reading of it (:meth:`Geocoder.geocode`)."""
    inside = town_in_region(geocoder, typed, theatre)
    if inside is None:
        return geocoder.geocode(typed, context, theatre)
    candidates = [Candidate(place, score) for place, score in inside[2]]
    first = candidates[0].place if candidates else None
    source = source_of(first) if first is not None else ""
    return Resolution(typed, 0, len(typed), first, candidates, source=source)
