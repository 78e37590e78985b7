"""How far a city's official speaks: a mayor's or a city council's word is about his own city.
A strike told in the same paragraph after his sentence, or relayed after it, in another town
("Kharkiv mayor Ihor Terekhov said a drone hit a block of flats. In Sumy, a missile struck a
school, killing three.") is not his claim: neither its figures nor its account are his. A
district of his city (close to the city's own event) is still his; a governor speaks for his
whole region and is not read here."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from geo.extract.draft import Draft
from geo.extract.pattern_cues import cued
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


def claim_city(claimant: str | None, told: str = "") -> str | None:
    """The city a would-be claimant speaks for, by his name as given or by the sentence that
    named him (``told``: "The mayor of Odesa, Hennadii Trukhanov, said ..."), else None."""
    words = (claimant or "").split()
    named_in = told if words and words[-1] in told else ""
    return seat_of(claimant) or seat_of(named_in)


class Seats:
    """The report's events (``drafts``) at each city a claimant speaks for: the first event
    named after the city, looked for once per city (not once per event and claim: a paragraph
    of "Lviv mayor said ..." sentences with no event in Lviv read every event for each)."""

    def __init__(self, drafts: list[Draft]) -> None:
        self.drafts = drafts
        self._first: dict[str, Draft | None] = {}

    def of(self, city: str) -> Draft | None:
        """The first event at ``city``, or None."""
        if city not in self._first:
            self._first[city] = next((x for x in self.drafts if _named(x, city)), None)
        return self._first[city]

    def beyond(self, city: str | None, d: Draft) -> bool:
        """Whether the event ``d`` lies in another town than ``city``: the city is another of
        the report's events' and ``d`` lies farther from it than the city's own districts."""
        if city is None or _named(d, city):
            return False
        seat = self.of(city)
        return seat is not None and (
            distance_km(seat.place.lat, seat.place.lon, d.place.lat, d.place.lon) > _REACH_KM
        )


def beyond_seat(claimant: str | None, d: Draft, seats: Seats, told: str = "") -> bool:
    """Whether the event ``d`` lies in another town than the one its would-be claimant, a
    city's official, speaks for (:func:`claim_city`; ``seats``: the report's events)."""
    return seats.beyond(claim_city(claimant, told), d)


def in_seat(speaker: str | None, d: Draft, seats: Seats, told: str = "") -> str | None:
    """``speaker`` when his word may reach the event ``d`` (:func:`beyond_seat`), else None."""
    return None if beyond_seat(speaker, d, seats, told) else speaker


class ParagraphClaims:
    """Each paragraph's claims (``claims``: its sentences' starts and claimants, in order) for
    the events told in it: the last one made before an event whose word reaches it, found by
    the claims' cities (a bisection for each), not by reading every claim of the paragraph for
    every event (a paragraph of 1,600 "Kharkiv mayor ... said a drone hit Sumy" sentences took
    12 s, x9 for x4; attack37)."""

    def __init__(
        self, claims: dict[int, list[tuple[int, str]]], told: dict[int, str], seats: Seats
    ) -> None:
        self.seats = seats
        # each paragraph's starts, claimants, the claims that reach every event (of no city,
        # or of one with no event) and, for each city with an event, its claims' indexes
        self.paras: dict[int, tuple[list[int], list[str], list[int], dict[str, list[int]]]] = {}
        for paragraph, said in claims.items():
            said = sorted(said, key=lambda x: x[0])
            free: list[int] = []
            by_city: dict[str, list[int]] = {}
            for i, (at, who) in enumerate(said):
                city = claim_city(who, told.get(at, ""))
                if city is None or seats.of(city) is None:
                    free.append(i)
                else:
                    by_city.setdefault(city, []).append(i)
            self.paras[paragraph] = ([a for a, _ in said], [w for _, w in said], free, by_city)

    def last_reaching(self, paragraph: int, end: int, d: Draft) -> str | None:
        """The last claim of ``paragraph`` made at or before ``end`` whose word reaches ``d``."""
        if paragraph not in self.paras:
            return None
        starts, who, free, by_city = self.paras[paragraph]
        made = bisect_right(starts, end)  # (the claims made by then: indexes below this)
        best = _last_below(free, made)
        for city, indexes in by_city.items():
            i = _last_below(indexes, made)
            if i > best and not self.seats.beyond(city, d):
                best = i
        return who[best] if best >= 0 else None


def _last_below(indexes: list[int], limit: int) -> int:
    """The last of the sorted ``indexes`` below ``limit``, or -1."""
    at = bisect_left(indexes, limit)
    return indexes[at - 1] if at else -1


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_SEAT = cued(_SEAT)
