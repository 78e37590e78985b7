"""A downing's aftermath told as if it were a strike: "In X, shop windows were broken by the blast
wave", "Explosions heard in X", "The fire at the depot near X was put out; nobody was hurt", or the
salvo's aim alone ("drones targeted energy sites in the X region", "launched the largest drone
attack on X so far"), at a place where the report tells an interception of those weapons that
night (the same day or the next), is that interception (its blast, its debris, its salvo), not a
strike beside it; its figures go to the interception when it has none. A strike with a hit of its
own ("a drone hit a substation", "attacked the base, damaging a ship"), with people killed or
hurt, or beside another strike in the same place stays a strike; so does a target attacked in a
town ("drones attacked an oil depot in X") beside downings told only over its whole region."""

from __future__ import annotations

import re

from geo.extract.draft import Draft
from geo.extract.lexicon import triggers_in
from geo.geocode import distance_km

# strike words that tell no hit: what was heard, the blast, the debris of what was downed ...
_AFTERMATH = re.compile(
    r"(?:.*\s)?(?:explosions?|blasts?|bangs?|detonations?|debris|wreckage|fragments)", re.I | re.S
)
# ... or the salvo named as a whole, or its aim
_SALVO = re.compile(
    r"(?:.*\s)?(?:attacks?|attacked|raids?|target(?:ed|ing|s)?|launch(?:ed|es)?|sent)", re.I | re.S
)
# the salvo named as aimed at the place itself: "the largest drone attack on Moscow" (not "an
# attack on an oil depot in X", nor "drones attacked a depot in X": a target hit there)
_AT_PLACE = re.compile(r"(?:attacks?|raids?)\s+(?:on|against)\s+(?:the\s+)?$", re.I)
_LAUNCHED = re.compile(r"launch(?:ed|es)?|sent", re.I)
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
    words = [m for s in d.sentences for t, m in triggers_in(s.text) if t == "strike"]
    if not all(_AFTERMATH.fullmatch(m.group()) or _SALVO.fullmatch(m.group()) for m in words):
        return None
    # a town's strike and the downings over its whole region: the town's only when nothing but
    # the aftermath is told there, or the salvo launched, or named as aimed at the town itself
    spot = [i for i in found if i.geo_precision != 3 or d.geo_precision == 3]
    if not spot and not all(_told_of_salvo(d, m) for m in words):
        return None
    return min(spot or found, key=lambda i: (i.geo_precision, _km(d, i)))


def _told_of_salvo(d: Draft, word: re.Match) -> bool:
    """The aftermath, the salvo's launch, or the salvo word naming the draft's place as its aim
    ("the largest drone attack on Moscow")."""
    if _AFTERMATH.fullmatch(word.group()) or _LAUNCHED.fullmatch(word.group()):
        return True
    text, mention = word.string, d.place_mention
    at = text.find(mention, word.end()) if mention else -1
    return at >= 0 and _AT_PLACE.fullmatch(text, word.start(), at) is not None


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
