"""The document terms: what the other mentions of a text say about each candidate."""

from __future__ import annotations

import math

import numpy as np

from geo.gazetteer import Place
from geo.geocode.candidates import AREAS, REGIONS, TOWNS, Candidate, Resolution
from geo.geocode.distance import distances_km

# Weights of the document terms (measured on the benchmarks' runs).
W_COUNTRY_SHARE = 1.0
COUNTRY_SHARE_DOUBT = 1  # counted as one more name elsewhere: one other name is weak evidence
W_NAMED_REGION = 1.5  # the region is named right after the place: "Odessa, Texas"
W_REGION_ELSEWHERE = 0.5  # named elsewhere in the document (a list of states names them all)
REGION_AFTER_CHARS = 3  # ", " or " (" between a place and its region
W_SAME_LEVEL = 1.0  # the other places are mostly regions of this country, or countries
W_REGION_HOLDS_TOWN = 0.5  # a tie-breaker: the region holds a town another mention can be
W_NEARNESS = 1.2
NEAR_SCALE_KM = 2000.0
NEAR_COUNT = 1
# Too large to take nearness from: their centre says nothing of where their towns are.
_FAR_AREAS = ("continent", "country", "sea")


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


def prefer_regions_holding_named_towns(mentions: list[Resolution], keys: list[str]) -> None:
    """Of the counties a name can be ("Henderson County": five US states), prefer the one that
    holds a town some other mention can be ("Athens" in Texas); of the regions ("Georgia": a
    country or a US state), the one that holds the largest town another mention can be
    ("Atlanta"). Whichever readings the priors put first; the town then follows its region
    through W_NAMED_REGION."""
    in_county: list[set[tuple[str, str, str]]] = []
    in_region: list[set[tuple[str, str]]] = []
    for m in mentions:
        towns = [c.place for c in m.candidates if c.place.feature in TOWNS]
        in_county.append({(t.country, t.admin1, t.admin2) for t in towns})
        largest = max(towns, key=lambda t: t.population) if towns else None
        in_region.append({(largest.country, largest.admin1)} if largest else set())
    for i, m in enumerate(mentions):
        counties: set[tuple[str, str, str]] = set()
        regions: set[tuple[str, str]] = set()
        for j in range(len(mentions)):
            if keys[j] != keys[i]:
                counties |= in_county[j]
                regions |= in_region[j]
        for c in m.candidates:
            p = c.place
            if (p.feature == "admin2" and (p.country, p.admin1, p.admin2) in counties) or (
                p.feature == "admin1" and (p.country, p.admin1) in regions
            ):
                c.score += W_REGION_HOLDS_TOWN


def named_regions(chosen: list[Place]) -> set[tuple[str, ...]]:
    """Regions and counties the document names, as (country, admin1[, admin2]) keys."""
    out: set[tuple[str, ...]] = set()
    for p in chosen:
        if p is not None and p.feature == "admin1":
            out.add((p.country, p.admin1))
        elif p is not None and p.feature == "admin2":
            out.add((p.country, p.admin1, p.admin2))
    return out


