"""Build step: places and names collected in memory, then written to SQLite in one transaction."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from geo.gazetteer.names import ALTERNATE, KIND_RANK, MAIN, is_usable_alternate, normalize
from geo.gazetteer.schema import AREA_FEATURES
from geo.output import new_file_mode

# Columns of a collected place, in the order of the ``places`` table.
ID, NAME, LAT, LON, COUNTRY, ADMIN1, ADMIN2, FEATURE, POPULATION, GEONAMEID, CODE = range(11)


class Builder:
    """Collects places and names in memory; ids are given in the order places are added."""

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
        code: str = "",
    ) -> int:
        """Add a place under its main name and its usable alternate names; return its id.
        ``code`` is GeoNames' feature code where known ("PPLX": a section of a town)."""
        place_id = len(self.places) + 1
        self.places.append(
            (
                place_id,
                name,
                lat,
                lon,
                country,
                admin1,
                admin2,
                feature,
                int(population),
                geonameid,
                code,
            )
        )
        self.add_name(place_id, name, MAIN)
        for alt in alternates:
            if alt and is_usable_alternate(alt):
                self.add_name(place_id, alt, ALTERNATE)
        return place_id

    def add_name(self, place_id: int, name: str, kind: int) -> None:
        """Index ``name`` for a place; a name already there keeps the stronger kind."""
        key = normalize(name)
        if not key:
            return
        current = self.names.get((key, place_id))
        if current is None or KIND_RANK[kind] > KIND_RANK[current]:
            self.names[(key, place_id)] = kind


def package_file(package: str, *parts: str) -> Path:
    """Path of a data file shipped inside an installed package."""
    return Path(str(resources.files(package).joinpath(*parts)))


def write(b: Builder, path: Path, meta: dict[str, str]) -> None:
    """Write the collected index to ``path``, replacing any earlier file only once complete,
    through a temporary of a random name created next to it (a fixed ``NAME.tmp`` there was
    deleted first, whoever's file it was), removed on any failure."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        _write_tables(b, tmp, meta)
        os.chmod(tmp, new_file_mode())
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_tables(b: Builder, tmp: Path, meta: dict[str, str]) -> None:
    db = sqlite3.connect(tmp)
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
        CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL,
            country TEXT, admin1 TEXT, admin2 TEXT, feature TEXT, population INTEGER,
            geonameid INTEGER, code TEXT);
        CREATE TABLE names (key TEXT, place INTEGER, kind INTEGER);
        CREATE TABLE countries (alpha2 TEXT PRIMARY KEY, name TEXT, numeric INTEGER);
        """
    )
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", b.places)
    db.executemany("INSERT INTO countries VALUES (?,?,?)", b.countries)
    db.executemany("INSERT INTO names VALUES (?,?,?)", ((k, p, m) for (k, p), m in b.names.items()))
    db.executescript(
        """
        CREATE INDEX names_key ON names(key);
        CREATE INDEX places_region ON places(country, feature, admin1);
        """
    )
    write_area_names(db)
    db.commit()
    db.close()


def write_area_names(db: sqlite3.Connection) -> None:
    """The names of areas (countries, regions, counties, seas...), one row per key, feature and
    kind: a few tens of thousands of rows that :meth:`Gazetteer.area_keys` reads in a moment,
    where joining all the names to their places took seconds in every new process."""
    marks = ",".join("?" * len(AREA_FEATURES))
    db.executescript("CREATE TABLE area_names (key TEXT, feature TEXT, kind INTEGER);")
    db.execute(
        "INSERT INTO area_names SELECT DISTINCT n.key, p.feature, n.kind"
        f" FROM names n JOIN places p ON p.id = n.place WHERE p.feature IN ({marks})",
        AREA_FEATURES,
    )
    db.execute("CREATE INDEX area_names_feature ON area_names(feature, kind)")
