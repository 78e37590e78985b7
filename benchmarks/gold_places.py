"""Where the extractor's geocoder puts each gold place of the development report sets.

Usage::

    .venv/bin/python benchmarks/gold_places.py [SET ...] [-v]

SET is a folder name under ``data/reports`` (``realstyle``, ``realstyle-heldout2`` ...); the
default is the development sets (``realstyle``, ``realstyle-heldout`` and heldout2 to heldout40).
For every town-level gold place (precision 1) of each report, the places the extractor finds in the
report's text (``geo.extract.places.find_places``, the whole text as context) are searched for a
mention of that name; the place is then

- ``within 10 km`` / ``25 km`` / ``100 km`` of the gold point,
- ``namesake``: resolved more than 100 km off, though the gazetteer holds a place of the name
  within 25 km of the gold point (the choice among namesakes is wrong),
- ``far, none near``: resolved more than 100 km off and no place of the name near the gold point
  (the gazetteer lacks the place or holds it at a wrong point),
- ``not found``: no mention of the name resolved; split by whether the text has the name at all
  (not: another spelling, or a place the text implies) and whether the gazetteer knows it.

For the places that are not within 10 km, the source of the gazetteer's nearest place of the name
is counted (GeoNames town, codifier village at its hromada's centre, US post town, alias, airport).
With ``-v`` each such place is printed with its report and distances.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from geo.extract.places import find_places  # noqa: E402
from geo.gazetteer import Gazetteer  # noqa: E402
from geo.gazetteer.index import Place  # noqa: E402
from geo.gazetteer.names import normalize  # noqa: E402
from geo.geocode import Geocoder, distance_km  # noqa: E402

DEV_SETS = ["realstyle", "realstyle-heldout"] + [f"realstyle-heldout{n}" for n in range(2, 41)]
NEAR_KM = (10.0, 25.0, 100.0)
NAMESAKE_KM = 25.0


def source(place: Place) -> str:
    """Which of the gazetteer's sources gave a place."""
    if place.feature == "airport":
        return "airport"
    if place.geonameid is not None:
        return "geonames"
    if place.feature == "village" and place.country == "UA":
        return "katottg (hromada centre)"
    if place.feature == "village" and place.country == "US":
        return "us post town"
    return "alias"


def _nearest(gazetteer: Gazetteer, name: str, lat: float, lon: float) -> tuple[float, Place | None]:
    """The gazetteer's place of that name nearest the gold point, and how far it lies."""
    found = [p for p, _ in gazetteer.lookup(name)]
    if not found:
        return float("inf"), None
    best = min(found, key=lambda p: distance_km(p.lat, p.lon, lat, lon))
    return distance_km(best.lat, best.lon, lat, lon), best


# Words after a town's name that make the gold place a facility of it ("Burshtyn thermal power
# plant", "Saratov refinery", "Engels-2 air base"): the town is what the geocoder finds.
_FACILITY = re.compile(
    r"(?:-\d+)?\s+(?:thermal|hydroelectric|nuclear|power|oil|air|tpp|hpp|npp|refinery|port|"
    r"bridge|dam|cosmodrome|plant|station|airfield|airport)\b.*$",
    re.I,
)


def gold_name(gazetteer: Gazetteer, place: str) -> str:
    """The gold place without a bracketed region ("Andriivka (Donetsk oblast)"), and without the
    facility words after its town when the gazetteer lacks the facility's own name."""
    name = place.split("(")[0].split(",")[0].strip()
    if gazetteer.lookup(name):
        return name
    return _FACILITY.sub("", name) or name


def classify(
    gazetteer: Gazetteer, text: str, hits: list, gold: dict
) -> tuple[str, float, Place | None]:
    """The class of one gold place, the resolved point's distance, the nearest namesake."""
    name = gold_name(gazetteer, gold["place"])
    key = normalize(name)
    ids = {p.id for p, _ in gazetteer.lookup(name)}
    mine = [h for h in hits if normalize(h.mention) == key or h.place.id in ids]
    nearest_km, nearest = _nearest(gazetteer, name, gold["lat"], gold["lon"])
    if not mine:
        if name.lower() not in text.lower():
            return "not found, not in the text", float("inf"), nearest  # another spelling, implied
        return (
            ("not found, name unknown" if nearest is None else "not found, name known"),
            (float("inf")),
            nearest,
        )
    km = min(distance_km(h.place.lat, h.place.lon, gold["lat"], gold["lon"]) for h in mine)
    for limit in NEAR_KM:
        if km <= limit:
            return f"within {limit:.0f} km", km, nearest
    if nearest_km <= NAMESAKE_KM:
        return "namesake", km, nearest
    return "far, none near", km, nearest


def _nearest_said(nearest: Place | None, gold: dict) -> str:
    if nearest is None:
        return "no place of the name"
    km = distance_km(nearest.lat, nearest.lon, gold["lat"], gold["lon"])
    return f"nearest of the name: {source(nearest)} {nearest.name}, {km:.0f} km"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", default=DEV_SETS)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    gazetteer = Gazetteer()
    geocoder = Geocoder(gazetteer)
    classes: Counter[str] = Counter()
    sources: Counter[str] = Counter()
    for name in args.sets:
        for gold_path in sorted((ROOT / "data" / "reports" / name).glob("*.events.json")):
            text = gold_path.with_name(gold_path.name.replace(".events.json", ".txt"))
            words = text.read_text(encoding="utf-8")
            hits = find_places(geocoder, words)
            events = json.loads(gold_path.read_text(encoding="utf-8"))["events"]
            seen = set()
            for gold in events:
                if gold.get("geo_precision") != 1 or gold["place"] in seen:
                    continue
                seen.add(gold["place"])
                cls, km, nearest = classify(gazetteer, words, hits, gold)
                classes[cls] += 1
                if cls.startswith("within 10"):
                    continue
                src = source(nearest) if nearest else "none"
                sources[f"{cls}: {src}"] += 1
                if args.verbose:
                    print(
                        f"{name}/{gold_path.stem[:-7]}: {gold['place']}: {cls}, {km:.0f} km;"
                        f" {_nearest_said(nearest, gold)}"
                    )
    total = sum(classes.values())
    print(f"{total} gold places (town level, once per report)")
    for cls, n in sorted(classes.items()):
        print(f"  {cls:28s} {n:5d}  {n / total:.3f}")
    print("gazetteer's nearest place of the name, for those not within 10 km:")
    for cls, n in sorted(sources.items()):
        print(f"  {cls:52s} {n:5d}")


if __name__ == "__main__":
    main()
