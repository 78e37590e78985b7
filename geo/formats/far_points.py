"""An imported row whose coordinates lie far from every place of the name it gives: refused in one
line that says how far and from what, the file's other rows read (README: "Bad input gets a clear
error and loses nothing"). A new user's CSV row "Sloviansk" with coordinates 8,986 km off was
stored where the coordinates put it; the row at -33.92, 18.42 (Cape Town) was stored too.

Lenient by design: the nearest place of the name counts (a village "Kyiv" in Mykolaiv oblast
vouches for a point there), a region reaches far, a country, sea or continent anywhere, and a
name the gazetteer does not hold is not checked. Beyond that reach a row is refused only when a
lost sign or a swapped pair would put it at the place (said as such), or when it lies outside
the theatre's countries and a place of its name inside them: a point in the theatre named only
by a namesake abroad ("None" at Kyiv, a town in Piedmont) is a label, not a slip.
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
    slip = _slip(places, lat, lon)
    if slip is None and not _left_theatre(places, lat, lon):
        return None  # a namesake ("None" at Kyiv: a town in Piedmont), not a slip of the pen
    # the place most likely meant: the largest of the name's own (not a former name's)
    meant = max((p for p, main in found if main), default=places[0], key=_population)
    km = distance_km(lat, lon, meant.lat, meant.lon)
    where = ", ".join(x for x in (meant.admin1, meant.country) if x)
    return (
        f"the coordinates {lat:.4f}, {lon:.4f} lie {km:,.0f} km from {given(name)} ({where}), "
        f"the place the row names: check the {slip or 'latitude and longitude'}, or leave both "
        "empty to put the "
        "row at the place"
    )


def _reached(places: list[Place], lat: float, lon: float, most: float = REGION_KM) -> bool:
    """Whether the point lies within the reach of one of ``places`` (at most ``most`` km)."""
    return any(
        distance_km(lat, lon, p.lat, p.lon) <= min(_REACH.get(p.feature, TOWN_KM), most)
        for p in places
    )


def _population(place: Place) -> int:
    return place.population or 0


def _left_theatre(places: list[Place], lat: float, lon: float) -> bool:
    """Whether the point lies outside the theatre's countries while a place of the name lies
    in them (Sloviansk's row at Cape Town)."""
    from geo.outline_of import country_at
    from geo.theatre import current

    countries = current().countries
    return country_at(lat, lon) not in countries and any(p.country in countries for p in places)


def _slip(places: list[Place], lat: float, lon: float) -> str | None:
    """The slip of the pen that would put the point at a place of the name, if one does."""
    slips = (
        ("coordinates (latitude and longitude look swapped)", lon, lat),
        ("coordinates (the latitude's sign looks lost)", -lat, lon),
        ("coordinates (the longitude's sign looks lost)", lat, -lon),
    )
    for words, a, b in slips:
        if -90 <= a <= 90 and -180 <= b <= 180 and _reached(places, a, b, TOWN_KM):
            return words
    return None
