"""Distances and directions from a place: "30 km south of Kharkiv" -> the point 30 km south.

:func:`find_offsets` finds the phrases in text (digits or number words, km / kilometres / miles /
nautical miles, 8- or 16-point compass directions written out or abbreviated, "of", "from", "to
the ... of"); :func:`destination` walks the geodesic on the WGS84 ellipsoid (pyproj's ``Geod``);
:func:`precision_km` is the radius of the circle the point may lie in, from how coarse the
direction is (a 16-point direction is ±11.25°, an 8-point one ±22.5°) and whether the distance
was hedged ("about", "some", "up to").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from pyproj import Geod

_WGS84 = Geod(ellps="WGS84")
_POINTS = {"north": 0.0, "east": 90.0, "south": 180.0, "west": 270.0}
_SHORT = {"n": "north", "e": "east", "s": "south", "w": "west"}
_UNITS = {"km": 1.0, "kilometre": 1.0, "kilometer": 1.0, "mile": 1.609344, "nautical mile": 1.852}
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "twenty-five": 25, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100,
}  # fmt: skip
_CARDINAL = r"(?:north|south|east|west)"
_DIRECTION = (
    rf"(?P<dir>(?i:{_CARDINAL}(?:[\s-]?{_CARDINAL})?(?:[\s-]?{_CARDINAL})?(?:ern)?)"
    r"|[NSEW]{1,3}(?!\w))"
)
_NUMBER = (
    r"(?P<num>\d+(?:[.,]\d+)?|(?i:"
    + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True))
    + "))"
)
_UNIT = r"(?P<unit>(?i:km|kms|kilomet(?:re|er)s?|(?:nautical\s+)?miles?|nm))"
_HEDGE = r"(?P<hedge>\b(?i:about|around|some|roughly|approximately|nearly|almost|up\s+to)\s+)?"
_CAPITAL = r"[A-ZА-ЯІЇЄҐ][\w'’-]*"
# The place: capitalised words ("Kharkiv", "Velyka Novosilka"), or "the city" and its kind, which
# name a place given earlier in the text (the caller resolves them).
_ANCHOR = (
    rf"(?P<anchor>{_CAPITAL}(?:[\s-]{_CAPITAL})*"
    r"|(?i:the\s+(?:city|town|village|capital|settlement|border|front\s+line)))"
)
_AFTER_NUMBER = _UNIT + r"\s+(?i:to\s+the\s+)?" + _DIRECTION + r"\s+(?i:of|from)\s+" + _ANCHOR
_PHRASE = re.compile(_HEDGE + _NUMBER + r"[\s-]*" + _AFTER_NUMBER)
# Every phrase holds a unit, a direction and a place after its number: a text where these
# never follow each other (most reports) has no phrase, and is not searched at every position
# for the number words and hedges the phrase begins with.
_UNIT_DIRECTION_PLACE = re.compile(_AFTER_NUMBER)


@dataclass(frozen=True, slots=True)
class Offset:
    """A distance and direction from a named place, as the text gives them."""

    start: int
    end: int
    text: str
    distance_km: float
    bearing: float  # degrees clockwise from north
    points: int  # compass resolution: 4, 8 or 16 points
    hedged: bool
    anchor: str  # the words naming the place it is measured from ("Kharkiv", "the city")


def _bearing(words: str) -> tuple[float, int] | None:
    """Compass words ("north-west", "NNE", "south-eastern") as degrees and resolution."""
    w = words.lower().replace("ern", "") if words.lower().endswith("ern") else words.lower()
    parts = re.findall(r"north|south|east|west", w) or [_SHORT.get(c, "") for c in w if c in "nsew"]
    if not parts or "" in parts or len(parts) > 3:
        return None
    angles = [_POINTS[p] for p in parts]
    if len(angles) == 1:
        return angles[0], 4
    second = _mean_angle(angles[-2], angles[-1])  # north-east: between the last two
    if second is None:
        return None
    if len(angles) == 2:
        return second, 8
    third = _mean_angle(angles[0], second)  # north-north-east: between north and north-east
    return (third, 16) if third is not None else None


def _mean_angle(a: float, b: float) -> float | None:
    diff = (b - a + 540) % 360 - 180
    if abs(diff) not in (45.0, 90.0):  # "north-south" is no direction
        return None
    return (a + diff / 2) % 360


def _number(text: str) -> float:
    text = text.lower()
    return float(_WORDS[text]) if text in _WORDS else float(text.replace(",", "."))


def _unit_km(unit: str) -> float:
    unit = re.sub(r"\s+", " ", unit.lower()).rstrip("s")
    return 1.852 if unit in ("nm", "nautical mile") else _UNITS.get(unit, 1.0)


def find_offsets(text: str) -> list[Offset]:
    """Every "N km DIRECTION of PLACE" phrase in ``text``, in order."""
    out: list[Offset] = []
    if not _UNIT_DIRECTION_PLACE.search(text):
        return out
    for m in _PHRASE.finditer(text):
        bearing = _bearing(m.group("dir"))
        if bearing is None:
            continue
        out.append(
            Offset(
                start=m.start("num") if not m.group("hedge") else m.start("hedge"),
                end=m.end(),
                text=m.group(0).strip(),
                distance_km=_number(m.group("num")) * _unit_km(m.group("unit")),
                bearing=bearing[0],
                points=bearing[1],
                hedged=bool(m.group("hedge")),
                anchor=m.group("anchor").strip(" .,"),
            )
        )
    return out


def destination(lat: float, lon: float, offset: Offset) -> tuple[float, float]:
    """The point ``offset`` leads to from (``lat``, ``lon``), along the WGS84 geodesic."""
    # pyproj takes longitude first
    lon2, lat2, _ = _WGS84.fwd(lon, lat, offset.bearing, offset.distance_km * 1000.0)
    return lat2, lon2


def precision_km(offset: Offset) -> float:
    """Radius (km) of the circle the offset point lies in: the sideways spread of a direction
    of this resolution at this distance, widened by a quarter when the distance is hedged, and
    never under 1 km."""
    half_sector = math.radians(360.0 / offset.points / 2)
    spread = offset.distance_km * math.sin(half_sector)
    if offset.hedged:
        spread += 0.25 * offset.distance_km
    return max(1.0, round(spread, 1))
