"""Weapon words in a role other than the weapon fired: a drone that only filmed or watched
("video from our drone is below", "footage from a reconnaissance drone shows", "drone footage",
"our drone crews recorded it") is the camera; a warplane a strike damaged on the ground
("struck the air base, damaging at least one bomber", "the strike damaged two Su-24s") is the
target; what a workshop makes or a depot stores ("a workshop assembling drones") is no weapon
fired, unlike one made elsewhere ("British-made Storm Shadow missiles") or an attack made ("made
artillery shelling"). A drone that filmed its own attack ("videos from the drones' own cameras")
and a drone seen diving stay weapons. A bare "aircraft" that neither acts nor heads a list of
arms ("hit a radar and two aircraft", "an aircraft plant") is what was hit, no force. An air
defence system or a warplane that brought weapons down ("Patriot crews intercepted both
Iskander-M missiles", "shot down by IRIS-T") is the interceptor. A gun, launcher or air defence system at the end of
a list a verb of hitting took ("destroyed more than 40 invaders, four tanks and Buk air defense
systems") is a target. Pure functions over a word's
span, for :func:`geo.weapons.fired_weapons`."""

from __future__ import annotations

import re

# what a camera gives, then "from"/"by" and the drone: "video from our drone", "footage taken by
# a reconnaissance drone", "filmed by a drone" (not "footage of a drone hitting X": the drone seen)
_CAMERA_BEFORE = re.compile(
    r"\b(?:(?:videos?|footage|images?|pictures?|photos?|stream|feed|recordings?)\s+"
    r"(?:(?:taken|filmed|shot|released|published)\s+)?|filmed\s+|recorded\s+|watched\s+)"
    r"(?:from|by)\s+(?:(?:a|an|the|our|their|its|one|another)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)
# the drone word, then what it gave or did as a camera: "drone footage", "drone operators
# filmed", "our drone crews recorded", "a drone spotted the column"
_CAMERA_AFTER = re.compile(
    r"^(?:'s|s')?\s+(?:(?:footage|videos?|feed|images|pictures)\b|(?:(?:operators?|crews?|"
    r"pilots?|teams?)\s+)?(?:filmed|recorded|watched|observed|spotted|monitored)\b)",
    re.I,
)
# the drone's own camera filmed its own attack: a weapon that filmed ("the drones' own cameras")
_OWN = re.compile(r"^(?:'s|s'|')?\s+own\b", re.I)


def films(text: str, start: int, end: int, category: str) -> bool:
    """Whether the drone named at ``text[start:end]`` only filmed or watched: the camera."""
    if category != "drone" or _OWN.match(text, end):
        return False
    return bool(_CAMERA_BEFORE.search(text, max(0, start - 80), start)) or bool(
        _CAMERA_AFTER.match(text, end)
    )


# a bare "aircraft" is a force that struck only when it acts or heads a list of arms ("its
# aircraft destroyed two boats", "tactical aircraft, drones and guns hit X"); else it is mostly
# what was hit or downed ("hit a radar and two aircraft", "no aircraft was destroyed", "no
# burned aircraft and no craters", "an aircraft plant")
_ACTS_AFTER = re.compile(
    r"(?:\s*,|\s+(?:(?:had|has|have|also|again|then)\s+){0,2}"
    r"(?:struck|hit|destroyed|bombed|attacked|sank|dropped|fired|launched|pounded|targeted)\b)",
    re.I,
)


def no_aircraft_flown(text: str, end: int, word: str) -> bool:
    """Whether a bare "aircraft" names no force that struck (:data:`_ACTS_AFTER`)."""
    return word.casefold() == "aircraft" and not _ACTS_AFTER.match(text, end, end + 40)


# a verb of damage right before the aircraft: "damaging at least one bomber", "hit two Tu-22M3s",
# "struck a Su-34 parked at X" (not "destroyed" nor "shot down": an aircraft downed in the air is
# the interception's own weapon; nor "struck by a Su-34": what hit)
_DAMAGED_BEFORE = re.compile(
    r"\b(?:damag(?:ing|ed|es|e)|hit(?:ting|s)?|struck|striking)\s+"
    r"(?:(?:at\s+least|up\s+to|as\s+many\s+as|some)\s+)?"
    r"(?:(?!(?:by|with|from|using|at|on|in)\s)[\w-]+\s+){0,2}$",
    re.I,
)


def damaged_aircraft(text: str, start: int, category: str) -> bool:
    """Whether the aircraft named at ``start`` is what a strike damaged: the target."""
    return category == "aircraft" and bool(_DAMAGED_BEFORE.search(text, max(0, start - 60), start))


# a night's count: weapons launched, shot down or intercepted
_TALLY = re.compile(
    r"\b(?:launched|shot\s+down|downed|intercepted|neutrali[sz]ed|lost\s+to)\b", re.I
)


def tally_of_kinds(text: str, families: set[str]) -> bool:
    """Whether ``text`` counts the night's weapons of two or more kinds (``families``, aircraft
    left out) launched or brought down ("407 drones and 45 missiles launched overnight; 199
    drones shot down"): a tally, which tells no strike told before it what hit."""
    return len(families - {"aircraft"}) >= 2 and _TALLY.search(text) is not None


# a weapon told as not brought down: "The Iskander-M missiles were not intercepted", "Neither
# ballistic missile was intercepted", "none of the Kinzhals was shot down" (bounded gaps)
_NOT_DOWNED = re.compile(
    r"\b(?:not|neither|none|never|n['’]t)\b[^.;:]{0,60}?\b(?:intercepted|shot\s+down|downed|"
    r"brought\s+down)\b",
    re.I,
)


def not_downed(text: str) -> bool:
    """Whether ``text`` tells weapons that were not brought down ("Neither Iskander-M was
    intercepted"): another weapon than the interception told before it, never its kind."""
    return _NOT_DOWNED.search(text) is not None


# another attack named to say when: "two days after the bomber raid", "a week before a missile
# strike", "hours after the drone attack"; the weapon word sits between the phrase and the noun
_DATING_BEFORE = re.compile(
    r"\b(?:days?|weeks?|hours?|months?|nights?)\s+(?:after|before)\s+"
    r"(?:the|a|an|that|this|last\s+\w+'s)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_DATING_AFTER = re.compile(
    r"(?:\s+and\s+[\w-]+)?\s+(?:raids?|attacks?|strikes?|barrages?|bombardments?)\b", re.I
)


def dating_attack(text: str, start: int, end: int) -> bool:
    """Whether the weapon at ``text[start:end]`` names an earlier or later attack that only
    dates the event ("Two days after the bomber raid, the SBU detonated underwater explosives
    under the bridge"): another event's weapon, not this one's."""
    return bool(_DATING_BEFORE.search(text, max(0, start - 60), start)) and bool(
        _DATING_AFTER.match(text, end)
    )


# a verb of making, storing or mending before the weapon word: "a workshop assembling drones",
# "a depot that stored glide bombs" (not where it was made, "British-made Storm Shadow
# missiles": the hyphen before the verb)
_MADE_BEFORE = re.compile(
    r"(?<![\w-])(?:assembl(?:e|ing|es|ed)|produc(?:e|ing|es|ed)|(?P<make>mak(?:e|ing|es)|made)|"
    r"build(?:ing|s)|manufactur(?:e|ing|es|ed)|repair(?:ing|s|ed)?|stor(?:e|ing|es|ed))"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# an attack "made", not a weapon made: "the enemy made artillery shelling", "made a mortar attack"
_ATTACK_MADE = re.compile(r"[\s-]*(?:shelling|strikes?|fire|attacks?|raids?)\b", re.I)


def workshop_product(text: str, start: int, end: int, word: str) -> bool:
    """Whether the weapon ``word`` at ``text[start:end]`` names what a workshop makes, stores or
    mends, not a weapon fired nor an attack made with it ("made 83 air strikes": the weapon word
    is the attack itself)."""
    m = _MADE_BEFORE.search(text[:start])
    if m is None or not m.group("make"):
        return m is not None
    return not (
        _ATTACK_MADE.match(text, end) or word.casefold().endswith(("strike", "strikes", "shelling"))
    )


# an air defence system or a warplane told as what brought weapons down: "Patriot crews
# intercepted both ballistic missiles", "IRIS-T batteries around Kyiv shot down three drones",
# "fighter jets downed 12 Shaheds", "the missiles were shot down by Patriot systems" (not "S-300
# missiles hit Kharkiv": fired at the ground, nor "its aircraft destroyed two boats": a strike)
DOWNING = r"(?:intercept(?:ed|s|ing)?|shot\s+down|shoots?\s+down|downed|brought\s+down|took\s+down)"
_DOWNS_AFTER = re.compile(
    rf"(?:\s+(?!(?:and|or|but|while|then|as|was|were|is|are|been|being)\b)[\w'’-]+){{0,3}}?\s+"
    rf"(?:(?:had|has|have|also|then|successfully|reportedly)\s+){{0,2}}{DOWNING}\b",
    re.I,
)
_BY_BEFORE = re.compile(
    rf"\b{DOWNING}\s+(?:[\w'’-]+\s+){{0,4}}?(?:by|with|using)\s+"
    r"(?:(?:an?|the|two|three|its|their|our)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_INTERCEPTORS = {"air defence missile", "aircraft"}


def intercepts(text: str, start: int, end: int, category: str) -> bool:
    """Whether the air defence system or warplane at ``text[start:end]`` is what brought the
    weapons down: the interceptor, no weapon of the interception nor of a strike."""
    if category not in _INTERCEPTORS:
        return False
    if _DOWNS_AFTER.match(text, end, end + 60):
        return True
    return bool(_BY_BEFORE.search(text, max(0, start - 70), start))


def films_or_intercepts(text: str, start: int, end: int, category: str) -> bool:
    """Whether the weapon word at ``text[start:end]`` is the camera (:func:`films`) or the
    interceptor (:func:`intercepts`): no weapon fired."""
    return films(text, start, end, category) or intercepts(text, start, end, category)


# a verb of hitting, then the list it hit, up to the weapon word: "destroyed more than 40
# invaders, four tanks and Buk air defense systems", "hit the deployment point of the Buk-M3",
# 'destroyed 77 invaders, six tanks and three "Pantsir"'. The list's words stop at what tells
# the weapon used or another clause ("with", "from", "by", "in", "shot down", "was", a verb of
# firing): "struck Kharkiv and Dnipro with S-300 missiles" keeps its weapon.
_QUOTE = "\"'“”«»‘’"
_LIST_STOP = (
    r"(?:by|with|from|using|at|in|into|near|over|on|when|after|before|while|as|which|that|who|"
    r"then|but|or|was|were|is|are|has|have|had|fired|launched|used|shot|downed|intercepted|hit|"
    r"struck|attacked|shelled|dropped)\b"
)
_LISTED_BEFORE = re.compile(
    r"\b(?:hit|struck|destroy(?:ed|s)|damaged|targeted|attacked|disabled|burn(?:ed|t)|"
    r"eliminated|liquidated|knocked\s+out)\s+"
    rf"(?:[{_QUOTE}]?(?!{_LIST_STOP})[\w'’-]+[{_QUOTE}]?,?\s+){{1,20}}[{_QUOTE}]?$",
    re.I,
)
# the weapon word acts: "... and Grad rockets hit the town", "and S-300 missiles were fired"
_ACTS_NEXT = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:was|were)\s+)?"
    r"(?:fired|hit|struck|shelled|pounded|fell|landed|launched|attacked|targeted|used)\b",
    re.I,
)


def listed_target(text: str, start: int, end: int) -> bool:
    """Whether the weapon word at ``text[start:end]`` ends a list a verb of hitting took
    (:data:`_LISTED_BEFORE`) and does not act itself (:data:`_ACTS_NEXT`): one of the things
    hit, if it names arms on the ground (the caller's test)."""
    return bool(_LISTED_BEFORE.search(text, max(0, start - 200), start)) and not _ACTS_NEXT.match(
        text, end, end + 60
    )
