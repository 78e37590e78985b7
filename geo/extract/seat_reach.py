"""How far a city's official speaks: a mayor's or a city council's word is about his own city.
A strike told in the same paragraph after his sentence, or relayed after it, in another town
("Kharkiv mayor Ihor Terekhov said a drone hit a block of flats. In Sumy, a missile struck a
school, killing three.") is not his claim: neither its figures nor its account are his. A
district of his city (close to the city's own event) is still his; a governor speaks for his
whole region and is not read here."""

from __future__ import annotations

import re

from geo.extract.draft import Draft
from geo.geocode import distance_km

_CITY = r"(?!(?-i:The|This|That|An?|Our|City)\b)(?-i:[A-Z][\w'’-]+)(?:[ -](?-i:[A-Z][\w'’-]+))?"
# "Kharkiv mayor", "the mayor of Odesa", "Dnipro City Council", "head of the Zaporizhzhia city
# military administration"
_SEAT = re.compile(
    rf"\bmayor\s+of\s+(?:the\s+)?(?:city\s+of\s+)?(?P<city>{_CITY})|"
    rf"\bhead\s+of\s+(?:the\s+)?(?P<city3>{_CITY})\s+city\s+(?:military\s+)?administration\b|"
    rf"\b(?P<city2>{_CITY})(?:['’]s)?\s+(?:city\s+)?(?:mayor|city\s+(?:council|hall|"
    r"(?:military\s+)?administration))\b",
    re.I,
)
_REACH_KM = 20.0  # a city's districts lie within this of its own event


def seat_of(claimant: str | None) -> str | None:
    """The city a mayor's or a city body's name says it speaks for, else None."""
    m = _SEAT.search(claimant or "")
    if not m:
        return None
    return m.group("city") or m.group("city2") or m.group("city3")


def _named(d: Draft, city: str) -> bool:
    low = city.lower()
    return d.place_mention.lower().startswith(low[:5]) or d.place.name.lower().startswith(low[:5])


def beyond_seat(claimant: str | None, d: Draft, drafts: list[Draft], told: str = "") -> bool:
    """Whether the event ``d`` lies in another town than the one its would-be claimant, a
    city's official, speaks for (by his name as given, or by the sentence that named him,
    ``told``: "The mayor of Odesa, Hennadii Trukhanov, said ..."): the city is another of the
    report's events' (``drafts``) and ``d`` lies farther from it than the city's own districts."""
    named_in = told if claimant and claimant.split()[-1] in told else ""
    city = seat_of(claimant) or seat_of(named_in)
    if city is None or _named(d, city):
        return False
    seat = next((x for x in drafts if _named(x, city)), None)
    return seat is not None and (
        distance_km(seat.place.lat, seat.place.lon, d.place.lat, d.place.lon) > _REACH_KM
    )


def in_seat(speaker: str | None, d: Draft, drafts: list[Draft], told: str = "") -> str | None:
    """``speaker`` when his word may reach the event ``d`` (:func:`beyond_seat`), else None."""
    return None if beyond_seat(speaker, d, drafts, told) else speaker
