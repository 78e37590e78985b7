"""The context rounds' mechanics: the terms that depend only on a candidate's name and place,
computed once per text or once per round for every mention of the name."""

from __future__ import annotations

import numpy as np

from geo.gazetteer import Place
from geo.gazetteer.index import SECTION
from geo.geocode.anchors import anchored_nearness
from geo.geocode.candidates import (
    AREAS,
    TOWNS,
    Candidate,
    Resolution,
    best_first,
    reached_km,
)
from geo.geocode.city_namesakes import (
    OTHER_NAME_LIKENESS,
    SMALL_TOWN,
    sections_yield_to_towns,
    villages_yield_to_cities,
)
from geo.geocode.context import (
    NEAR_COUNT,
    NEAR_SCALE_KM,
    W_NEARNESS,
    contexts_by_name,
    level_of,
    named_regions,
)
from geo.geocode.distance import closeness, haversine_radians_km
from geo.geocode.far_towns import without_far_towns
from geo.geocode.lists import Enumerations, list_levels
from geo.geocode.respell import russian_form
from geo.geocode.towns_over_villages import (
    namesakes_yield_to_towns,
    unlike_names_yield_to_spellings,
    villages_yield_to_towns,
)

_LEVELLED = ("admin1", "country")  # the levels an enumeration's names are read at


