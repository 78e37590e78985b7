"""Words of a report that the gazetteer knows only as a middling town or a region far abroad (a
diary's weekday "Wed" and "Mon": Wedi in Indonesia, Myanmar's Mon State; a ticker's "AN
ENTERPRISE": Enterprise, Nevada; "the Far East": Pharr, Texas): no place where the war's
events happen, unless the report names that country itself, or the town's own region
("Geneva, Illinois"). A city of 250,000 people or more
abroad ("met in Anchorage") stays a place, as does anything near the theatre."""

from __future__ import annotations

from collections.abc import Iterable, Set

from geo import theatre
from geo.gazetteer import Place
from geo.geocode import distance_km

# how far from the theatre's centre a place is abroad in the sense of this rule (the Atlantic
# coast of Europe lies some 2,500 km from the centre of Ukraine; Europe's towns are left alone)
_FAR_KM = 2500.0
# from this many people, a far town is one the report may mean (a summit's city: Anchorage has
# 290,000; Enterprise, Nevada, 108,000)
_CITY_POPULATION = 250_000


def far_word(place: Place, countries: Set[str], regions: Set[tuple[str, str]]) -> bool:
    """Whether ``place`` is a far-off region or middling town of a country the report never
    names as a country (``countries``), nor, for a town, as its region (``regions``: country and
    region of the regions the report names; a region is no proof of itself: "Mon" is one)."""
    here = theatre.current()
    if place.country in here.countries or place.country in countries or not place.country:
        return False
    if place.feature != "admin1" and not (
        place.feature in ("city", "village")
        and place.population < _CITY_POPULATION
        and (place.country, place.admin1) not in regions
    ):
        return False
    return distance_km(here.centre[0], here.centre[1], place.lat, place.lon) > _FAR_KM


def far_places(places: Iterable[Place | None]) -> set[int]:
    """The ids of the far words among the places a report's names resolved to."""
    found = [p for p in places if p is not None]
    countries = {p.country for p in found if p.feature == "country"}
    regions = {(p.country, p.admin1) for p in found if p.feature == "admin1"}
    return {p.id for p in found if far_word(p, countries, regions)}
