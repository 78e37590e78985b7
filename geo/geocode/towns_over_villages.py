"""In a war report, a town of the name before a village of the codifier (no population known,
placed at its hromada's centre), unless the text places the village.

``context.villages_yield_to_cities`` makes a village yield to a city of 50,000 or more; a
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
its own region or district named right after it does."""

from __future__ import annotations

from collections.abc import Sequence

from geo.geocode.candidates import Candidate
from geo.geocode.context import SMALLER_BY, small_namesake

# The least population of a town that a village of its name yields to (smaller places are
# villages too, told apart only by the places around them).
TOWN_OVER_VILLAGE = 2_000


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
    """A small namesake known by the words only as another spelling yields to the best town of
    the words' own name five times larger (see the module's docstring). Scores only; call
    before sorting."""
    town: Candidate | None = None
    for c in candidates:
        if (
            c.main_name
            and c.place.feature == "city"
            and c.place.population >= TOWN_OVER_VILLAGE
            and (town is None or c.score > town.score)
        ):
            town = c
    if town is None:
        return
    for c in candidates:
        p = c.place
        if (
            c.score >= town.score
            and small_namesake(c)
            and p.population * SMALLER_BY < town.place.population
            and (p.country, p.admin1) not in named_after
            and (p.country, p.admin1, p.admin2) not in named_after
        ):
            c.score = town.score - 0.01
