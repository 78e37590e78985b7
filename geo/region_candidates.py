"""Which ranked places the review offers for an event placed somewhere in a first-level region,
and which of them the event is at.

A region-wide event ("14 drones over the Kharkiv region") is stored under GeoNames' name for the
region ("Kharkiv"), often at the city's point. Its candidates were ranked as the words' places,
the city first ("Kharkiv, UA · city · 1,421,125 people"), and the box showed the city as the
event's place because the names matched (newuser24). For such an event the regions come first,
its own region among them; a town is the event's place only for an event placed at a town, and
a city of the region's name is listed as the region's namesake.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from geo.gazetteer import Place
from geo.geocode.distance import distance_km
from geo.precision import GeoPrecision
from geo.soft_signs import without_soft_signs

REGION = "admin1"


def region_wide(record: Mapping[str, object]) -> bool:
    """Whether the event is placed somewhere in a first-level region (not at a town)."""
    try:
        return int(record.get("geo_precision")) == int(GeoPrecision.REGION)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return False


def own_region(record: Mapping[str, object], gazetteer) -> Place | None:
    """GeoNames' entry for the region a region-wide event is stored at (None if none)."""
    admin1, country = record.get("admin1"), record.get("country")
    if not isinstance(admin1, str) or not admin1:
        return None
    for place, _ in gazetteer.lookup(admin1):
        if place.feature == REGION and place.country == country and place.admin1 == admin1:
            return place
    return None


def regions_first(
    options: Sequence[tuple[Place, float]], record: Mapping[str, object], gazetteer
) -> list[tuple[Place, float]]:
    """``options`` as they are for an event at a town; for a region-wide one, the regions first
    (in their order), its own region added first when the words' readings left it out."""
    out = list(options)
    if not region_wide(record):
        return out
    own = own_region(record, gazetteer)
    if own is not None and not any(is_event_place(record, p) for p, _ in out):
        out.insert(0, (own, max((s for _, s in out), default=1.0)))
    return sorted(out, key=lambda option: option[0].feature != REGION)  # (stable)


def is_event_place(record: Mapping[str, object], place: Place) -> bool:
    """Whether the event is at ``place``: its name, its point when the event has one (a
    namesake elsewhere, or a point typed near it, is not there), and its kind (a region-wide
    event is at a region, not at the city GeoNames puts the region's point on)."""
    if not same_name(record, place) or region_wide(record) != (place.feature == REGION):
        return False
    lat, lon = record.get("lat"), record.get("lon")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float):
        return True
    return distance_km(place.lat, place.lon, lat, lon) < 1


def namesake_city(record: Mapping[str, object], place: Place) -> bool:
    """Whether ``place`` is a town of the same name as the region-wide event's region, in its
    country (why a city is listed beside the region: the words could mean it). A village in
    another country is none: "Samara region" listed "Samara, Sumy, UA · village · the region's
    namesake, 1,099 km" and Ethiopia's Samara so (newuser34)."""
    country = record.get("country")
    return (
        region_wide(record)
        and place.feature != REGION
        and same_name(record, place)
        and (not country or place.country == country)
    )


def same_name(record: Mapping[str, object], place: Place) -> bool:
    """Whether the event's stored place is ``place``'s name: stored without GeoNames' soft
    signs ("Ryazan" for "Ryazan’", :func:`geo.records.validate`), so a strike at Ryazan read as
    moved, its own town offered as a place to move it to (newuser34)."""
    stored = record.get("place")
    return stored == place.name or stored == without_soft_signs(place.name)
