"""Did you mean: the gazetteer's names nearest to a misspelt one ("Kramatorks": Kramatorsk).

An analyst types a place from memory in the review ("Zaporizhia", "Dnipropetrvsk"); the name
is in no index as typed. The names compared with are those of the theatre's countries (its
sides and the countries it outlines) and of the larger towns elsewhere
(:data:`MIN_POPULATION`), about 110,000 keys. Each key is cut into letter *trigrams* (with the
word's ends marked, "  kr", " kra", ..., "sk "); a typed name's trigrams count, for every key at
once (one ``numpy.bincount`` over their lists), how many it shares, and the few keys sharing most
are measured by edit distance (a swap of two letters is one edit). A key is offered when it lies
within :func:`max_edits` of what was typed; nearest first, the larger place first among equals.
The index is made once per gazetteer, on first need (about a second); a lookup then takes about a
millisecond (``benchmarks/suggest.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from geo.gazetteer import Gazetteer, Place, normalize
from geo.geocode.candidates import TOWNS
from geo.geocode.distance import distance_km
from geo.theatre import current as current_theatre

# Towns outside the theatre's countries this large are offered too (a misspelt "Rostov" is
# in Russia, but a "Warsaw" or a "Budapest" may be typed as well).
MIN_POPULATION = 100_000
# Keys sharing the most trigrams with the typed name that are measured by edit distance.
SHORTLIST = 60
# Names shorter than this are not respelled: too many keys lie one edit from "Ivo".
MIN_LETTERS = 4

_INDEXES: dict[str, _Index] = {}


@dataclass(frozen=True)
class Suggestion:
    """A place the typed name may mean: its name keyed as matched, its edits from the typed one."""

    place: Place
    key: str
    edits: int


@dataclass(frozen=True)
class _Index:
    keys: list[str]
    population: np.ndarray
    lengths: np.ndarray
    postings: dict[str, np.ndarray]


def trigrams(key: str) -> set[str]:
    """The letter trigrams of a normalized name, its start and end marked by spaces."""
    padded = f"  {key} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


def max_edits(key: str) -> int:
    """How many edits from the typed name a suggestion may be: 1 up to 5 letters, 2 up to 11,
    then 3 (a long name keeps most of its letters even when two or three are wrong)."""
    n = len(key)
    return 1 if n <= 5 else 2 if n <= 11 else 3


def edits(a: str, b: str, limit: int) -> int:
    """Edit distance (insertions, deletions, substitutions and swaps of two neighbours: the
    optimal string alignment distance), or ``limit + 1`` once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        now = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            now[j] = min(row[j] + 1, now[j - 1] + 1, row[j - 1] + cost)
            if before is not None and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                now[j] = min(now[j], before[j - 2] + 1)
        if min(now) > limit:
            return limit + 1
        before, row = row, now
    return row[-1]


def _build(gazetteer: Gazetteer) -> _Index:
    theatre = current_theatre()
    countries = tuple(sorted(theatre.countries | set(theatre.outlines)))
    pairs = [
        (k, p)
        for k, p in gazetteer.spelling_keys(countries, MIN_POPULATION)
        if k.isascii() and sum(ch.isalpha() for ch in k) >= MIN_LETTERS  # typed in Latin
    ]
    lists: dict[str, list[int]] = {}
    for i, (key, _) in enumerate(pairs):
        for gram in trigrams(key):
            lists.setdefault(gram, []).append(i)
    return _Index(
        keys=[k for k, _ in pairs],
        population=np.array([p for _, p in pairs], dtype=np.int64),
        lengths=np.array([len(k) for k, _ in pairs], dtype=np.int32),
        postings={g: np.array(ids, dtype=np.int32) for g, ids in lists.items()},
    )


def _index(gazetteer: Gazetteer) -> _Index:
    path = str(gazetteer.path)
    index = _INDEXES.get(path)
    if index is None:
        index = _INDEXES[path] = _build(gazetteer)
    return index


