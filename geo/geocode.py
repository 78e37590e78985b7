"""Resolve place mentions in the context of their document.

Each mention gets ranked candidates from the offline gazetteer. A candidate's score adds:

- a prior: population (log scale), feature type, and whether the words are its main name;
- the kind of place the words around it say ("the region of", "X Oblast", "X airport", "city of");
- the document: countries it names or keeps returning to, regions it names (``Odessa, Texas``),
  and how close the candidate lies to the places chosen for the other mentions.

The document terms are computed from the previous round's choices; two rounds settle it.
An optional online backend (Nominatim through geopy) answers only what the gazetteer cannot.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from geo.gazetteer import Gazetteer, Place, normalize
from geo.paths import cache_dir

# Feature priors for a bare name. A country or a capital is what a report most often means.
_FEATURE_PRIOR = {
    "continent": 0.6,
    "country": 0.7,
    "capital": 0.35,
    "admin1": 0.2,
    "sea": 0.6,
    "region": 0.6,
    "facility": 0.6,
    "city": 0.0,
    "admin2": -0.15,
    "airport": -0.8,
}
# Weights of the document terms and of a main-name match (measured on the benchmarks' runs).
W_MAIN_NAME = 0.25
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
CONTEXT_ROUNDS = 4  # re-read each mention in the light of the others until none changes
_REGIONS = ("admin1", "admin2")
_TOWNS = ("city", "capital")
# Places too large for their centre to say where nearby things are; a named region counts
# through W_NAMED_REGION instead.
_AREAS = ("continent", "country", "sea", "region", "admin1")

# Words that make a name a region. Lower case after a name ("Sumy region", "Kursk oblast"), or
# capitalised as part of it ("Sumy Oblast"); "State" or "District" after a name is more often an
# institution ("Ohio State") and is not taken as a cue.
_REGION_WORDS = (
    "oblast|oblasts|region|regions|province|governorate|krai|kray|okrug|raion|rayon|"
    "prefecture|voivodeship|canton"
)
_SUFFIX_REGION = re.compile(
    rf"^(?P<base>.+?)[\s-]+(?P<word>(?i:{_REGION_WORDS}|county|district|parish))$"
)
_AFTER_REGION = re.compile(rf"^[\s-]*(?P<word>{_REGION_WORDS}|Oblast|Region|Province|county)\b")
_BEFORE_REGION = re.compile(rf"\b(?P<word>{_REGION_WORDS}|state) of\s*(the\s+)?$")
_AFTER_AIRPORT = re.compile(
    r"^[\s-]*(international\s+|military\s+)?(airport|airfield|air ?base|aerodrome)\b", re.I
)
_BEFORE_TOWN = re.compile(
    r"\b(city|town|village|port city|port|capital|settlement|hamlet|suburb) of\s*$", re.I
)
_AFTER_TOWN = re.compile(r"^[\s-]*(city|town|village)\b", re.I)

EARTH_RADIUS_KM = 6371.0088


def distances_km(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Great-circle distances (haversine) in km between points given in degrees, as arrays that
    broadcast (every candidate against every place: a column against a row)."""
    p1, p2 = np.radians(lat1), np.radians(lat2)
    dp, dl = p2 - p1, np.radians(np.subtract(lon2, lon1))
    h = np.sin(dp / 2) ** 2 + np.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine) in km."""
    return float(distances_km(lat1, lon1, lat2, lon2))


@dataclass(slots=True)
class Candidate:
    """One possible place for a mention, with the score that ranked it."""

    place: Place
    score: float
    main_name: bool = False


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


def source_of(place: Place) -> str:
    """Which data set an entry came from."""
    if place.feature == "airport":
        return "ourairports"
    if place.feature in ("sea", "region", "facility"):
        return "aliases"
    if place.feature == "online":
        return "nominatim"
    return "geonames"


def cue_for(text: str, start: int, end: int) -> str:
    """The kind of place the words next to a mention ask for: region, admin2, airport or town."""
    before = text[max(0, start - 40) : start]
    after = text[end : end + 30]
    for pattern, where in ((_AFTER_REGION, after), (_BEFORE_REGION, before)):
        m = pattern.search(where)
        if m:
            return _region_cue(m.group("word"))
    if _AFTER_AIRPORT.search(after):
        return "airport"
    if _BEFORE_TOWN.search(before) or _AFTER_TOWN.search(after):
        return "town"
    return ""


def _region_cue(word: str) -> str:
    word = word.lower()
    if word in ("county", "parish", "raion", "rayon", "district"):
        return "admin2"
    return "region"


class Geocoder:
    """Resolve mentions with the gazetteer, and online as a last resort when enabled.

    Parameters
    ----------
    gazetteer : Gazetteer
    online : NominatimBackend, optional
        Asked only for mentions the gazetteer has no entry for.
    max_candidates : int
        How many candidates (by prior) are scored and returned per mention.
    """

    def __init__(
        self,
        gazetteer: Gazetteer,
        online: NominatimBackend | None = None,
        max_candidates: int = 25,
    ) -> None:
        self.gazetteer = gazetteer
        self.online = online
        self.max_candidates = max_candidates

    # Public API ---------------------------------------------------------------------------

    def resolve(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Resolution]:
        """Resolve every span of ``text`` in the context of the whole text.

        Parameters
        ----------
        text : str
        spans : sequence of (start, end)
            Character offsets of the place mentions.

        Returns
        -------
        list of Resolution
            In span order; ``place`` is None where nothing was found.
        """
        for start, end in spans:
            if not (0 <= start < end <= len(text)):
                raise ValueError(
                    f"'spans' should lie within the text (0..{len(text)}), got {[start, end]}"
                )
        mentions = [self._mention(text, s, e) for s, e in spans]
        self._rank_in_context(mentions)
        for m in mentions:
            if m.place is None and self.online is not None:
                self._ask_online(m)
        return mentions

    def geocode(self, name: str, context: str = "") -> Resolution:
        """Resolve one name, using the places found in ``context`` as its document."""
        name = name.strip()
        if not name:
            raise ValueError("'name' should be a place name, got an empty string instead")
        text = f"{name}\n{context}"
        spans = [(0, len(name))]
        spans += [(s + len(name) + 1, e + len(name) + 1) for s, e in find_toponyms(self, context)]
        return self.resolve(text, spans)[0]

    # Internals ----------------------------------------------------------------------------

    def _mention(self, text: str, start: int, end: int) -> Resolution:
        query = text[start:end]
        cue = cue_for(text, start, end)
        hits = self.gazetteer.lookup(query, demonyms=True)
        if not hits:
            base, word = _strip_the(query), ""
            m = _SUFFIX_REGION.match(base)
            if m:
                base, word = m.group("base"), m.group("word")
            if base != query:
                hits = self.gazetteer.lookup(base)
                cue = _region_cue(word) if word else cue
            if not hits and base.lower().endswith(("'s", "’s")):
                hits = self.gazetteer.lookup(base[:-2])
        res = Resolution(query=query, start=start, end=end, cue=cue)
        ranked = sorted(
            (Candidate(p, self._prior(p, main, cue), main) for p, main in hits),
            key=lambda c: -c.score,
        )
        res.candidates = ranked[: self.max_candidates]
        _demote_regions_named_after_towns(res.candidates, cue)
        return res

    @staticmethod
    def _prior(place: Place, main: bool, cue: str) -> float:
        score = min(math.log10(place.population + 1) / 7.0, 1.3)
        score += _FEATURE_PRIOR.get(place.feature, 0.0)
        score += W_MAIN_NAME if main else 0.0
        if cue == "region":
            score += 1.2 if place.feature == "admin1" else (0.3 if place.feature in _TOWNS else 0)
        elif cue == "admin2":
            score += 1.2 if place.feature == "admin2" else 0.0
        elif cue == "airport":
            score += 2.0 if place.feature == "airport" else 0.0
        elif cue == "town":
            score += 0.6 if place.feature in _TOWNS else -0.6
        return score

    def _rank_in_context(self, mentions: list[Resolution]) -> None:
        for m in mentions:
            m.candidates.sort(key=lambda c: -c.score)
        keys = [normalize(m.query) for m in mentions]
        _prefer_regions_holding_named_towns(mentions, keys)
        # Each candidate's score before context, by candidate: the lists are re-sorted each round.
        prior = {id(c): c.score for m in mentions for c in m.candidates}
        chosen = [m.candidates[0].place if m.candidates else None for m in mentions]
        # "X, Y" names X's region only if X cannot be a region or country itself: "California,
        # Oregon, Idaho" is a list of peers. The mentions right after each one, found once:
        followed_by = [
            []
            if any(c.place.feature in ("admin1", "country") for c in m.candidates)
            else [
                j
                for j, n in enumerate(mentions)
                if keys[j] != keys[i] and 0 <= n.start - m.end <= REGION_AFTER_CHARS
            ]
            for i, m in enumerate(mentions)
        ]
        for _ in range(CONTEXT_ROUNDS):
            nearness = _nearness(mentions, keys, chosen)
            # Other mentions of the same name are no independent evidence: not for the countries
            # the document returns to, the regions it names or what is near.
            context_of = {
                key: _Context([p for j, p in enumerate(chosen) if keys[j] != key and p is not None])
                for key in set(keys)
            }
            for i, m in enumerate(mentions):
                context = context_of[keys[i]]
                after = _named_regions([chosen[j] for j in followed_by[i]])
                for c, near in zip(m.candidates, nearness[i], strict=True):
                    c.score = prior[id(c)] + near + context.score(c.place, after)
                m.candidates.sort(key=lambda c: -c.score)
            now = [m.candidates[0].place if m.candidates else None for m in mentions]
            if now == chosen:
                break
            chosen = now
        for m in mentions:
            if m.candidates:
                place = m.candidates[0].place
                if m.cue == "region" and place.feature in _TOWNS:
                    place = self.gazetteer.admin1_of(place) or place
                m.place = place
                m.source = source_of(place)

    def _ask_online(self, m: Resolution) -> None:
        place = self.online.geocode(m.query) if self.online else None
        if place is not None:
            m.place = place
            m.candidates = [Candidate(place, 0.0, True)]
            m.source = "nominatim"


def _strip_the(name: str) -> str:
    return re.sub(r"^the\s+", "", name, flags=re.I)


def _demote_regions_named_after_towns(candidates: list[Candidate], cue: str) -> None:
    """A bare "Odessa" or "Kursk" means the town, not the region named after it."""
    if cue in ("region", "admin2"):
        return
    towns = [c.place for c in candidates if c.place.feature in _TOWNS]
    for c in candidates:
        if c.place.feature in _REGIONS:
            for town in towns:
                if town.country == c.place.country and town.population >= 0.05 * max(
                    c.place.population, 1
                ):
                    c.score -= 1.0
                    break


def _prefer_regions_holding_named_towns(mentions: list[Resolution], keys: list[str]) -> None:
    """Of the counties a name can be ("Henderson County": five US states), prefer the one that
    holds a town some other mention can be ("Athens" in Texas); of the regions ("Georgia": a
    country or a US state), the one that holds the largest town another mention can be
    ("Atlanta"). Whichever readings the priors put first; the town then follows its region
    through W_NAMED_REGION."""
    in_county: list[set[tuple[str, str, str]]] = []
    in_region: list[set[tuple[str, str]]] = []
    for m in mentions:
        towns = [c.place for c in m.candidates if c.place.feature in _TOWNS]
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


def _named_regions(chosen: list[Place]) -> set[tuple[str, ...]]:
    """Regions and counties the document names, as (country, admin1[, admin2]) keys."""
    out: set[tuple[str, ...]] = set()
    for p in chosen:
        if p is not None and p.feature == "admin1":
            out.add((p.country, p.admin1))
        elif p is not None and p.feature == "admin2":
            out.add((p.country, p.admin1, p.admin2))
    return out


def _nearness(
    mentions: list[Resolution], keys: list[str], chosen: list[Place | None]
) -> list[np.ndarray]:
    """Per mention, W_NEARNESS times each candidate's mean closeness to the nearest NEAR_COUNT
    places the other mentions resolved to (one array operation for the whole document), so that
    a place close to many of them beats one close to a single stray mention. Other mentions of
    the same name, and another name for this very place ("Mexico City" beside "Mexico"), are no
    evidence; areas neither get nor give it (their centres say little)."""
    cands = [(i, c.place) for i, m in enumerate(mentions) for c in m.candidates]
    points = [
        (keys[j], p) for j, p in enumerate(chosen) if p is not None and p.feature not in _AREAS
    ]
    near = np.zeros(len(cands))
    if cands and points:
        km = distances_km(
            np.array([p.lat for _, p in cands])[:, None],
            np.array([p.lon for _, p in cands])[:, None],
            np.array([p.lat for _, p in points])[None, :],
            np.array([p.lon for _, p in points])[None, :],
        )
        same_name = np.array([keys[i] for i, _ in cands])[:, None] == np.array(
            [k for k, _ in points]
        )
        same_place = np.array([p.id for _, p in cands])[:, None] == np.array(
            [p.id for _, p in points]
        )
        km[same_name | same_place] = np.inf
        nearest = np.sort(km, axis=1)[:, :NEAR_COUNT]
        closeness = np.maximum(0.0, 1.0 - np.log10(1.0 + nearest) / math.log10(NEAR_SCALE_KM))
        near = W_NEARNESS * closeness.sum(axis=1) / NEAR_COUNT
        near[[p.feature in ("continent", "country", "sea") for _, p in cands]] = 0.0
    out, start = [], 0
    for m in mentions:
        out.append(near[start : start + len(m.candidates)])
        start += len(m.candidates)
    return out


class _Context:
    """What the other names of a document resolved to, summed up once per round and name: the
    countries they return to, the regions they name, their levels (region, country)."""

    def __init__(self, others: list[Place]) -> None:
        countries = Counter(p.country for p in others if p.country)
        doubt = sum(countries.values()) + COUNTRY_SHARE_DOUBT
        self.country_share = {c: n / doubt for c, n in countries.items()}
        self.named = _named_regions(others)
        self.levels = Counter(_level(p) for p in others)
        self.size = len(others)

    def score(self, place: Place, named_after: set[tuple[str, ...]]) -> float:
        # Countries the document keeps returning to, as if one more name pointed elsewhere: a
        # single other name is weak evidence.
        score = W_COUNTRY_SHARE * self.country_share.get(place.country, 0.0)
        # The document names this place's region or county: right after it ("Odessa, Texas",
        # "Henry County, Ga.") or elsewhere.
        for named, weight in ((named_after, W_NAMED_REGION), (self.named, W_REGION_ELSEWHERE)):
            if (place.feature != "admin1" and (place.country, place.admin1) in named) or (
                place.feature not in _REGIONS
                and (place.country, place.admin1, place.admin2) in named
            ):
                score += weight
                break
        # Peers: a list of states ("Alaska, Alabama, Arizona") or of countries reads as one.
        if place.feature in ("admin1", "country") and self.size:
            score += W_SAME_LEVEL * self.levels[_level(place)] / self.size
        return score


def _level(place: Place) -> tuple[str, str]:
    """Regions are peers within a country, countries among themselves."""
    return (place.feature, place.country if place.feature == "admin1" else "")


# --------------------------------------------------------------------------------------------
# Finding toponyms in free text (context for ``geocode --context``; the extractor builds on it)

_CAP_RUN = re.compile(
    r"[A-Z\u0400-\u042F\u0406\u0407\u0404][\w'’\-.]*"
    r"(?:(?:[ \t]+(?:of|on|de|del|di|la|am|upon)[ \t]+|[ \t]+|-)[A-Z\u0400-\u042F][\w'’\-.]*)*"
)
# A word ending a sentence ("Mykolaiv.") ends its run; abbreviations ("U.S.", "St.") do not.
_RUN_END = re.compile(r"(?<=[a-z\u0430-\u044f]{3})\.(?=[ \t]|$)")
_STOPWORDS = frozenset(
    normalize(w)
    for w in """The A An In On At Of For And But Or If As By From To With Meanwhile However
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December President Minister Ministry Defence Defense
    He She It They We I This That These Those His Her Their Our According Following After Before
    Mr Mrs Ms Dr General Army Forces Council Report Reports Today Yesterday Tomorrow News Agency
    Russian Ukrainian American British German French Italian Polish European Western Eastern
    North South East West Northern Southern Central Sunday's Telegram Air Force Navy One Two Three
    Four Five Six Seven Eight Nine Ten Several Many Some All Both Each Every No Not Also Then
    There Here When While Where What Who Why How""".split()
)


def find_toponyms(geocoder: Geocoder, text: str) -> list[tuple[int, int]]:
    """Spans of capitalised word runs that the gazetteer knows, longest match first.

    A name inside a longer run counts only when the run's other words are neutral (function
    words, acronyms, other places): "Meanwhile Russia" yields Russia, "John Kirby" yields nothing.
    An acronym ("NATO") only matches countries and regions, never a town of that name.
    """
    lookup = geocoder.gazetteer.lookup
    spans: list[tuple[int, int]] = []
    for run_start, run_end in _runs(text):
        words = [
            (w.start() + run_start, w.end() + run_start)
            for w in _WORD.finditer(text[run_start:run_end])
        ]
        found: list[tuple[int, int, int, int]] = []  # word i..j, span s..e
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 4), i, -1):
                s, e = words[i][0], words[j - 1][1]
                while e > s and text[e - 1] in ".-'’":
                    e -= 1
                if _is_place_name(lookup, text[s:e]):
                    found.append((i, j, s, e))
                    i = j
                    break
            else:
                i += 1
        covered = {k for i, j, _, _ in found for k in range(i, j)}
        loose = [text[s:e] for k, (s, e) in enumerate(words) if k not in covered]
        if all(_is_neutral(lookup, w) or _is_common(w, text) for w in loose):
            spans.extend((s, e) for _, _, s, e in found)
    return spans


def _runs(text: str) -> list[tuple[int, int]]:
    """Capitalised word runs, cut where a sentence ends inside one."""
    out = []
    for m in _CAP_RUN.finditer(text):
        start = m.start()
        for end in _RUN_END.finditer(m.group()):
            out.append((start, m.start() + end.start()))
            start = m.start() + end.end()
        if start < m.end():
            out.append((start, m.end()))
    return [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in out if text[s:e].strip()]


def _is_place_name(lookup, name: str) -> bool:
    if not name[:1].isupper() or normalize(name) in _STOPWORDS:
        return False
    hits = lookup(name)
    if name.isupper() and len(name) <= 5:
        return any(p.feature not in _TOWNS for p, _ in hits)
    return bool(hits)


# Capitalised at a sentence's start, these report words are not parts of names.
_COMMON = frozenset(
    """attack attacks shelling strike strikes drone drones missile missiles fighting explosions
    explosion rockets rocket debris police officials troops forces soldiers fire fires shells
    artillery heavy fierce several new further more residents civilians air defence defense
    shelled struck hit overnight earlier later local regional ukrainian russian""".split()
)


def _is_common(word: str, text: str) -> bool:
    """A capitalised word that is an ordinary word: known report vocabulary, or written in lower
    case elsewhere in the same text."""
    low = word.rstrip(".,'’").lower()
    return low in _COMMON or bool(re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text))


def _is_neutral(lookup, word: str) -> bool:
    word = word.rstrip(".,'’")
    return (
        not word
        or normalize(word) in _STOPWORDS
        or word.isupper()
        or not word[:1].isupper()
        or bool(lookup(word, demonyms=True))
    )


_WORD = re.compile(r"[\w'’\-.]+")


# --------------------------------------------------------------------------------------------
# Online backend (opt-in)


class NominatimBackend:
    """Nominatim through geopy, throttled to its policy and cached on disk.

    Parameters
    ----------
    domain : str
        Host (and port) of the Nominatim service.
    scheme : str
        "https" for the public service; "http" for a local one.
    min_delay_seconds : float
        Pause between requests; Nominatim's usage policy asks for at least 1 s.
    cache_path : Path, optional
        SQLite file keeping every answer, so no query is sent twice.
    """

    def __init__(
        self,
        domain: str = "nominatim.openstreetmap.org",
        scheme: str = "https",
        min_delay_seconds: float = 1.0,
        cache_path: Path | None = None,
        user_agent: str = "sitrep-map/0.1 (offline-first conflict map)",
    ) -> None:
        try:
            from geopy.extra.rate_limiter import RateLimiter
            from geopy.geocoders import Nominatim
        except ImportError as exc:  # pragma: no cover - geopy is a core requirement
            raise ImportError("the online geocoder needs geopy: pip install geopy") from exc
        self._nominatim = Nominatim(domain=domain, scheme=scheme, user_agent=user_agent, timeout=10)
        self._limited = RateLimiter(
            self._nominatim.geocode, min_delay_seconds=min_delay_seconds, max_retries=1
        )
        self.min_delay_seconds = min_delay_seconds
        self.cache_path = Path(cache_path) if cache_path else cache_dir() / "nominatim.sqlite"
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.cache_path, check_same_thread=False)
        self._db.execute("CREATE TABLE IF NOT EXISTS answers (query TEXT PRIMARY KEY, json TEXT)")
        self.requests_sent = 0

    def geocode(self, query: str) -> Place | None:
        """The first Nominatim answer for ``query`` as a Place, or None."""
        key = normalize(query)
        row = self._db.execute("SELECT json FROM answers WHERE query = ?", (key,)).fetchone()
        if row is not None:
            raw = json.loads(row[0])
        else:
            self.requests_sent += 1
            location = self._limited(query, addressdetails=True, language="en")
            raw = location.raw if location is not None else None
            with self._db:
                self._db.execute(
                    "INSERT OR REPLACE INTO answers VALUES (?, ?)", (key, json.dumps(raw))
                )
        return place_from_nominatim(raw)


def place_from_nominatim(raw: dict | None) -> Place | None:
    """Shape one Nominatim JSON answer into a Place (pure function)."""
    if not raw:
        return None
    address = raw.get("address") or {}
    name = raw.get("name") or str(raw.get("display_name", "")).split(",")[0]
    return Place(
        id=-int(raw.get("place_id") or 0),
        name=name,
        lat=float(raw["lat"]),  # Nominatim gives strings, lat first
        lon=float(raw["lon"]),
        country=str(address.get("country_code", "")).upper(),
        admin1=address.get("state", ""),
        admin2=address.get("county", ""),
        feature="online",
        population=0,
    )


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