class DocumentTerms:
    """The document terms of every candidate of a text's mentions, as arrays built once per
    text and re-read each round from the places then chosen.

    Parameters
    ----------
    mentions : list of Resolution
        Their candidates in the order the scores will be given in (flattened, mention by
        mention); the list of each mention is not read again.
    keys : list of str
        One key per mention (its name's): other mentions of the same name are no independent
        evidence, neither for the countries the document returns to, the regions it names nor
        what is near.
    followed_by : list of list of int
        Per mention, the mentions right after it ("Odessa, Texas"): their regions count fully.
    """

    def __init__(
        self, mentions: list[Resolution], keys: list[str], followed_by: list[list[int]]
    ) -> None:
        places = [c.place for m in mentions for c in m.candidates]
        self.places = places
        key_ids = {k: n for n, k in enumerate(dict.fromkeys(keys))}
        self.mention_key = np.array([key_ids[k] for k in keys], dtype=np.intp)
        self.owner = np.repeat(np.arange(len(mentions)), [len(m.candidates) for m in mentions])
        self.key = self.mention_key[self.owner]
        self.n_keys = len(key_ids)
        self.lat = np.array([p.lat for p in places])[:, None]
        self.lon = np.array([p.lon for p in places])[:, None]
        self.ids = np.array([p.id for p in places])
        features = np.array([p.feature for p in places], dtype=object)
        self.is_area = np.isin(features, AREAS)
        self.no_near = np.isin(features, _FAR_AREAS)
        # Small integer codes (-1: none) for the countries, regions and levels of the places.
        countries: dict = {}
        regions: dict = {}
        levels: dict = {}
        codes = [_place_codes(p, countries, regions, levels) for p in places]
        table = np.array(codes, dtype=np.intp).reshape(-1, 6).T
        self.country, self.named_key, self.admin1_key, self.admin2_key = table[:4]
        self.level, self.peer = table[4:]
        self.n_countries, self.n_regions, self.n_levels = len(countries), len(regions), len(levels)
        self.followed_by = [(i, after) for i, after in enumerate(followed_by) if after]
        self._km = np.zeros((len(places), 0))
        self._column: dict[int, int] = {}

    def scores(self, prior: np.ndarray, chosen: np.ndarray) -> np.ndarray:
        """Every candidate's ``prior`` plus its nearness and context terms, given the candidate
        chosen for each mention (its flat index, -1 for none)."""
        if not self.places:
            return prior
        return (prior + self.nearness(chosen)) + self.context(chosen)

    def nearness(self, chosen: np.ndarray) -> np.ndarray:
        """W_NEARNESS times each candidate's mean closeness to the nearest NEAR_COUNT places
        the other mentions resolved to, so that a place close to many of them beats one close
        to a single stray mention. Other mentions of the same name, and another name for this
        very place ("Mexico City" beside "Mexico"), are no evidence; areas neither get nor give
        it (their centres say little)."""
        points = [int(j) for j in chosen if j >= 0 and not self.is_area[j]]
        near = np.zeros(len(self.places))
        if not points:
            return near
        new = [j for j in dict.fromkeys(points) if j not in self._column]
        if new:  # distances to places not chosen in an earlier round, in one operation
            for j in new:
                self._column[j] = len(self._column)
            block = distances_km(self.lat, self.lon, self.lat[new].T, self.lon[new].T)
            self._km = np.hstack([self._km, block])
        km = self._km[:, [self._column[j] for j in points]]
        km[(self.key[:, None] == self.key[points]) | (self.ids[:, None] == self.ids[points])] = (
            np.inf
        )
        nearest = np.sort(km, axis=1)[:, :NEAR_COUNT]
        closeness = np.maximum(0.0, 1.0 - np.log10(1.0 + nearest) / math.log10(NEAR_SCALE_KM))
        near = W_NEARNESS * closeness.sum(axis=1) / NEAR_COUNT
        near[self.no_near] = 0.0
        return near

    def context(self, chosen: np.ndarray) -> np.ndarray:
        """What the places chosen for the other names say of each candidate: the countries the
        document keeps returning to, the regions and counties it names, and its peers."""
        return (
            W_COUNTRY_SHARE * self._country_share(chosen) + self._named_region(chosen)
        ) + self._same_level(chosen)

    def _tally(self, chosen: np.ndarray, codes: np.ndarray, size: int) -> np.ndarray:
        """How many mentions of each name (a row per key, then one for all) chose a place of
        each code (a column per code; a last, empty one that code -1 reads)."""
        picked = chosen >= 0
        code = np.where(picked, codes[chosen], -1)
        keep = picked & (code >= 0)
        width = size + 1
        flat = np.bincount(
            self.mention_key[keep] * width + code[keep], minlength=(self.n_keys + 1) * width
        )
        total = flat.reshape(self.n_keys + 1, width).astype(float)
        total[self.n_keys] = total[: self.n_keys].sum(axis=0)
        return total

    def _country_share(self, chosen: np.ndarray) -> np.ndarray:
        counts = self._tally(chosen, self.country, self.n_countries)
        in_a_country = counts[:, :-1].sum(axis=1)
        others = counts[self.n_keys, self.country] - counts[self.key, self.country]
        doubt = in_a_country[self.n_keys] - in_a_country[self.key] + COUNTRY_SHARE_DOUBT
        return np.where((self.country >= 0) & (others > 0), others / doubt, 0.0)

    def _named_region(self, chosen: np.ndarray) -> np.ndarray:
        counts = self._tally(chosen, self.named_key, self.n_regions)
        named = np.zeros(len(self.places), dtype=bool)
        for codes in (self.admin1_key, self.admin2_key):
            others = counts[self.n_keys, codes] - counts[self.key, codes]
            named |= (codes >= 0) & (others > 0)
        out = np.where(named, W_REGION_ELSEWHERE, 0.0)
        for i, after in self.followed_by:
            right_after = {int(self.named_key[chosen[j]]) for j in after if chosen[j] >= 0}
            right_after.discard(-1)
            if right_after:
                own = np.flatnonzero(self.owner == i)
                hit = [
                    j
                    for j in own
                    if self.admin1_key[j] in right_after or self.admin2_key[j] in right_after
                ]
                out[hit] = W_NAMED_REGION
        return out

    def _same_level(self, chosen: np.ndarray) -> np.ndarray:
        counts = self._tally(chosen, self.level, self.n_levels)
        size = counts.sum(axis=1)
        others = counts[self.n_keys, self.peer] - counts[self.key, self.peer]
        size = size[self.n_keys] - size[self.key]
        peer = (self.peer >= 0) & (size > 0)
        return np.where(peer, W_SAME_LEVEL * others / np.where(peer, size, 1.0), 0.0)


def _place_codes(place: Place, countries: dict, regions: dict, levels: dict) -> tuple:
    """A place's codes (-1: none): its country; the region it names (an admin1's or admin2's
    own key); the region and the county it lies in, where they count; its level; and its level
    again if it can have peers (a region or a country)."""
    feature = place.feature
    own = in_admin1 = in_admin2 = None
    if feature == "admin1":
        own = (place.country, place.admin1)
    else:
        in_admin1 = (place.country, place.admin1)
        if feature == "admin2":
            own = (place.country, place.admin1, place.admin2)
        else:
            in_admin2 = (place.country, place.admin1, place.admin2)
    level = levels.setdefault(_level(place), len(levels))
    return (
        countries.setdefault(place.country, len(countries)) if place.country else -1,
        -1 if own is None else regions.setdefault(own, len(regions)),
        -1 if in_admin1 is None else regions.setdefault(in_admin1, len(regions)),
        -1 if in_admin2 is None else regions.setdefault(in_admin2, len(regions)),
        level,
        level if feature in ("admin1", "country") else -1,
    )


def _level(place: Place) -> tuple[str, str]:
    """Regions are peers within a country, countries among themselves."""
    return (place.feature, place.country if place.feature == "admin1" else "")
