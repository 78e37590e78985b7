"""A district named with a village or town of it in one sentence only locates it ("In the Kharkiv
district, shells hit Tsyrkuny", "the Valuyki district was attacked by drones, windows broken at a
school in Urazovo", "In Esman hromada, the village of Sopych came under fire", a ticker's "GLIDE
BOMB ON MEZHOVA, SYNELNYKOVE DISTRICT"): the event is the village's, not a second one at the
district's town, which the gazetteer gives for the district. A district with no place of its own
in the sentence, or with a town of another region or far from it, keeps its record."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.numbers import NUMBER
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.geocode import distance_km

if TYPE_CHECKING:
    from geo.extract.sentences import Sentence

# "the Mykolaiv district", "Esman hromada", "SYNELNYKOVE DISTRICT": one district, not a list's
# "districts", named by its word right after the name
_DISTRICT = re.compile(r"^\s+(?:district|raion|rayon|hromada|community)\b(?!['’]s)", re.I)
# how far a district's villages lie from the town it is named after (Ukraine's raions since 2020
# reach some 100 km from their centres: Mezhova of the Synelnykove district lies 90 km off)
_REACH_KM = 100.0
# a tally's item of its own: "three over Kaluga, four in the Kozelsk district, one near Lyudinovo"
_COUNTED = re.compile(rf"(?:^|[,;:])\s*(?:{NUMBER})\s+(?:[\w-]+\s+){{0,3}}$", re.I)
# GeoNames' seats of a region or district: a town that is one heads a district of its own
_SEATS = ("PPLA", "PPLA2", "PPLC")
# how far a city's own districts lie from its point (Kyiv's Obolon: 7 km)
_CITY_KM = 20.0


def _named_district(s: Sentence, h: PlaceHit) -> bool:
    return bool(_DISTRICT.match(s.text[h.end - s.start : h.end - s.start + 20]))


def _district(s: Sentence, h: PlaceHit) -> bool:
    before = s.text[max(0, h.start - s.start - 60) : h.start - s.start]
    return _named_district(s, h) and not _COUNTED.search(before)


def _of_it(district: PlaceHit, other: PlaceHit) -> bool:
    a, b = district.place, other.place
    return (
        b.id != a.id
        and b.feature not in ("admin1", "country")
        and other.geo_precision < 3
        and b.code not in _SEATS
        and (a.country, a.admin1) == (b.country, b.admin1)
        and distance_km(a.lat, a.lon, b.lat, b.lon) <= _REACH_KM
    )


def _city_of_it(district: PlaceHit, other: PlaceHit) -> bool:
    """Whether ``other`` is the seat city the district (not itself a seat) is a part of."""
    a, b = district.place, other.place
    return (
        a.code not in _SEATS
        and b.code in _SEATS
        and (a.country, a.admin1) == (b.country, b.admin1)
        and distance_km(a.lat, a.lon, b.lat, b.lon) <= _CITY_KM
    )


def districts_that_locate(s: Sentence, roles: list[PlaceHit]) -> list[PlaceHit]:
    """A district's hit is no event place where the sentence's event is at a place of it, or
    at the city it is a district of."""
    districts = [k for k, h in enumerate(roles) if h.event_place and _district(s, h)]
    for k in districts:
        if any(
            o.event_place and j not in districts and _of_it(roles[k], o)
            for j, o in enumerate(roles)
        ):
            roles[k] = replace_hit(roles[k], roles[k].geo_precision, False)
    parts = [k for k, h in enumerate(roles) if h.event_place and _named_district(s, h)]
    for k in parts:
        if any(o.event_place and _city_of_it(roles[k], o) for o in roles):
            roles[k] = replace_hit(roles[k], roles[k].geo_precision, False)
    return roles
