"""Namesakes that yield to the city or town of the words: a village of the codifier, a place
known by another name unlike its own, in a war report a small town that has the words only as
another spelling, and a section of a town (a city district) whose city the text does not name."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from geo.gazetteer import Place
from geo.gazetteer.index import SECTION
from geo.geocode.candidates import TOWNS, Candidate
from geo.geocode.distance import distances_km

# A town of this size beats the codifier's villages of its name (placed at their hromada's
# centre, no population known) unless the village's region follows the name.
CITY_OVER_VILLAGE = 50_000
OTHER_NAME_LIKENESS = 0.5  # below this, a place's own name is not the words at all ("Paris")
CITY_NAME_LIKENESS = 0.85  # the city's own name is the words, spelling aside (not a district's)
# In a war report, a small town that has the words only as another spelling ("Mykolaiv" for
# Mykolaivka, 14,000 people) yields to a city of the name this many times larger (Mykolaiv,
# 470,000), as a village does: lying near the text's other places does not make it the city.
SMALL_TOWN = 20_000
SMALLER_BY = 5
# A section of a town (GeoNames' PPLX) is read as such only when the text names a larger town
# this near it: its city.
SECTION_CITY_KM = 30.0


def villages_yield_to_cities(
    candidates: list[Candidate], named_after: set[tuple[str, ...]], war: bool = False
) -> None:
    """A city of the name beats a village of the codifier: lying near the text's other places
    (the Donetsk front) does not make "Zaporizhzhia" the village, only its region named after
    it ("Zaporizhzhia, Donetsk region") does. So does a small place that has the name only as
    another name unlike its own (GeoNames lists "Paris" for Veselyy Kut, a village of the Odesa
    region, once a colony of that name): a text naming the Odesa region does not make Paris it.
    Only where that city is the best of the rest: a village is not demoted for a third place to
    win. In a war report (``war``), a small town that has the words only as another spelling
    yields too ("Mykolaiv" is not Mykolaivka of the Donetsk front); in local news it is often the
    town meant ("Hopkinton" police, not Hopkinton, Massachusetts). Scores only; call before
    sorting."""
    # Plain loops, not max() over filtered copies: this runs for every mention in every round.
    # Of equal scores the first wins, as with max().
    named: Candidate | None = None  # the best of the places that have the words as their name
    may_yield = False  # only a village, a small namesake or a place known by another name yields
    for c in candidates:
        if (
            c.place.feature == "village"
            or (not c.main_name and c.likeness < OTHER_NAME_LIKENESS)  # _other_name, inline
            or (war and small_namesake(c))
        ):
            may_yield = True
        elif named is None or c.score > named.score:
            named = c
    if not may_yield:
        return
    by_own_name = named.place.population if named else 0
    city: Candidate | None = None  # the best of the rest
    for c in candidates:
        if (
            c.place.feature != "village"
            and not (war and small_namesake(c))
            and (
                c.main_name
                or c.likeness >= OTHER_NAME_LIKENESS
                or c.place.population * 100 >= by_own_name
            )
            and (city is None or c.score > city.score)
        ):
            city = c
    if (
        city is None
        or city.place.feature not in ("city", "capital")
        or city.place.population < CITY_OVER_VILLAGE
        or city.likeness < CITY_NAME_LIKENESS
    ):
        return
    for c in candidates:
        p = c.place
        if (
            _yields(c, city.place.population, war)
            and c is not city
            and c.score >= city.score
            and (p.country, p.admin1) not in named_after
            and (p.country, p.admin1, p.admin2) not in named_after
        ):
            c.score = city.score - 0.01


def _yields(c: Candidate, city_population: int, war: bool) -> bool:
    """Whether ``c`` is of the kinds that yield to a city of the name: a village, a place known
    by another name, in a war report a small namesake that much smaller."""
    return (
        c.place.feature == "village"
        or _known_by_another_name(c, city_population)
        or (war and small_namesake(c) and c.place.population * SMALLER_BY < city_population)
    )


def small_namesake(c: Candidate) -> bool:
    """Whether ``c`` is a small town that has the words only as another spelling of its name."""
    return not c.main_name and c.place.feature == "city" and c.place.population < SMALL_TOWN


def _other_name(c: Candidate) -> bool:
    """Whether ``c`` has the words only as another name unlike its own."""
    return not c.main_name and c.likeness < OTHER_NAME_LIKENESS


def _known_by_another_name(c: Candidate, city_population: int) -> bool:
    """Whether ``c`` has the words only as another name unlike its own, and is a hundred times
    smaller than the city that has them as its own name."""
    return _other_name(c) and c.place.population * 100 < city_population


def sections_yield_to_towns(
    candidates: list[Candidate], places_named: Sequence[tuple[str, Place]], key: str
) -> None:
    """A section of a town (a city district, GeoNames' PPLX: Poltava's "Shevchenko") loses to a
    town or village of the name (its own name, or one spelled nearly alike), unless the text
    names its city or its region: a larger town within SECTION_CITY_KM, or its first-level
    region ("the Spotswood quarantine station in Victoria"), among ``places_named`` (what the
    other names resolved to, by name key; those of ``key``, this mention's own, do not count).
    Scores only; call before sorting."""
    sections = [c for c in candidates if c.place.code == SECTION]
    if not sections:
        return
    towns = [
        c
        for c in candidates
        if c.place.feature in TOWNS
        and c.place.code != SECTION
        and (c.main_name or c.likeness >= CITY_NAME_LIKENESS)
    ]
    rival = max(towns, key=lambda c: c.score, default=None)
    if rival is None:
        return
    for c in sections:
        if c.score >= rival.score and not _city_named(c.place, places_named, key):
            c.score = rival.score - 0.01


def _city_named(section: Place, places: Sequence[tuple[str, Place]], key: str) -> bool:
    others = [p for k, p in places if k != key]
    if any(
        p.feature == "admin1" and (p.country, p.admin1) == (section.country, section.admin1)
        for p in others
    ):
        return True
    larger = [t for t in others if t.feature in TOWNS and t.population > section.population]
    if not larger:
        return False
    km = distances_km(
        section.lat,
        section.lon,
        np.array([t.lat for t in larger]),
        np.array([t.lon for t in larger]),
    )
    return bool((km <= SECTION_CITY_KM).any())
