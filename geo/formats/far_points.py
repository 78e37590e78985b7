"""An imported row whose coordinates lie far from every place of the name it gives: refused in one
line that says how far and from what, the file's other rows read (README: "Bad input gets a clear
error and loses nothing"). A new user's CSV row "Sloviansk" with coordinates 8,986 km off was
stored where the coordinates put it; the row at -33.92, 18.42 (Cape Town) was stored too.

Lenient by design: the nearest place of the name counts (a village "Kyiv" in Mykolaiv oblast
vouches for a point there), a region reaches far, a country, sea or continent anywhere, and a
name the gazetteer does not hold is not checked. A lost sign or swapped pair is said as such.
"""

from __future__ import annotations

from geo.gazetteer import Gazetteer, Place
from geo.geocode.distance import distance_km
from geo.records import given

TOWN_KM = 500  # farther than this from every place of the name: not the place meant
# a first-level region's point is its middle: Sakha's corners lie some 1,600 km from it
REGION_KM = 2000
_REACH = {"admin1": REGION_KM}
_ANYWHERE = frozenset({"country", "continent", "sea", "region"})  # names that reach too far


def far_from_name(gazetteer: Gazetteer, name: str, lat: float, lon: float) -> str | None:
    """Why a point at ``lat``, ``lon`` cannot be the place ``name`` (the nearest place of that
    name lies beyond its reach), or None when it can be or the name is no gazetteer's place."""
    from geo.formats.places import bare_region

    found = gazetteer.lookup(name) or gazetteer.lookup(bare_region(name))
    places = [p for p, _ in found]
    if not places or any(p.feature in _ANYWHERE for p in places) or _reached(places, lat, lon):
        return None
    # the place most likely meant: the largest of the name's own (not a former name's)
    meant = max((p for p, main in found if main), default=places[0], key=_population)
    km = distance_km(lat, lon, meant.lat, meant.lon)
    where = ", ".join(x for x in (meant.admin1, meant.country) if x)
    return (
        f"the coordinates {lat:.4f}, {lon:.4f} lie {km:,.0f} km from {given(name)} ({where}), "
        f"the place the row names: {_slip(places, lat, lon)}, or leave both empty to put the "
        "row at the place"
    )


def _reached(places: list[Place], lat: float, lon: float) -> bool:
    """Whether the point lies within the reach of one of ``places``."""
    return any(
        distance_km(lat, lon, p.lat, p.lon) <= _REACH.get(p.feature, TOWN_KM) for p in places
    )


def _population(place: Place) -> int:
    return place.population or 0


def _slip(places: list[Place], lat: float, lon: float) -> str:
    """What to check: the slip that would put the point at the place, when one does."""
    slips = (
        ("latitude and longitude look swapped", lon, lat),
        ("the latitude's sign looks lost", -lat, lon),
        ("the longitude's sign looks lost", lat, -lon),
    )
    for words, a, b in slips:
        if -90 <= a <= 90 and -180 <= b <= 180 and _reached(places, a, b):
            return f"check the coordinates ({words})"
    return "check the latitude and longitude"
