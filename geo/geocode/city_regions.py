"""A city that is a first-level region of its own, and the region named after it around it.

Some capitals are regions by themselves, inside a larger region that bears their name: the city
of Kyiv and Kyiv oblast (GeoNames' "Kyiv" and "Kiev"), the city of Moscow and Moscow oblast
("Moscow" and "Moskovskaya"), Tashkent and its province. A writer who calls the name a region
("Kyiv Oblast", "the Moscow region", "Tashkent province") means the larger one: the city's own
region, picked because its main name is the words, drew the oblast at the city's outline.

The city's region is told by its content, not by a list: its towns all lie within
``CITY_REACH_KM`` of the city of its name (a city's own territory, not an oblast 200 km
across), and the region named after the city is another first-level region of the same country
known by one of the city's names, which does not hold the city and whose point is within
``AROUND_KM`` of it (not Washington State for the District of Columbia).
"""

from __future__ import annotations

from weakref import WeakKeyDictionary

from geo.gazetteer import Gazetteer, Place
from geo.geocode.distance import distance_km

CITY_REACH_KM = 80.0
AROUND_KM = 150.0
_TOWNS = ("capital", "city")


# The answers by gazetteer and region id: a region's content never changes.
_KEPT: WeakKeyDictionary[Gazetteer, dict[int, Place | None]] = WeakKeyDictionary()


def region_around(gazetteer: Gazetteer, region: Place) -> Place:
    """The region named after the city ``region`` is made of, else ``region`` itself."""
    if region.feature != "admin1":
        return region
    kept = _KEPT.setdefault(gazetteer, {})
    if region.id not in kept:
        kept[region.id] = _around(gazetteer, region)
    return kept[region.id] or region


def _around(gazetteer: Gazetteer, region: Place) -> Place | None:
    cities = [
        p
        for p, _ in gazetteer.lookup(region.name)
        if p.feature in _TOWNS and p.country == region.country and p.admin1 == region.admin1
    ]
    if not cities:
        return None
    city = max(cities, key=lambda p: p.population)
    if not _within(gazetteer, region, city):
        return None
    around = {
        p.id: p
        for name in gazetteer.names_of(city)
        for p, _ in gazetteer.lookup(name)
        if p.feature == "admin1"
        and p.country == region.country
        and p.id != region.id
        and distance_km(p.lat, p.lon, city.lat, city.lon) <= AROUND_KM
    }
    return next(iter(around.values())) if len(around) == 1 else None


def _within(gazetteer: Gazetteer, region: Place, city: Place) -> bool:
    """Whether every town of ``region`` lies within CITY_REACH_KM of ``city``."""
    return all(
        distance_km(t.lat, t.lon, city.lat, city.lon) <= CITY_REACH_KM
        for t in gazetteer.towns_by_admin1(region.country, admin1=region.admin1)
    )
