"""Which earlier events a mention may join (:func:`geo.extract.merging.merge`): those of its type
whose day and place could be its own, found by their month and their square of the map rather
than by comparing the mention with every event so far."""

from __future__ import annotations

import math
from collections.abc import Iterator

from geo.extract.dates import window
from geo.extract.draft import Draft
from geo.geocode.distance import EARTH_RADIUS_KM

_REGIONAL = ("admin1", "region")
_FACILITIES = ("airport", "facility")
_ROW = 1.0  # degrees of latitude (111 km) and of longitude of a square of the map


class Joinable:
    """The events so far that a draft may join, in their order.

    By day: those of its type, and when both are dated, those whose day's window shares a month
    with its own (a report of 4,000 events on as many days compared each with every other: 25 s,
    four times 1,000's time 13 times). By place: two places agree only when they are one place,
    within ``reach_km`` of each other, or a region and a place inside it, and two towns near
    each other only when one is a facility or told of as "near" it
    (:func:`geo.extract.merging._places_agree`), so an event is filed under its place, its
    region and its square of the map (1 degree), and a draft looks in the squares within
    ``reach_km`` of its own (4,000 undated strikes at as many towns compared each with every
    other: 37 s, 2,000's time 3.4 times). An event is filed again when its day or place changes;
    a stale entry is only checked."""

    def __init__(self, reach_km: float) -> None:
        # (each key's events as a dict's keys: an event filed again when it takes another
        # mention is not listed twice, or 10,000 mentions of one event are read 50 million times)
        self._by: dict[tuple, dict[int, None]] = {}
        self._reach = reach_km + 1.0  # (a kilometre to spare for rounding)

    @staticmethod
    def _months(d: Draft) -> list[int] | None:
        if not (d.when.explicit or d.when.carried):
            return None  # the report's default day: any day's event may be its
        first, last = window(d.when)
        return list(range(first.year * 12 + first.month, last.year * 12 + last.month + 1))

    def add(self, d: Draft, i: int) -> None:
        """File event ``i`` (``d``) under its type, days and place."""
        months = self._months(d)
        days = ["all", *(["undated"] if months is None else months)]
        p, kind = d.place, _kind(d)
        places: list[tuple] = [("id", p.id)]
        if p.admin1:
            places.append((kind, p.country, p.admin1))
        if (square := _square(p.lat, p.lon)) is not None:
            places.append((kind, square))
        for day in days:
            for where in places:
                self._by.setdefault((d.event_type, day, where), {})[i] = None

    def candidates(self, d: Draft) -> list[int]:
        """The events ``d`` may join, in the order they were first filed."""
        months = self._months(d)
        days = ["all"] if months is None else ["undated", *months]
        p, kind = d.place, _kind(d)
        places: list[tuple] = [("id", p.id)]
        if p.admin1:  # a region and the places in it
            inside = ["tight", "loose"] if kind == "region" else ["region"]
            places += [(k, p.country, p.admin1) for k in inside]
        places += [(k, s) for s in _squares_near(p.lat, p.lon, self._reach) for k in _NEAR[kind]]
        found = {
            i
            for day in days
            for where in places
            for i in self._by.get((d.event_type, day, where), ())
        }
        return sorted(found)


# Which kinds of place near a draft's may be its event's: a region any place near its middle
# (never another region); two towns or villages only when one of them is a facility or a place
# told of as "near" it (``geo_precision`` 2); a "near" place any place near it.
_NEAR = {
    "region": ("tight", "loose"),
    "loose": ("region", "tight", "loose"),
    "tight": ("region", "loose"),
}


def _kind(d: Draft) -> str:
    if d.place.feature in _REGIONAL:
        return "region"
    return "loose" if d.place.feature in _FACILITIES or d.geo_precision == 2 else "tight"


def _square(lat: float, lon: float) -> tuple[int, int] | None:
    """The square of the map a point is in (longitudes from -180 wrapped), None for no point."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    return math.floor(lat / _ROW), math.floor(lon / _ROW) % round(360 / _ROW)


def _squares_near(lat: float, lon: float, km: float) -> Iterator[tuple[int, int]]:
    """Every square holding a point within ``km`` of (``lat``, ``lon``): the rows its latitude
    reaches, and in them the columns its longitude may reach at the row nearest a pole (all of
    them there)."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return
    arc = km / EARTH_RADIUS_KM  # (radians)
    dlat = math.degrees(arc)
    columns = round(360 / _ROW)
    polar = math.radians(min(90.0, abs(lat) + dlat))
    reach = math.sin(arc / 2) / max(math.cos(polar), 1e-12)
    dlon = 360.0 if reach >= 1 else math.degrees(2 * math.asin(reach))
    if dlon * 2 >= 360 - 2 * _ROW:
        lons = range(columns)
    else:
        lons = range(math.floor((lon - dlon) / _ROW), math.floor((lon + dlon) / _ROW) + 1)
    for row in range(math.floor((lat - dlat) / _ROW), math.floor((lat + dlat) / _ROW) + 1):
        for col in lons:
            yield row, col % columns