def _nearest_keys(index: _Index, key: str, limit: int) -> list[tuple[int, int]]:
    """(edits, position) of the keys nearest to ``key`` (within :func:`max_edits`), the larger
    place first."""
    lists = [index.postings[g] for g in trigrams(key) if g in index.postings]
    if not lists:
        return []
    shared = np.bincount(np.concatenate(lists), minlength=len(index.keys))
    most = max_edits(key)
    # An edit changes at most 3 of a name's trigrams (a swap of two letters, 4): a key within
    # `most` edits shares all the others (and is about as long).
    top = np.flatnonzero(shared >= max(1, len(lists) - 4 * most))
    top = top[np.abs(index.lengths[top] - len(key)) <= most]
    if len(top) > SHORTLIST:
        top = top[np.argpartition(shared[top], -SHORTLIST)[-SHORTLIST:]]
    found = []
    # those sharing most first: the nearest is found early, and the others are measured only
    # as far as its distance (only the nearest spellings are offered)
    for i in top[np.argsort(-shared[top], kind="stable")]:
        d = edits(key, index.keys[i], most)
        if 0 < d <= most:  # (0: the name typed, which finds what it finds)
            found.append((d, -int(index.population[i]), int(i)))
            most = d
    found.sort()
    return [(d, i) for d, _, i in found[: limit * 3] if d == found[0][0]]


def suggestions(
    gazetteer: Gazetteer, typed: str, limit: int = 5, within: tuple[str, str] | None = None
) -> list[Suggestion]:
    """The towns and places a misspelt name most likely means, nearest spelling first.

    A name no town bears as typed is looked for: "Zaporizhia" is the region's name, not the
    city's (Zaporizhzhia), so the city is offered beside the region the name finds.

    Parameters
    ----------
    gazetteer : Gazetteer
    typed : str
        A place name as an analyst typed it.
    limit : int
        At most this many places.
    within : (country, admin1), optional
        Only towns of this first-level region: under a region's name that was found ("Zaporizhia",
        "Crimea"), its town of a near spelling, never a namesake's elsewhere ("Culmea, RO").

    Returns
    -------
    list of Suggestion
        Empty when a town has the name as typed, or it is too short, or near no name.
    """
    key = normalize(typed)
    known = gazetteer.lookup(typed)
    if sum(ch.isalpha() for ch in key) < MIN_LETTERS or any(p.feature in TOWNS for p, _ in known):
        return []
    index = _index(gazetteer)
    out: list[Suggestion] = []
    for d, i in _nearest_keys(index, key, limit):
        if len(out) == limit:
            break
        for best in _named(gazetteer.lookup(index.keys[i]), index.keys[i]):
            if within and (best.feature not in TOWNS or (best.country, best.admin1) != within):
                continue
            if len(out) < limit and not any(_same(best, s.place) for s in out):
                out.append(Suggestion(best, index.keys[i], d))
    return out


def _named(places: list[tuple[Place, bool]], key: str) -> list[Place]:
    """What one name offers: the largest town it is the main name of ("pokrovsk": Pokrovsk in
    Donetsk oblast, not Engels, once Pokrovsk), the largest town whose main name is spelled
    nearly so ("mykolaiv": the city, Mykolayiv; "sloviansk": Slovyansk, not Nikopol, which
    GeoNames also calls so), else the largest town it names, and the largest area
    ("dnipropetrovsk": the region)."""
    towns = [(p, main) for p, main in places if p.feature in TOWNS]
    alike = [p for p, _ in towns if edits(normalize(p.name), key, 2) <= 2]
    picks = (
        [p for p, main in towns if main],
        alike or [p for p, _ in towns],
        [p for p, _ in places if p.feature not in TOWNS],
    )
    return [max(pick, key=lambda p: p.population) for pick in picks if pick]


def _same(a: Place, b: Place) -> bool:
    """One place told twice (GeoNames' town and the codifier's, a few km apart)."""
    if a.country != b.country or (a.feature in TOWNS) != (b.feature in TOWNS):
        return False
    return normalize(a.name) == normalize(b.name) or distance_km(a.lat, a.lon, b.lat, b.lon) < 15
