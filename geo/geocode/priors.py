"""What a candidate scores before any context (its prior): its size, its kind, whether the words
are its main name, and what the words around it call it."""

from __future__ import annotations

import math
from functools import lru_cache

from geo.gazetteer import Place
from geo.geocode.candidates import TOWNS

# Feature priors for a bare name. A country or a capital is what a report most often means.
FEATURE_PRIOR = {
    "continent": 0.6,
    "country": 0.7,
    "capital": 0.35,
    "admin1": 0.2,
    "sea": 0.6,
    "region": 0.6,
    "facility": 0.6,
    "city": 0.0,
    "village": 0.0,
    "admin2": -0.15,
    "airport": -0.8,
}
# Weight of a main-name match (measured on the benchmarks' runs).
W_MAIN_NAME = 0.25
VILLAGE_SIZE = 20_000  # the most people a place called a village is taken to have


@lru_cache(maxsize=1 << 16)
def population_score(population: int) -> float:
    """What a place's size says before any context: log10 of its population, capped."""
    return min(math.log10(population + 1) / 7.0, 1.3)


def prior(place: Place, main: bool, cue: str) -> float:
    """A candidate's score before any context; ``cue``: what the words around it call it ("the
    X region", "the village of X")."""
    score = population_score(place.population)
    score += FEATURE_PRIOR.get(place.feature, 0.0)
    score += W_MAIN_NAME if main else 0.0
    if cue == "region":
        score += 1.2 if place.feature == "admin1" else (0.3 if place.feature in TOWNS else 0)
    elif cue == "admin2":
        score += 1.2 if place.feature == "admin2" else 0.0
    elif cue == "airport":
        score += 2.0 if place.feature == "airport" else 0.0
    elif cue in ("town", "village"):
        # "the village of X" is small: a city of the same name is no more a village than a
        # region is a town
        small = cue == "town" or place.population <= VILLAGE_SIZE
        score += 0.6 if place.feature in TOWNS and small else -0.6
    elif cue == "area":
        score -= 0.6 if place.feature in TOWNS else 0.0
    elif cue == "local":
        score -= 1.2 if place.feature in ("country", "continent") else 0.0
    return score