class Nearness:
    """The nearness term of a text's candidates: per mention, W_NEARNESS times each candidate's
    mean closeness to the nearest NEAR_COUNT places the other mentions resolved to, so that a
    place close to many of them beats one close to a single stray mention. Other mentions of the
    same name, and another name for this very place ("Mexico City" beside "Mexico"), are no
    evidence; areas neither get nor give it (their centres say little).

    The term depends only on a candidate's name and place, so each (name key, place) pair of the
    text is one row, measured once a round however many mentions of the name there are; the
    rows' coordinates are put in arrays once per text, only the chosen places change by round.
    Build it once the candidate lists are final. ``row_of`` maps each candidate, by ``id``, to
    its row; ``cells`` holds, per mention, each candidate with what a round needs of it and
    does not change (see :func:`score_round`), with two things the text says of its mentions:
    ``anchors``, the yardstick of each mention set beside one (``anchors.yardsticks``), and
    ``attached``, whether it is a region right after a town, and ``actors``, whether it is a
    country named as a party (both: see :func:`contexts_by_name`), or a capital as who speaks
    ("Moscow said"), which is no point to be near either."""

    nearest_km: np.ndarray = np.zeros(0)  # by row, the km to the nearest place chosen (rows())

    def __init__(
        self,
        mentions: list[Resolution],
        keys: list[str],
        context_keys: list[str] | None = None,
        anchors: dict[int, int] | None = None,
        attached: list[bool] | None = None,
        actors: list[bool] | None = None,
    ) -> None:
        self.anchors = anchors or {}
        self.attached = attached or [False] * len(mentions)
        self.actors = actors or [False] * len(mentions)
        self.war = actors is not None  # a report read for a theatre: villages_yield_to_cities
        self.speakers = _capital_speakers(mentions, self.actors)
        # The rows of each name and the slots of each context key, by place id and by row.
        rows: dict[str, dict[int, int]] = {}
        slots: dict[str, dict[int, int]] = {}
        places: list[Place] = []
        row_keys: list[str] = []
        self.row_of: dict[int, int] = {}
        self.cells: list[list[tuple[Candidate, float, int, int, bool]]] = []
        row_of = self.row_of  # bound once: this loop visits every candidate of the text
        n_slots = 0
        # Per mention, what the lists' places say once for every round: whether a candidate
        # may yield to a city (a village, or a place known by another name: see
        # :func:`villages_yield_to_cities`), whether one is a section of a town.
        self.may_yield: list[bool] = []
        self.has_section: list[bool] = []
        for m, key, context_key in zip(mentions, keys, context_keys or keys, strict=True):
            cells = []
            rows_of_name = rows.setdefault(key, {})
            slots_of_key = slots.setdefault(context_key, {})
            may_yield = has_section = False
            for c in m.candidates:
                place = c.place
                if (
                    place.feature == "village"
                    or (not c.main_name and c.likeness < OTHER_NAME_LIKENESS)
                    or (self.war and place.feature == "city" and place.population < SMALL_TOWN)
                ):  # a small town of the name or a small namesake (towns_over_villages)
                    may_yield = True
                if place.code == SECTION:
                    has_section = True
                row = rows_of_name.get(place.id)
                if row is None:
                    row = rows_of_name[place.id] = len(places)
                    places.append(place)
                    row_keys.append(key)
                row_of[id(c)] = row
                slot = slots_of_key.get(row)
                if slot is None:
                    slot = slots_of_key[row] = n_slots
                    n_slots += 1
                cells.append((c, c.score, row, slot, place.feature in _LEVELLED))
            self.cells.append(cells)
            self.may_yield.append(may_yield)
            self.has_section.append(has_section)
        self.slots = n_slots
        self._row_by_name = rows
        self._arrays(places, keys, row_keys)

    def _arrays(self, places: list[Place], keys: list[str], row_keys: list[str]) -> None:
        """The rows' coordinates, names, ids and whether each is an area, as arrays."""
        self._codes = {key: n for n, key in enumerate(dict.fromkeys(keys))}
        self._rows = len(places)
        lat = np.radians(np.array([p.lat for p in places]))[:, None]
        self._lat, self._cos = lat, np.cos(lat)
        self._lon = np.array([p.lon for p in places])[:, None]
        self._xyz = _unit(lat[:, 0], self._cos[:, 0], self._lon[:, 0])
        self._key = np.array([self._codes[key] for key in row_keys], dtype=np.int64)[:, None]
        self._id = np.array([p.id for p in places], dtype=np.int64)[:, None]
        self._area = np.array([p.feature in ("continent", "country", "sea") for p in places])
        self._village = np.array([p.feature == "village" for p in places])

    def rows(self, keys: list[str], chosen: list[Place | None]) -> list[float]:
        """Each row's term, given the place chosen for each mention (``keys``: their names)."""
        points = [
            (keys[j], p) for j, p in enumerate(chosen) if p is not None and p.feature not in AREAS
        ]
        if not self._rows or not points:
            self.nearest_km = np.full(self._rows, np.inf)
            return [0.0] * self._rows
        try:  # the places chosen are candidates, rows of their names: their columns are known
            at = np.array([self._row_by_name[k][p.id] for k, p in points])
            lat, cos, lon = self._lat[at, 0], self._cos[at, 0], self._lon[at, 0]
            xyz, key, ids = self._xyz[at], self._key[at, 0], self._id[at, 0]
        except KeyError:
            lat = np.radians(np.array([p.lat for _, p in points]))
            cos, lon = np.cos(lat), np.array([p.lon for _, p in points])
            xyz = _unit(lat, cos, lon)
            key = np.array([self._codes.get(k, -1) for k, _ in points])
            ids = np.array([p.id for _, p in points])
        other = (self._key != key) & (self._id != ids)  # another name's, another place
        if NEAR_COUNT == 1:  # the nearest alone: no sort
            # found by the largest dot product of unit vectors, three multiplications a pair (a
            # hostile paste of thousands of names holds a window of 1,000 mentions, some 4,000
            # rows against 1,000 chosen places each round), and only its distance measured
            dots = np.where(other, self._xyz @ xyz.T, -np.inf)
            j = dots.argmax(axis=1)
            nearest = haversine_radians_km(
                self._lat[:, 0], self._cos[:, 0], self._lon[:, 0], lat[j], cos[j], lon[j]
            )
            nearest[~other[np.arange(self._rows), j]] = np.inf
            self.nearest_km = nearest
            population = np.array([p.population for _, p in points])[j]
            near = W_NEARNESS * closeness(
                reached_km(nearest, self._village, population), NEAR_SCALE_KM
            )
        else:
            km = haversine_radians_km(self._lat, self._cos, self._lon, lat, cos, lon)
            km[~other] = np.inf
            nearest = np.sort(km, axis=1)[:, :NEAR_COUNT]
            self.nearest_km = nearest[:, 0]
            near = W_NEARNESS * closeness(nearest, NEAR_SCALE_KM).sum(axis=1) / NEAR_COUNT
        near[self._area] = 0.0
        return near.tolist()


def _capital_speakers(mentions: list[Resolution], actors: list[bool]) -> list[bool]:
    """Whether each mention is a capital named as who speaks ("Moscow said"): the government's
    word, no place the others lie near ("Pokrovsk" after it is not Engels, 730 km from
    Moscow)."""
    return [
        a and bool(m.candidates) and m.candidates[0].place.feature == "capital"
        for m, a in zip(mentions, actors, strict=True)
    ]


