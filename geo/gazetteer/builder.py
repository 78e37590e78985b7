"""Build the gazetteer file from the installed source packages (set-up only, never at run time)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from geo.gazetteer import (
    airports,
    aliases,
    city_districts,
    geonames,
    katottg,
    katottg_former,
    outlines,
    post_villages,
    postal,
    regions,
)
from geo.gazetteer.collect import Builder, write
from geo.gazetteer.index import Gazetteer
from geo.gazetteer.schema import SCHEMA_VERSION
from geo.paths import DATA_DIR, gazetteer_path

CITY_FILES = (500, 1000, 5000, 15000)
# What the build adds to the codifier's settlements, placed by code: their former names, their
# cities' districts, the villages' real points from the post offices.
_SETTLEMENT_STEPS: tuple[Callable[[Builder, dict[str, tuple[int, str]]], object], ...] = (
    katottg_former.add_former_names,
    city_districts.add_city_districts,
    post_villages.add_real_points,
)


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
    if min_population not in CITY_FILES:
        raise ValueError(
            f"'min_population' should be one of 500, 1000, 5000 or 15000, got {min_population!r} "
            "instead"
        )
    path = Path(path) if path else gazetteer_path()
    b = Builder()
    gn = geonames.load(min_population)
    geonames.add_continents(b, gn.continents)
    info = geonames.country_info()
    land = outlines.landmasses()
    by_country: dict[str, list[dict]] = {}
    for city in gn.cities.values():
        by_country.setdefault(city["countrycode"], []).append(city)
    centres = {code: regions.mean_point(towns) for code, towns in by_country.items()}
    capital_of = geonames.add_countries(b, gn.countries, info, land, centres)
    admin1_name, county_of = regions.admin_names(gn.cities)
    # Group towns by region first: the region's display name depends on the state matched.
    members = regions.group_by_admin1(gn.cities, admin1_name)
    states = regions.csc_states(members)
    display = {
        key: regions.display_region(key[1], states.get(key), towns)
        for key, towns in members.items()
    }

    def region_of(city: dict) -> str:
        raw = admin1_name.get((city["countrycode"], city["admin1code"]), "")
        return display.get((city["countrycode"], raw), raw)

    capitals = geonames.capital_ids(gn.cities, capital_of)
    codes = geonames.feature_codes()
    codes |= geonames.uncoded_districts(gn.cities, codes)
    counties = geonames.add_towns(b, gn.cities, capitals, region_of, county_of, codes)
    regions.add_regions(b, members, states, display)
    regions.add_counties(b, counties)
    placed = katottg.add_settlements(b)
    for step in _SETTLEMENT_STEPS:
        step(b, placed)
    postal.add_post_towns(b)
    geonames.add_macroregions(b, gn.countries, info, land)
    airports.add_airports(b)
    aliases.add_aliases(b, DATA_DIR / "aliases.csv", strict=min_population == min(CITY_FILES))
    b.countries = geonames.country_table(gn.countries)
    write(b, path, {"schema": str(SCHEMA_VERSION), "min_population": str(min_population)})
    return Gazetteer(path).stats()
