"""Words of a report that the gazetteer knows only as a place abroad the report never vouches for:
no place where the war's events happen. One rule, two reaches:

- anywhere abroad, a county or a small town (under 5,000 people) of a country the report names
  neither itself nor by one of its regions ("Energy facilities were hit", "the Atlas oil depot",
  "the Nuclear Power Plant": towns of Illinois and Pennsylvania, a county of Idaho);
- far abroad (more than 2,500 km from the theatre's centre), also a region or a middling town
  (under 250,000 people) of a country the report does not name itself (a diary's weekday "Wed"
  and "Mon": Wedi in Indonesia, Myanmar's Mon State; a ticker's "AN ENTERPRISE": Enterprise,
  Nevada; "the Far East": Pharr, Texas). A far city of 250,000 or more ("met in Anchorage")
  stays a place.

A town whose own region the report names ("Geneva, Illinois") is always a place; a region is no
proof of itself ("Mon" is one); the theatre's own countries are never abroad."""

from __future__ import annotations

from collections.abc import Iterable

from geo import theatre
from geo.gazetteer import Place
from geo.geocode import distance_km

# Below this many people, a town abroad is read only where the report names its country.
_SMALL_TOWN = 5000
# How far from the theatre's centre a place is far abroad (the Atlantic coast of Europe lies some
# 2,500 km from the centre of Ukraine: Europe's towns and regions are left to the first reach).
_FAR_KM = 2500.0
# From this many people, a far town is one the report may mean (a summit's city: Anchorage has
# 290,000; Enterprise, Nevada, 108,000).
_CITY_POPULATION = 250_000


def stray_places(places: Iterable[Place | None]) -> set[int]:
    """The ids of the stray words among the places a report's names resolved to."""
    found = [p for p in places if p is not None]
    countries = {p.country for p in found if p.feature == "country"}
    regions = {(p.country, p.admin1) for p in found if p.feature == "admin1"}
    return {p.id for p in found if _stray(p, countries, regions)}


def _stray(place: Place, countries: set[str], regions: set[tuple[str, str]]) -> bool:
    """Whether ``place`` is abroad and unvouched: ``countries`` are those the report names as
    countries, ``regions`` (country, region) the regions it names."""
    here = theatre.current()
    if not place.country or place.country in here.countries or place.country in countries:
        return False
    town = place.feature in ("city", "village")
    if town and (place.country, place.admin1) in regions:
        return False
    if place.country not in {country for country, _ in regions} and (
        place.feature == "admin2" or (town and place.population < _SMALL_TOWN)
    ):
        return True
    if not (place.feature == "admin1" or (town and place.population < _CITY_POPULATION)):
        return False
    return distance_km(here.centre[0], here.centre[1], place.lat, place.lon) > _FAR_KM
