"""The run-time index: read-only SQLite lookups of the built gazetteer."""

from __future__ import annotations

import json
import math
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from geo.gazetteer.names import ACRONYM, ALTERNATE, DEMONYM, KIND_RANK, MAIN, normalize
from geo.gazetteer.nearby import TownsByLatitude
from geo.gazetteer.schema import AREA_FEATURES, SCHEMA_VERSION
from geo.paths import gazetteer_path

FEATURES = (
    "continent",
    "country",
    "admin1",
    "admin2",
    "capital",
    "city",
    "village",
    "airport",
    "sea",
    "region",
    "facility",
)


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
    code: str = ""  # GeoNames' feature code where known: "PPLX" is a section of a town


# GeoNames' feature code of a section of a populated place (a city district, a neighbourhood).
SECTION = "PPLX"
# The feature code of a village given its own point (build step post_villages), not its
# community's centre: exact, like a town's.
OWN_POINT = "PPL"


PLACE_COLUMNS = "id, name, lat, lon, country, admin1, admin2, feature, population, geonameid, code"


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
        self._cache: dict[str, list[tuple[Place, int]]] = {}
        self._area_keys: dict[tuple[tuple[str, ...], bool | str], frozenset[str]] = {}
        self._by_id: dict[int, Place] = {}
        self._towns: TownsByLatitude | None = None  # (see :meth:`nearest_town`)
        try:
            version = self._db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
        except sqlite3.DatabaseError:  # not SQLite, or no meta table: a traceback before
            version = None
        if not version or str(version[0]) != str(SCHEMA_VERSION):
            raise GazetteerMissingError(
                f"gazetteer at {self.path} is out of date or damaged: run "
                "'python -m geo build-gazetteer'"
            )

    def lookup(self, name: str, demonyms: bool = False) -> list[tuple[Place, bool]]:
        """Places whose name or alternate name matches ``name``.

        Parameters
        ----------
        name : str
        demonyms : bool
            Also match the adjectives of countries and continents ("Ukrainian", "European").
            Acronyms made from long names ("UAE", "DPRK") match only a name in capitals.

        Returns
        -------
        list of (Place, bool)
            Each place once; the flag is True when ``name`` is its main name.
        """
        key = normalize(name)
        hit = self._cache.get(key)
        if hit is None:
            rows = self._db.execute(
                f"SELECT {PLACE_COLUMNS}, n.kind FROM names n JOIN places p ON p.id = n.place"
                " WHERE n.key = ?",
                (key,),
            ).fetchall()
            best: dict[int, tuple[Place, int]] = {}
            for row in rows:
                kind = row[11]
                if row[0] not in best or KIND_RANK[kind] > KIND_RANK[best[row[0]][1]]:
                    best[row[0]] = (self._remember(row[:11]), kind)
            hit = [(p, kind) for p, kind in best.values()]
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = hit
        capitals = name.isupper()  # acronyms ("UAE") match only as written in capitals
        return [
            (p, kind == MAIN)
            for p, kind in hit
            if (demonyms or kind != DEMONYM) and (capitals or kind != ACRONYM)
        ]

    def get(self, place_id: int) -> Place | None:
        """The place with this id, or None."""
        if place_id in self._by_id:
            return self._by_id[place_id]
        row = self._db.execute(
            f"SELECT {PLACE_COLUMNS} FROM places WHERE id = ?", (place_id,)
        ).fetchone()
        return self._remember(row) if row else None

    def country(self, code: str) -> Place | None:
        """The country entry for an ISO 3166-1 alpha-2 code."""
        row = self._db.execute(
            f"SELECT {PLACE_COLUMNS} FROM places WHERE feature='country' AND country=?",
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
            f"SELECT {PLACE_COLUMNS} FROM places WHERE feature='admin1' AND country=? AND admin1=?",
            (place.country, place.admin1),
        ).fetchone()
        return self._remember(row) if row else None

    def names_of(self, place: Place) -> frozenset[str]:
        """Every name key of ``place`` (main, alternate; not demonyms nor acronyms)."""
        rows = self._db.execute(
            "SELECT key FROM names WHERE place = ? AND kind IN (?, ?)", (place.id, MAIN, ALTERNATE)
        )
        return frozenset(key for (key,) in rows)

    def admin1_names(self, country: str) -> list[str]:
        """The names of a country's first-level regions, as its towns name them (``admin1``)."""
        rows = self._db.execute(
            "SELECT DISTINCT admin1 FROM places WHERE feature='admin1' AND country=? AND admin1 != ''",
            (country.upper(),),
        )
        return sorted(a for (a,) in rows)

    def towns_by_admin1(
        self, country: str, min_population: int = 0, admin1: str | None = None
    ) -> Iterator[Place]:
        """Towns of a country with their region (of one region only, when ``admin1`` is given),
        for deriving approximate region shapes."""
        only = " AND admin1 = ?" if admin1 is not None else ""
        rows = self._db.execute(
            f"SELECT {PLACE_COLUMNS} FROM places WHERE country=? AND feature IN ('city','capital')"
            f" AND admin1 != '' AND population >= ?{only}",
            (country.upper(), min_population, *([admin1] if admin1 is not None else [])),
        )
        for row in rows:
            yield Place(*row)

    def nearest_town(
        self, lat: float, lon: float, within_km: float = 30.0
    ) -> tuple[Place, float] | None:
        """The town or village nearest to a point, with its distance in km, if one lies within
        ``within_km`` (a point an analyst typed is named by it: "3 km from Wyryki")."""
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # (NaN is neither)
            return None
        lon = (lon + 180.0) % 360.0 - 180.0  # (180 is -180)
        shrink = math.cos(math.radians(lat))
        dlat = within_km / 111.0
        # near a pole every longitude may be within reach
        dlon = 180.0 if 111.0 * shrink <= within_km else within_km / (111.0 * shrink)
        # the box's longitudes, in two parts when it crosses the antimeridian
        west, east = lon - dlon, lon + dlon
        if self._towns is None:  # (read once: the table has no index on points)
            self._towns = TownsByLatitude(self._db)
        ids = self._towns.ids_in(lat - dlat, lat + dlat, west, east)
        rows = self._db.execute(
            f"SELECT {PLACE_COLUMNS} FROM places WHERE id IN (SELECT value FROM json_each(?)) "
            "ORDER BY id",
            (json.dumps(ids),),
        )

        def km_to(r: tuple) -> float:  # (flat-earth km: within a few tens of km it errs by metres)
            across = (r[3] - lon + 180.0) % 360.0 - 180.0  # the short way round
            return 111.2 * math.hypot(r[2] - lat, across * shrink)

        ranked = sorted(((km_to(r), -r[8], r) for r in rows), key=lambda t: t[:2])
        if not ranked or ranked[0][0] > within_km:
            return None
        km, _, row = ranked[0]
        return self._remember(row), km

    def country_codes(self) -> dict[str, tuple[str, int]]:
        """ISO 3166-1 alpha-2 code to (English name, numeric code), for every country."""
        return {
            a2: (name, num)
            for a2, name, num in self._db.execute("SELECT alpha2, name, numeric FROM countries")
        }

    def area_keys(self, features: tuple[str, ...], demonyms: bool = False) -> frozenset[str]:
        """The keys (see :func:`normalize`) of the main and alternate names of every place of
        these feature types (and their demonyms if asked), read once: a text can then be scanned
        for them without a query per word. ``features`` are some of :data:`AREA_FEATURES`, whose
        names the build keeps in a small table of their own (ValueError for others)."""
        keys = self._area_keys.get((features, demonyms))
        if keys is None:
            if not set(features) <= set(AREA_FEATURES):
                raise ValueError(f"'features' should be among {AREA_FEATURES}, got {features}")
            kinds = (MAIN, ALTERNATE, DEMONYM) if demonyms else (MAIN, ALTERNATE)
            rows = self._db.execute(
                "SELECT DISTINCT key FROM area_names"
                f" WHERE feature IN ({','.join('?' * len(features))})"
                f" AND kind IN ({','.join('?' * len(kinds))})",
                (*features, *kinds),
            )
            keys = self._area_keys[(features, demonyms)] = frozenset(key for (key,) in rows)
        return keys

    def area_first_words(self, features: tuple[str, ...]) -> frozenset[str]:
        """The first words of the keys of :meth:`area_keys`: a word no name of these places
        begins with cannot start one of them in a text."""
        words = self._area_keys.get((features, "first"))
        if words is None:
            words = frozenset(k.partition(" ")[0] for k in self.area_keys(features))
            self._area_keys[(features, "first")] = words
        return words

    def keys_in_country(self, country: str) -> list[str]:
        """Every name key (main and alternate names) of a country's places, each once, in key
        order. (One scan of the names for the country's place ids, read from the region index:
        a join through the key index looked up a place for each of the million names, seven
        times as long, and made the first report naming a Russian spelling wait seconds.)"""
        rows = self._db.execute(
            "SELECT key FROM names WHERE place IN (SELECT id FROM places WHERE country = ?)",
            (country,),
        )
        return sorted({key for (key,) in rows})

    def spelling_keys(
        self, countries: tuple[str, ...], min_population: int
    ) -> list[tuple[str, int]]:
        """Every main and alternate name key of the places of ``countries`` and of the towns
        elsewhere with at least ``min_population`` people, each once with the largest
        population it names: what a misspelt name is compared with (``geo.geocode.suggest``)."""
        marks = ",".join("?" * len(countries)) or "''"
        rows = self._db.execute(
            "SELECT n.key, MAX(p.population) FROM names n JOIN places p ON p.id = n.place"
            f" WHERE n.kind IN (?, ?) AND (p.country IN ({marks}) OR p.population >= ?)"
            " GROUP BY n.key",
            (MAIN, ALTERNATE, *countries, min_population),
        )
        return [(key, population or 0) for key, population in rows]

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
