"""What resolving a mention gives: candidates, the choice, and feature groups; the places a
name of their people points to."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

import numpy as np

from geo.gazetteer import Gazetteer, Place

REGIONS = ("admin1", "admin2")
# A village: no population known; placed at the centre of its municipality
# (``geo.gazetteer.katottg``) or of its post office's ZIP codes (``geo.gazetteer.postal``).
TOWNS = ("city", "capital", "village")
# Places too large for their centre to say where nearby things are; a named region counts
# through W_NAMED_REGION instead.
AREAS = ("continent", "country", "sea", "region", "admin1")
# A village this near a town the text names is as near as on top of it: a report names a village
# with the town whose community holds it, a median 10 km off (geo/gazetteer/post_villages.py
# gives villages their own points, no longer their community's centre). Not a city's
# neighbourhood: a city of COMMUNITY_TOWN people or more names no village by being near it.
VILLAGE_REACH_KM = 15.0
COMMUNITY_TOWN = 100_000


def _near_town(village, named_population):
    """Whether a candidate (a village, ``village``) counts as on top of a named place of
    ``named_population`` people when within VILLAGE_REACH_KM: scalars or arrays."""
    return np.logical_and(village, np.asarray(named_population) < COMMUNITY_TOWN)


def reach_km(place: Place, named: Place) -> float:
    """How far from a place the text names (``named``) this one counts as on top of it:
    VILLAGE_REACH_KM for a village near a town smaller than a city, else 0."""
    return VILLAGE_REACH_KM if _near_town(place.feature == "village", named.population) else 0.0


def reached_km(km: np.ndarray, village: np.ndarray, named_population: object) -> np.ndarray:
    """Distances ``km`` to named places less :func:`reach_km` (never below 0), for arrays: the
    candidates' ``village`` flags against the named places' ``named_population``."""
    near = _near_town(village, named_population)
    return np.where(near, np.maximum(km - VILLAGE_REACH_KM, 0.0), km)


@dataclass(slots=True)
class Candidate:
    """One possible place for a mention, with the score that ranked it."""

    place: Place
    score: float
    main_name: bool = False
    likeness: float = 1.0  # how like the words its own name is, 0 to 1 (1 for its main name)


@dataclass(slots=True)
class Resolution:
    """A mention and what it resolved to (``place`` is None when nothing fits)."""

    query: str
    start: int = 0
    end: int = 0
    place: Place | None = None
    candidates: list[Candidate] = field(default_factory=list)
    cue: str = ""
    source: str = ""


_SCORE = attrgetter("score")


def best_first(candidates: list[Candidate]) -> None:
    """Sort ``candidates`` by score, best first; of equal scores the first stays first (a sort
    in reverse is stable too: the same order as by minus the score, and no call per item)."""
    candidates.sort(key=_SCORE, reverse=True)


def source_of(place: Place) -> str:
    """Which data set an entry came from."""
    if place.feature == "airport":
        return "ourairports"
    if place.feature in ("sea", "region", "facility"):
        return "aliases"
    if place.feature == "village":
        return "zipcodes" if place.country == "US" else "katottg"
    if place.feature == "online":
        return "nominatim"
    return "geonames"


# ", " or " (" between an unknown name and the place that holds it ("Greenlane, Auckland").
CONTAINER_GAP = 3


def fall_back_to_containers(mentions: list[Resolution], found: list[Resolution]) -> None:
    """A name the gazetteer lacks, written right before a place it knows ("Greenlane, Auckland",
    "Fort Detrick, Maryland"), is put at that place: the suburb or base lies in the town or
    region that follows it. Its ``source`` says so ("container"); its candidates stay empty."""
    after = {r.start: r.place for r in found if r.place is not None}
    for m in mentions:
        if m.place is None and not m.candidates:
            for gap in range(1, CONTAINER_GAP + 1):
                place = after.get(m.end + gap)
                if place is not None:
                    m.place, m.source = place, "container"
                    break


def iter_candidates(resolution: Resolution) -> Iterable[dict]:
    """Candidates as plain dicts (for the command line and the app's override list)."""
    for c in resolution.candidates:
        p = c.place
        yield {
            "name": p.name,
            "lat": p.lat,
            "lon": p.lon,
            "country": p.country,
            "admin1": p.admin1,
            "feature": p.feature,
            "score": round(c.score, 3),
        }


# The names of a region's or a city's people, made from its name ("Minnesotans", "Ohioans",
# "Texans", "Floridians", "New Yorkers", "Parisians"): the ending and what the name ends in
# instead. GeoNames and countryinfo have such names for countries only.
_RESIDENT_ENDINGS = (
    ("ians", ("a", "")),
    ("ian", ("a", "")),
    ("ans", ("", "a", "as")),
    ("an", ("", "a", "as")),
    ("ers", ("",)),
    ("er", ("",)),
)
RESIDENTS_CITY = 100_000  # a city whose people are named after it is a large one


def residents_of(gazetteer: Gazetteer, words: str) -> list[tuple[Place, bool]]:
    """The regions, and cities of RESIDENTS_CITY people or more, whose people ``words`` name
    ("Minnesotans": Minnesota) by its own name, not an alternate one; none for other words.
    Never a main-name match."""
    for ending, instead in _RESIDENT_ENDINGS:
        if not words.endswith(ending) or len(words) - len(ending) < 3:
            continue
        stem = words[: -len(ending)]
        found = [
            (p, False)
            for tail in instead
            for p, main in gazetteer.lookup(stem + tail)
            if main
            and (p.feature == "admin1" or (p.feature in TOWNS and p.population >= RESIDENTS_CITY))
        ]
        if found:
            return found
    return []


def move_to_best(
    m: Resolution, candidates: Sequence[Candidate], kinds: Sequence[str] = TOWNS
) -> None:
    """Put ``m`` at the best of ``candidates`` whose feature is one of ``kinds`` (a town or a
    village unless told), if any."""
    fitting = [c for c in candidates if c.place.feature in kinds]
    if fitting:
        best = max(fitting, key=lambda c: c.score)
        m.place, m.source = best.place, source_of(best.place)
