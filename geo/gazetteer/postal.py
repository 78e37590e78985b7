"""Build step, US post-office towns (npm ``zipcodes``): the small places GeoNames' towns of 500
people or more lack, as villages of their state: small towns, villages and unincorporated
communities ("Meadow Grove, Nebraska", "Tennessee Colony, Texas", "Lore City, Ohio"; pinned in
package.json).

Each ZIP code carries the name of its post office, its state and a point. The codes of one town
are one place, at the mean of their points. A town GeoNames already holds (a town of the same name
in the same state within ``SAME_TOWN_KM``) is left to it; any other is added as a ``village``: no
population is known, so, like the Ukrainian codifier's villages, it is told apart from its
namesakes by the places around it, not by its size.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from geo.gazetteer.collect import ADMIN1, COUNTRY, FEATURE, LAT, LON, Builder
from geo.gazetteer.names import normalize
from geo.paths import ROOT

CODES = ROOT / "node_modules" / "zipcodes" / "lib" / "codes.js"
STATES = ROOT / "node_modules" / "zipcodes" / "lib" / "states.js"
# A post office this near a GeoNames town of its name and state is that town.
SAME_TOWN_KM = 25.0


def read_codes(path: Path = CODES) -> dict[tuple[str, str], list[tuple[float, float]]]:
    """The points of each (town, state code), from the package's table of ZIP codes (a
    JavaScript file holding one JSON object: ``exports.codes = {...};``)."""
    if not path.is_file():
        raise FileNotFoundError(f"{path} is missing: run 'npm ci' (make setup does)")
    text = path.read_text(encoding="utf-8")
    codes, _ = json.JSONDecoder().raw_decode(text, text.index("{"))
    towns: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for row in codes.values():
        if row.get("country") == "US" and row.get("city") and row.get("state"):
            towns[(row["city"].strip(), row["state"])].append(
                (float(row["latitude"]), float(row["longitude"]))
            )
    return towns


def state_names(path: Path = STATES) -> dict[str, str]:
    """State code to state name ("NE": "NEBRASKA"), from the package's own table."""
    names = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().rstrip(",").split(":")
        if len(parts) == 2:
            name, code = (p.strip().strip("'\"") for p in parts)
            if len(code) == 2 and code.isupper() and name.isupper():
                names[code] = name
    return names


def add_post_towns(b: Builder, codes: Path = CODES, states_file: Path = STATES) -> int:
    """Add the post-office towns GeoNames' towns lack, as villages of their state (the package's
    files by default).

    Returns
    -------
    int
        How many were added.
    """
    from geo.geocode.distance import distance_km

    # The state's name as the gazetteer spells its US regions ("Nebraska").
    region = {normalize(p[ADMIN1]): p[ADMIN1] for p in b.places if p[COUNTRY] == "US" and p[ADMIN1]}
    states = {c: region.get(normalize(n), "") for c, n in state_names(states_file).items()}
    us = {p[0]: p for p in b.places if p[COUNTRY] == "US" and p[FEATURE] in ("city", "capital")}
    towns_named: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for key, place_id in b.names:
        if place_id in us:
            towns_named[(key, us[place_id][ADMIN1])].append(us[place_id])
    added = 0
    for (name, code), points in sorted(read_codes(codes).items()):
        state = states.get(code, "")
        if not state:
            continue  # territories and military post codes (AA, AE, AP)
        lat = sum(p[0] for p in points) / len(points)
        lon = sum(p[1] for p in points) / len(points)
        title = name.title() if name.isupper() else name
        if any(
            distance_km(t[LAT], t[LON], lat, lon) < SAME_TOWN_KM
            for t in towns_named.get((normalize(title), state), [])
        ):
            continue
        b.add(title, lat, lon, "US", "village", 0, admin1=state)
        added += 1
    return added
