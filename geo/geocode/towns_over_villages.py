"""In a war report, a town of the name before a village of the codifier (no population known,
placed at its hromada's centre), unless the text places the village.

``city_namesakes.villages_yield_to_cities`` makes a village yield to a city of 50,000 or more; a
smaller town of the name (Velykyi Burluk, 4,800 people) lost to a village of the codifier that
lies nearer the report's other places or in a district the report names, or to the codifier's
own entry for the town, placed tens of kilometres off. Within one region the report's other
places hardly tell the two apart (the codifier's point is its hromada's centre, the nearness
term's scale is 2,000 km), and a town is what a report names more often: the village wins only
where the text places it, by its district named right after the name. A village of another
region keeps what the places around it say ("Zarichne" by Lyman is no town of the Rivne
region).

A small town that has the words only as another spelling of its name (Hulyaypole of the
Dnipropetrovsk region, 1,200 people, for "Huliaipole") yields, wherever it lies, to a town of
the words' own name five times larger (Huliaipole, 13,000), as it yields to a city of 50,000
in ``context``: the report's places around the namesake do not make it the town the war names;
its own region or district named right after it does.

So does a small town of the words' own name (under 20,000 people) five times smaller than a town
of 10,000 or more of its country that has the words as its name or as a like spelling of it, when
that town is then the best: "Lyman" is the Donetsk town of 20,000, not the Kharkiv-region Lyman
of 4,000 because the report names the Kharkiv region (or its city) elsewhere; Moscow's "Konstantinovka" is Kostiantynivka (67,000),
not Konstantinovka of Crimea (1,400) nor Kostyantynivka of the Zaporizhzhia region (11,500)
beside the report's Zaporizhzhia villages. A world city ("New York", a Security Council session)
is not a small theatre town with its name as another spelling. Its region or district named
right after the name keeps the small town ("Lyman, Kharkiv region"). A village of the codifier
(no population known) is left to the places around it: "Mykhailivka" beside Selydove is the
Donetsk village, not a Zaporizhzhia town of 12,000.

A town that has the words only as another name unlike its own (GeoNames lists "Sloviansk" among
Nikopol's names, "Chornobyl" among Lazurnyi's) yields to a town of its country whose own name is
the words or a like spelling of them, of at least a tenth its people: a report naming the
Dnipropetrovsk region for another village does not make Nikopol "Sloviansk". A namesake abroad
is no such town ("Dzerzhinsk" of Russia: the Toretsk of Moscow's reports keeps the words), and
words in a Russian form are left to the places around them: they may be a town's old name
("Pervomayskoye", the Avdiivske of Moscow's reports, not a Crimean village of that name)."""

from __future__ import annotations

from collections.abc import Sequence

from geo.gazetteer.index import SECTION
from geo.geocode.candidates import Candidate
from geo.geocode.city_namesakes import (
    CITY_NAME_LIKENESS,
    OTHER_NAME_LIKENESS,
    SMALL_TOWN,
    SMALLER_BY,
    small_namesake,
)

# The least population of a town that a village of its name yields to (smaller places are
# villages too, told apart only by the places around them).
TOWN_OVER_VILLAGE = 2_000
# The least population of a town that a smaller town of the same name yields to, and how like the
# words its own name must be when they are only another name of it ("Konstantinovka":
# Kostyantynivka, 0.79; not "Dzerzhinsk": Toretsk, 0.35).
TOWN_OVER_NAMESAKE = 10_000
SPELLING_LIKENESS = 0.75
# A town of the words' own spelling this many times smaller than one known by them only as an
# unlike other name still wins ("Chornobyl", 1,600 people, over Lazurnyi, 13,500).
UNLIKE_LARGER_BY = 10


def villages_yield_to_towns(
    candidates: Sequence[Candidate], named_after: set[tuple[str, ...]]
) -> None:
    """Scores only; call before sorting (see the module's docstring)."""
    # the best of the places that are no village; it must be a town of the words' own name (a
    # village is not demoted for a third place to win: "Andriivka" is no Sukhanivka)
    town: Candidate | None = None
    for c in candidates:
        if c.place.feature != "village" and (town is None or c.score > town.score):
            town = c
    if (
        town is None
        or town.place.feature != "city"
        or town.place.population < TOWN_OVER_VILLAGE
        or not town.main_name
    ):
        return
    for c in candidates:
        p = c.place
        if p.feature != "village" or c.score < town.score:
            continue
        if (p.country, p.admin1) != (town.place.country, town.place.admin1):
            continue  # elsewhere: the places around them tell them apart
        if (p.country, p.admin1, p.admin2) in named_after:
            continue  # its district named: "Pishchane, Kupiansk district"
        c.score = town.score - 0.01


