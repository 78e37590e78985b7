"""The document terms: what the other mentions of a text say about each candidate."""

from __future__ import annotations

from collections.abc import Sequence, Set

from geo.gazetteer import Place
from geo.geocode.candidates import REGIONS, TOWNS, Candidate, Resolution

# What namesakes yield to a city of the words moved to geo.geocode.city_namesakes; the names stay
# importable from here.
from geo.geocode.city_namesakes import (  # noqa: F401
    CITY_NAME_LIKENESS,
    CITY_OVER_VILLAGE,
    OTHER_NAME_LIKENESS,
    SECTION_CITY_KM,
    SMALL_TOWN,
    SMALLER_BY,
    sections_yield_to_towns,
    small_namesake,
    villages_yield_to_cities,
)

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
