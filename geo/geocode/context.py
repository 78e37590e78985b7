"""The document terms: what the other mentions of a text say about each candidate."""

from __future__ import annotations

from collections.abc import Sequence, Set

import numpy as np

from geo.gazetteer import Place
from geo.gazetteer.index import SECTION
from geo.geocode.candidates import REGIONS, TOWNS, Candidate, Resolution
from geo.geocode.distance import distances_km

# Weights of the document terms (measured on the benchmarks' runs).
W_COUNTRY_SHARE = 1.0
COUNTRY_SHARE_DOUBT = 1  # counted as one more name elsewhere: one other name is weak evidence
W_NAMED_REGION = 1.5  # the region is named right after the place: "Odessa, Texas"
W_NAMED_COUNTRY = 1.0  # the country is named right after the place: "Victoria, Malta"
W_REGION_ELSEWHERE = 0.5  # named elsewhere in the document (a list of states names them all)
W_SAME_LEVEL = 1.0  # the other places are mostly regions of this country, or countries
W_REGION_HOLDS_TOWN = 0.5  # a tie-breaker: the region holds a town another mention can be
W_NEARNESS = 1.2
NEAR_SCALE_KM = 2000.0
NEAR_COUNT = 1
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


def demote_regions_named_after_towns(candidates: list[Candidate], cue: str) -> None:
    """A bare "Odessa" or "Kursk" means the town, not the region named after it."""
    if cue in ("region", "admin2"):
        return
    towns = [c.place for c in candidates if c.place.feature in TOWNS]
    for c in candidates:
        if c.place.feature in REGIONS:
            for town in towns:
                if town.country == c.place.country and town.population >= 0.05 * max(
                    c.place.population, 1
                ):
                    c.score -= 1.0
                    break


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


def prefer_regions_holding_named_towns(
    mentions: list[Resolution], keys: list[str], after_name: dict[str, list[int]]
) -> None:
    """Of the counties a name can be ("Henderson County": five US states), prefer the one that
    holds a town some other mention can be ("Athens" in Texas); of the regions ("Georgia": a
    country or a US state), the one that holds the largest town another mention can be
    ("Atlanta"). Whichever readings the priors put first; the town then follows its region
    through W_NAMED_REGION. A region or country named right after a town (``after_name``:
    "Athens, Georgia") is one that holds some town of that name: W_NAMED_REGION."""
    in_county: list[set[tuple[str, str, str]]] = []
    in_region: list[set[tuple[str, str]]] = []
    for m in mentions:  # one pass over each list: this visits every candidate of the text
        counties = set()
        largest: Place | None = None  # of equal sizes the first, as max() takes
        for c in m.candidates:
            t = c.place
            if t.feature in TOWNS:
                counties.add((t.country, t.admin1, t.admin2))
                if largest is None or t.population > largest.population:
                    largest = t
        in_county.append(counties)
        in_region.append({(largest.country, largest.admin1)} if largest else set())
    # each mention of a name, by the counties its towns lie in: a name repeated 500 times in a
    # window before 500 regions named after it was 250,000 calls, each building its sets again
    repeats: dict[str, dict[frozenset[tuple[str, str, str]], int]] = {}
    for i, key in enumerate(keys):
        if key in after_name:
            counted = repeats.setdefault(key, {})
            towns = frozenset(in_county[i])
            counted[towns] = counted.get(towns, 0) + 1
    for key, counted in repeats.items():
        for j in after_name[key]:
            for towns, times in counted.items():
                _prefer_holders(mentions[j], towns, times)
    # What the other names can be, gathered once per name, and only for a name that can be a
    # region or a county (no other candidate gains).
    held_by_others: dict[str, tuple[set[tuple[str, str, str]], set[tuple[str, str]]]] = {}
    for i, m in enumerate(mentions):
        if not any(c.place.feature in REGIONS for c in m.candidates):
            continue
        if keys[i] not in held_by_others:
            counties, regions = set(), set()
            for j in range(len(mentions)):
                if keys[j] != keys[i]:
                    counties |= in_county[j]
                    regions |= in_region[j]
            held_by_others[keys[i]] = (counties, regions)
        counties, regions = held_by_others[keys[i]]
        for c in m.candidates:
            p = c.place
            if (p.feature == "admin2" and (p.country, p.admin1, p.admin2) in counties) or (
                p.feature == "admin1" and (p.country, p.admin1) in regions
            ):
                c.score += W_REGION_HOLDS_TOWN


def _prefer_holders(region: Resolution, towns: Set[tuple[str, str, str]], times: int = 1) -> None:
    """The readings of ``region`` that hold one of ``towns`` ((country, admin1, admin2) keys)
    gain W_NAMED_REGION, ``times`` times over (one by one, as so many calls added it); nothing
    changes when none or all of them do."""
    countries = {t[0] for t in towns}
    regions = {t[:2] for t in towns}
    holds = [
        (p.feature == "country" and p.country in countries)
        or (p.feature == "admin1" and (p.country, p.admin1) in regions)
        or (p.feature == "admin2" and (p.country, p.admin1, p.admin2) in towns)
        for p in (c.place for c in region.candidates)
    ]
    if any(holds) and not all(holds):
        for c, held in zip(region.candidates, holds, strict=True):
            for _ in range(times):
                c.score += W_NAMED_REGION if held else 0.0