def namesakes_yield_to_towns(
    candidates: Sequence[Candidate], named_after: set[tuple[str, ...]]
) -> None:
    """A small namesake (known by the words only as another spelling, or a small town of the
    words' own name) yields to the largest town of the words, five times larger (see the
    module's docstring). Scores only; call before sorting."""
    town: Candidate | None = None
    for c in candidates:
        if _town_of_the_words(c) and (town is None or _larger(c, town)):
            town = c
    if town is not None:
        _yield_to(candidates, town, [c for c in candidates if _yields_to(c, town)], named_after)


def _yield_to(
    candidates: Sequence[Candidate],
    town: Candidate,
    kinds: Sequence[Candidate],
    named_after: set[tuple[str, ...]],
) -> None:
    """The candidates of ``kinds`` scored as high as ``town`` or higher, whose region or
    district is not named right after the name, fall just below it; only for the town to win:
    none is demoted for a third place ("Kalynivka" is no district of Horlivka because a town of
    the name lies in the Vinnytsia region)."""
    yielding = [
        c
        for c in kinds
        if c.score >= town.score
        and c is not town
        and (c.place.country, c.place.admin1) not in named_after
        and (c.place.country, c.place.admin1, c.place.admin2) not in named_after
    ]
    if any(c.score > town.score and c not in yielding for c in candidates):
        return
    for c in yielding:
        c.score = town.score - 0.01


def _larger(c: Candidate, town: Candidate) -> bool:
    size, other = c.place.population, town.place.population
    return size > other or (size == other and c.score > town.score)


def _town_of_the_words(c: Candidate) -> bool:
    p = c.place
    if p.feature != "city" or p.population < TOWN_OVER_VILLAGE or p.code == SECTION:
        return False
    return c.main_name or (c.likeness >= SPELLING_LIKENESS and p.population >= SMALL_TOWN)


def _yields_to(c: Candidate, town: Candidate) -> bool:
    """Whether ``c`` is a small namesake that yields to ``town``: a small town known by the words
    only as another spelling, five times smaller; or a small town of the words' own name, five
    times smaller than a town of 10,000 or more."""
    p, big = c.place, town.place.population
    if p.population * SMALLER_BY >= big:
        return False
    if small_namesake(c):
        return True
    return (
        c.main_name
        and p.feature == "city"
        and p.population < SMALL_TOWN
        and big >= TOWN_OVER_NAMESAKE
        and p.country == town.place.country  # abroad, the places around them tell them apart
        # a town by GeoNames' code: an entry of none may be a city's district ("Shevchenko" of
        # Poltava, 147,600 people, is no town the war names)
        and town.place.code.startswith("PPL")
    )


def unlike_names_yield_to_spellings(
    candidates: Sequence[Candidate], named_after: set[tuple[str, ...]]
) -> None:
    """A town known by the words only as another name unlike its own yields to the best town of
    its country whose own name is the words or a like spelling of them, of at least a tenth its
    people, unless its region or district is named right after the name (see the module's
    docstring). Scores only; call before sorting."""
    own: Candidate | None = None
    for c in candidates:
        if _town_of_the_spelling(c) and (own is None or c.score > own.score):
            own = c
    if own is not None:
        _yield_to(candidates, own, [c for c in candidates if _known_otherwise(c, own)], named_after)


def _known_otherwise(c: Candidate, own: Candidate) -> bool:
    """Whether ``c`` is a town of ``own``'s country known by the words only as an unlike other
    name, at most ten times larger than ``own``."""
    p = c.place
    return (
        p.feature == "city"
        and not c.main_name
        and c.likeness < OTHER_NAME_LIKENESS
        and p.country == own.place.country
        and own.place.population * UNLIKE_LARGER_BY >= p.population
    )


def _town_of_the_spelling(c: Candidate) -> bool:
    return c.place.feature == "city" and (c.main_name or c.likeness >= CITY_NAME_LIKENESS)
