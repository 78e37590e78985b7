"""The city a report's issuing body is named after, when its header names the city only inside
that body's name: "Dnipro City Council · push notification", "Kherson City Military
Administration — evening video address", "V. N. Karazin Kharkiv National University". The toponym
scan reads such a run as an organisation's name, not a place, so the report had no home city, and
a district told in its body ("a drone hit a car service station in the Samarskyi district") was
nowhere (:func:`geo.extract.locating.home_city` asks this last). A body named after a region
("Kherson Regional Military Administration") tells of the whole region and gives no city."""

from __future__ import annotations

import re
from collections.abc import Set

from geo.extract.place_hits import PlaceHit
from geo.gazetteer import Gazetteer, Place

# a capitalised run (initials allowed) that ends in an institution's word
_BODY = re.compile(
    r"(?:[A-Z][\w'’.-]*\s+){1,6}?"
    r"(?:Council|Administration|University|Hospital|Academy|Institute|Utility|Utilities)\b"
)
_REGIONAL = re.compile(r"\b(?:Regional|Oblast|Province|Provincial|District|Raion|Ministry)\b")
_WORD = re.compile(r"[A-Z][\w'’-]+")
# a body is named after a town of some size; a village's namesake of an ordinary word is not it
LEAST_PEOPLE = 20_000


def issuer_city(
    gazetteer: Gazetteer, text: str, head_end: int, countries: Set[str]
) -> PlaceHit | None:
    """The one theatre city the bodies named in ``text[:head_end]`` are named after, as a hit
    where its name stands; None when none or several."""
    found: list[tuple[int, int, Place]] = []
    for m in _BODY.finditer(text, 0, head_end):
        if _REGIONAL.search(m.group()):
            continue
        for w in _WORD.finditer(m.group()):
            place = _city(gazetteer, w.group(), countries)
            if place is not None:
                found.append((m.start() + w.start(), m.start() + w.end(), place))
    if len({p.id for _, _, p in found}) != 1:
        return None
    start, end, place = found[0]
    return PlaceHit(start, end, place, text[start:end], 1, False)


def _city(gazetteer: Gazetteer, word: str, countries: Set[str]) -> Place | None:
    towns = [
        p
        for p, _ in gazetteer.lookup(word)
        if p.feature in ("city", "capital")
        and p.country in countries
        and p.population >= LEAST_PEOPLE
    ]
    return max(towns, key=lambda p: p.population) if towns else None
