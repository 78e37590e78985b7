"""A downing's aftermath told as if it were a strike: "In X, shop windows were broken by the blast
wave", "Explosions heard in X", "The fire at the depot near X was put out; nobody was hurt", or the
salvo's aim alone ("drones targeted energy sites in the X region", "launched the largest drone
attack on X so far"), at a place where the report tells an interception of those weapons that
night (the same day or the next), is that interception (its blast, its debris, its salvo), not a
strike beside it; its figures go to the interception when it has none. A strike with a hit of its own ("a drone hit a substation",
"attacked the base, damaging a ship"), with people killed or hurt, or beside another strike in the
same place stays a strike."""

from __future__ import annotations

import re

from geo.extract.draft import Draft
from geo.extract.lexicon import triggers_in
from geo.geocode import distance_km

# strike words that tell no hit: what was heard, the blast, the debris of what was downed, the
# salvo named as a whole, its aim
_NO_HIT = re.compile(
    r"(?:.*\s)?(?:explosions?|blasts?|bangs?|detonations?|debris|wreckage|fragments|"
    r"attacks?|attacked|raids?|"
    r"target(?:ed|ing|s)?|launch(?:ed|es)?|sent)",
    re.I | re.S,
)
PLACE_KM = 30.0
REGION_KM = 60.0  # a city and the region named after it ("Moscow", "the Moscow region")


def fold_aftermath(drafts: list[Draft]) -> list[Draft]:
    """The drafts without the strikes that only tell a downing's aftermath or its salvo's aim
    where the report tells the interception; their figures given to it."""
    interceptions = [d for d in drafts if d.event_type == "interception"]
    if not interceptions:
        return drafts
    strikes = [d for d in drafts if d.event_type == "strike"]
    out = []
    for d in drafts:
        target = _interception_for(d, interceptions, strikes)
        if target is None:
            out.append(d)
            continue
        if target.fatalities is None and target.injured is None:
            target.fatalities, target.injured = d.fatalities, d.injured
        if not target.category and d.category:
            target.category = d.category
    return out


def _interception_for(d: Draft, interceptions: list[Draft], strikes: list[Draft]) -> Draft | None:
    if d.event_type != "strike" or d.fatalities or d.injured:
        return None
    found = [
        i
        for i in interceptions
        if abs((i.when.day - d.when.day).days) <= 1  # the night's two days
        and (not d.category or not i.category or d.category == i.category)
        and _same_spot(d, i)
    ]
    if not found or any(s is not d and _same_spot(d, s) for s in strikes):
        return None
    if not all(_no_hit(s.text) for s in d.sentences):
        return None
    return min(found, key=lambda i: (i.geo_precision, _km(d, i)))


def _no_hit(text: str) -> bool:
    """Whether every strike word of a sentence tells no hit (none at all: figures alone)."""
    return all(_NO_HIT.fullmatch(m.group()) for t, m in triggers_in(text) if t == "strike")


def _km(a: Draft, b: Draft) -> float:
    return distance_km(a.place.lat, a.place.lon, b.place.lat, b.place.lon)


def _same_spot(a: Draft, b: Draft) -> bool:
    """The same place, a place and the region it lies in, or two points within 30 km."""
    if a.place.id == b.place.id:
        return True
    if 3 in (a.geo_precision, b.geo_precision):
        same_region = a.place.country == b.place.country and a.place.admin1 == b.place.admin1
        return same_region or _km(a, b) <= REGION_KM
    return _km(a, b) <= PLACE_KM