def _unit(lat: np.ndarray, cos: np.ndarray, lon_degrees: np.ndarray) -> np.ndarray:
    """Points as unit vectors (one a row), from their latitudes in radians with their cosines:
    the nearer of two points has the larger dot product with a third."""
    lon = np.radians(lon_degrees)
    return np.stack([cos * np.cos(lon), cos * np.sin(lon), np.sin(lat)], axis=1)


def score_round(
    mentions: list[Resolution],
    keys: list[str],
    context_keys: list[str],
    called: list[bool],
    after_name: dict[str, list[int]],
    peers: Enumerations,
    near: Nearness,
    chosen: list[Place | None],
    areas: list[Place | None],
) -> None:
    """One round: every candidate scored in the light of the places chosen in the round
    before (over its score before context, taken when ``near`` was built), and each mention's
    list re-sorted. The terms that depend only on a candidate's name and place (nearness, the
    document's context) are computed once per name and place, however many mentions of the
    name the text has. ``areas``: the chosen places as their mentions read them (a town called
    a region is that region, and its city no point to be near), for what is near, yardsticks
    included (:func:`anchored_nearness`), and the regions named after a name."""
    where = [None if a else p for p, a in zip(areas, near.speakers, strict=True)]
    near_rows = near.rows(keys, where)
    anchored = {
        i: dict(zip(map(id, mentions[i].candidates), terms.tolist(), strict=True))
        for i, terms in anchored_nearness(mentions, near.anchors, areas).items()
    }
    in_list = list_levels(peers, chosen)
    # Other mentions of the same name are no independent evidence: not for the countries
    # the document returns to, the regions it names or what is near.
    context_of = contexts_by_name(chosen, context_keys, called, near.attached, near.actors)
    towns = [
        (keys[j], p)
        for j, p in enumerate(chosen)
        if p and (p.feature in TOWNS or p.feature == "admin1")
    ]
    after_of = {k: named_regions([areas[j] for j in js]) for k, js in after_name.items()}
    terms: list[float | None] = [None] * near.slots  # the context term by (context key, row)
    for i, m in enumerate(mentions):
        context, after, levels = context_of[context_keys[i]], after_of[keys[i]], in_list[i]
        anchor = anchored.get(i)
        for c, prior, row, slot, peer in near.cells[i]:
            term = terms[slot]
            if term is None:
                term = terms[slot] = context.score(c.place, after, near.war)
            if anchor is None:
                c.score = prior + near_rows[row] + term
            else:  # the yardstick's term is added to the nearness term first, as it is one
                c.score = prior + (near_rows[row] + anchor[id(c)]) + term
            if levels and peer:
                c.score += levels.get(level_of(c.place), 0.0)
        # Neither changes a list without a candidate that may yield (which its places say).
        if near.may_yield[i]:
            pool = without_far_towns(near.cells[i], near.nearest_km) if near.war else m.candidates
            villages_yield_to_cities(pool, after, near.war)
            if near.war:  # a town of the name too, unless the text places the village
                villages_yield_to_towns(pool, after)
                namesakes_yield_to_towns(pool, after)  # not Hulyaypole by Dnipro
                if not russian_form(m.query):  # a Russian form may be a town's old name
                    unlike_names_yield_to_spellings(m.candidates, after)  # not Nikopol
        if near.has_section[i]:
            sections_yield_to_towns(m.candidates, towns, keys[i])
        best_first(m.candidates)


def settle(mentions: list[Resolution], last: dict[int, float]) -> None:
    """Two readings of a text, each the context that makes the other win ("London" beside
    Sarnia and Brampton: London, Ontario calls up Brampton, England, near London, England, which
    calls up London, Ontario, ...), would alternate until the rounds run out and the last round
    decide. Each candidate is scored instead by its mean over the two rounds."""
    for m in mentions:
        for c in m.candidates:
            c.score = (c.score + last.get(id(c), c.score)) / 2.0
        best_first(m.candidates)


# The most mentions read as one another's context: the rounds compare every candidate with every
# choice, so a text of thousands of names (a hostile paste) is read in windows of this many
# consecutive mentions, each the context of its own (memory and time grow with the window, not
# with the square of the text). Reports and the benchmarks' texts are far below it.
CONTEXT_WINDOW = 1_000


def context_windows(mentions: list[Resolution]) -> list[list[Resolution]]:
    if len(mentions) <= CONTEXT_WINDOW:
        return [mentions]
    ordered = sorted(mentions, key=lambda m: m.start)
    return [ordered[k : k + CONTEXT_WINDOW] for k in range(0, len(ordered), CONTEXT_WINDOW)]
