"""A village written with the region or district it lies in ("the village of X in the Valuyki
district", "X, Belgorod Oblast", "near X and Y in the Kursk region") lies there. The context
rounds only weigh the region named (``W_NAMED_REGION``); when the gazetteer has the name only
elsewhere (a namesake 500 km away, or an airfield of that name), the namesake won, and the event
went with it to another region or country. As a last check on the choice, as for an
encyclopedia's defining sentence (``defining``): the best candidate inside the region named is
taken, and when none lies there the area named stands for the place ("container"): the district's
town, else the region. Only a region called one ("the Kursk region", "Belgorod Oblast", "the
Valuyki district": a bare "Ontario" or "Miss" may be anything) and only against a namesake far
from it (another country, or more than ``FAR_KM`` away: "Bilohorivka in the Donetsk region" is the
Luhansk village at the border, a writer's slip).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.gazetteer import Gazetteer, Place
from geo.geocode.candidates import TOWNS, Resolution, move_to_best, source_of
from geo.geocode.city_namesakes import CITY_OVER_VILLAGE
from geo.geocode.distance import distance_km

# "the Valuyki district": a district named after its town, the town's name before the word
_DISTRICT = re.compile(r"\s+(?:district|raion|rayon|municipality|hromada|community)\b", re.I)
# "the Kursk region village of X", "the Valuyki district village of X": the area before the village
_AREA_BEFORE = re.compile(
    r"\s+(?:region|oblast|province|district|raion|rayon)(?:['’]s)?\s+"
    r"(?:village|town|settlement|hamlet)\s+of\s+(?:the\s+)?$",
    re.I,
)
# what a mention can be put back to its region from: a settlement or a named spot, not an area
_SPOTS = (*TOWNS, "airport", "facility")
FAR_KM = 150.0  # a namesake this far from the region's or the district town's point is another
# A district's reach from its town: Ukraine's districts (raions) since 2020 span up to 150 km, their
# towns near the middle ("Pokrovske, Synelnykove district": 63 km from Synelnykove; the Pokrovske
# near Nikopol, in the same region, 130 km).
DISTRICT_KM = 80.0
# "Pokrovske hromada, Synelnykove raion": the village's community, then its district
_COMMUNITY_THEN = re.compile(r"\s+(?:hromada|community|village\s+council),\s+", re.I)


def keep_to_named_regions(
    mentions: Sequence[Resolution],
    keys: Sequence[str],
    after_name: dict[str, list[int]],
    text: str,
    gazetteer: Gazetteer,
) -> None:
    """``after_name``: by name key, the mentions that name the region right after a mention of
    the name (``after_names.regions_after_names``, a list's trailing region shared). A mention
    whose place lies outside every region so named takes its best candidate inside one, else the
    district's town or the region itself; so does the area named before the village ("the Kursk
    region village of X")."""
    by_end = {r.end: j for j, r in enumerate(mentions)}
    districts_after = _districts_after_communities(mentions, keys, text)
    for i, m in enumerate(mentions):
        place = m.place
        if place is None or place.feature not in _SPOTS or m.cue == "region":
            continue
        named = list(after_name.get(keys[i], ())) + districts_after.get(keys[i], [])
        if before := _AREA_BEFORE.search(text, max(0, m.start - 60), m.start):
            named += [by_end[before.start()]] if before.start() in by_end else []
        # a city's district is a section of it ("Odesa's Kyivskyi district"), not its district
        districts = place.population < CITY_OVER_VILLAGE
        regions, points = _named(mentions, named, text, gazetteer, districts)
        if not regions:
            continue
        if any(lies_in(place, r) for r in regions):
            _keep_to_district(m, [p for p in points if p.feature in TOWNS])
            continue
        if not all(_far(place, p) for p in points):
            continue
        inside = [c for c in m.candidates if any(lies_in(c.place, r) for r in regions)]
        if inside:
            best = max(inside, key=lambda c: c.score)
            m.place, m.source = best.place, source_of(best.place)
        else:
            m.place, m.source = points[0], "container"


def _districts_after_communities(
    mentions: Sequence[Resolution], keys: Sequence[str], text: str
) -> dict[str, list[int]]:
    """By name key, the mentions right after a mention of the name and its community ("Pokrovske
    hromada, Synelnykove raion"): the district named for every mention of the name, as a region
    right after one is (one name, one place in a text)."""
    by_start = {r.start: j for j, r in enumerate(mentions)}
    found: dict[str, list[int]] = {}
    for m, key in zip(mentions, keys, strict=True):
        if (community := _COMMUNITY_THEN.match(text, m.end)) and community.end() in by_start:
            found.setdefault(key, []).append(by_start[community.end()])
    return found


def _named(
    mentions: Sequence[Resolution],
    named: Sequence[int],
    text: str,
    gazetteer: Gazetteer,
    districts: bool,
) -> tuple[list[Place], list[Place]]:
    """The first-level regions the mentions ``named`` stand for (a region called one, or a town
    called a district, when ``districts``: its region), and the places that stand for each (the
    region, the district's town)."""
    regions: list[Place] = []
    points: list[Place] = []
    for j in named:
        place = mentions[j].place
        if place is None:
            continue
        if place.feature == "admin1" and mentions[j].cue == "region":
            regions.append(place)
            points.append(place)
        elif districts and place.feature in TOWNS and _DISTRICT.match(text, mentions[j].end):
            region = gazetteer.admin1_of(place)
            if region is not None:
                regions.append(region)
                points.append(place)
    return regions, points


def _keep_to_district(m: Resolution, towns: Sequence[Place]) -> None:
    """A place in the region of the district named after it, but beyond the district's reach of
    its town, gives way to its best namesake within that reach, if any ("Pokrovske, Synelnykove
    district": not the Pokrovske near Nikopol the report's other places lie near)."""
    place = m.place
    if not towns or place is None or any(_within(place, t, DISTRICT_KM) for t in towns):
        return
    inside = [c for c in m.candidates if any(_within(c.place, t, DISTRICT_KM) for t in towns)]
    move_to_best(m, inside, _SPOTS)


def _within(place: Place, point: Place, km: float) -> bool:
    return (
        place.country == point.country
        and distance_km(place.lat, place.lon, point.lat, point.lon) <= km
    )


def _far(place: Place, point: Place) -> bool:
    return (
        place.country != point.country
        or distance_km(place.lat, place.lon, point.lat, point.lon) > FAR_KM
    )


def lies_in(place: Place, region: Place) -> bool:
    """Whether ``place`` lies in the first-level region ``region``."""
    return place.country == region.country and place.admin1 == region.admin1