def named_regions(chosen: Sequence[Place | None]) -> set[tuple[str, ...]]:
    """Regions and counties the document names, as (country, admin1[, admin2]) keys, and
    countries, as (country,)."""
    return {
        key
        for p in chosen
        if p is not None
        and (key := _region_key(p) or ((p.country,) if p.feature == "country" else None))
    }


def _region_key(place: Place) -> tuple[str, ...] | None:
    """A region's or county's key, (country, admin1[, admin2]); None for any other place."""
    if place.feature == "admin1":
        return (place.country, place.admin1)
    if place.feature == "admin2":
        return (place.country, place.admin1, place.admin2)
    return None


def contexts_by_name(
    chosen: list[Place | None],
    keys: list[str],
    called: Sequence[bool],
    attached: Sequence[bool] = (),
    actors: Sequence[bool] = (),
) -> dict[str, Context]:
    """For each name of a document, the :class:`Context` of the places chosen for its other
    names: the whole document's tallies less that name's own, read lazily (one pass over the
    places, nothing copied per name). A name ``called`` a region by the text ("the Lviv region")
    is no peer of a bare name: a writer who says "region" when meaning one means the town when
    not ("Lviv region - 6; Mykolaiv region - 11 ... Mykolaiv: a school was hit"). A region
    ``attached`` right after another name ("Morgantown, W. Va.") is that town's: it counts for
    the text's countries, not as a region the text names for its other towns. A country named
    as a party or a capital as who speaks (``actors``: "US officials", "Russia's defence
    ministry", "Moscow said") is who acts, not where: it does not count for the text's
    countries."""
    own: dict[str, _Tally] = {}
    total = _Tally()
    attached = attached or [False] * len(keys)
    actors = actors or [False] * len(keys)
    for key, place, region, after, actor in zip(
        keys, chosen, called, attached, actors, strict=True
    ):
        if place is not None:
            where = not (actor and place.feature in ("country", "capital"))
            own.setdefault(key, _Tally()).add(place, not region, not after, where)
            total.add(place, not region, not after, where)
    empty = _Tally()
    return {key: Context(total, own.get(key, empty)) for key in set(keys)}


class _Tally:
    """Counts of the countries, named regions and levels of some places."""

    __slots__ = ("countries", "named", "levels", "size", "in_a_country")

    def __init__(self) -> None:
        self.countries: dict[str, int] = {}
        self.named: dict[tuple[str, ...], int] = {}
        self.levels: dict[tuple[str, str], int] = {}
        self.size = 0
        self.in_a_country = 0

    def add(self, place: Place, peer: bool = True, names: bool = True, where: bool = True) -> None:
        if place.country and where:
            self.countries[place.country] = self.countries.get(place.country, 0) + 1
            self.in_a_country += 1
        region = _region_key(place) or ((place.country,) if place.feature == "country" else None)
        if region is not None and names:
            self.named[region] = self.named.get(region, 0) + 1
        if peer:
            level = level_of(place)
            self.levels[level] = self.levels.get(level, 0) + 1
        self.size += 1


class Context:
    """What the other names of a document resolved to, summed up once per round and name: the
    countries they return to, the regions they name, their levels (region, country)."""

    def __init__(self, total: _Tally, own: _Tally) -> None:
        doubt = total.in_a_country - own.in_a_country + COUNTRY_SHARE_DOUBT
        countries = {c: n - own.countries.get(c, 0) for c, n in total.countries.items()}
        self.country_share = {c: n / doubt for c, n in countries.items() if n > 0}
        self.named = {r for r, n in total.named.items() if n > own.named.get(r, 0)}
        self.levels = {lv: n - own.levels.get(lv, 0) for lv, n in total.levels.items()}
        self.size = total.size - own.size

    def score(self, place: Place, named_after: set[tuple[str, ...]], war: bool = False) -> float:
        # Countries the document keeps returning to, as if one more name pointed elsewhere: a
        # single other name is weak evidence.
        score = W_COUNTRY_SHARE * self.country_share.get(place.country, 0.0)
        # The document names this place's region or county: right after it ("Odessa, Texas",
        # "Henry County, Ga.") or elsewhere. In a war report (``war``) a region named elsewhere
        # is no evidence for a village of the codifier: a report names many regions for other
        # places, and one paragraph's Crimea or Poltava region put a Donetsk front's
        # Myroliubivka or the town of Huliaipole on a village of that region.
        for named, weight in ((named_after, W_NAMED_REGION), (self.named, W_REGION_ELSEWHERE)):
            if war and place.feature == "village" and named is self.named:
                break
            if (place.feature != "admin1" and (place.country, place.admin1) in named) or (
                place.feature not in REGIONS
                and (place.country, place.admin1, place.admin2) in named
            ):
                score += weight
                break
        # The country named right after it or in the sentence that defines it ("Victoria is a
        # town in Gozo, Malta"; "Paris, France").
        if place.feature != "country" and (place.country,) in named_after:
            score += W_NAMED_COUNTRY
        # A capital whose country the document names elsewhere, as a town whose region it names
        # ("... in Italy ... the FAO in Rome").
        elif place.feature == "capital" and (place.country,) in self.named:
            score += W_REGION_ELSEWHERE
        # Peers: a list of states ("Alaska, Alabama, Arizona") or of countries reads as one.
        if place.feature in ("admin1", "country") and self.size:
            score += W_SAME_LEVEL * self.levels.get(level_of(place), 0) / self.size
        return score


def level_of(place: Place) -> tuple[str, str]:
    """Regions are peers within a country, countries among themselves."""
    return (place.feature, place.country if place.feature == "admin1" else "")
