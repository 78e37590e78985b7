"""Weapon vocabulary: looking up a system or generic word, and finding the weapons a text names
or tells were fired. The entries themselves (systems, aliases, ranges, generic words) are in
geo.weapon_entries."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from geo.textio import known_or_as_written
from geo.weapon_crews import air_defence_crew
from geo.weapon_entries import CATEGORIES, GENERIC, SYSTEMS, Weapon
from geo.weapon_of_type import of_their_type
from geo.weapon_roles import (
    damaged_aircraft,
    dating_attack,
    films_or_intercepts,
    listed_target,
    no_aircraft_flown,
    workshop_product,
)


def _key(text: str) -> str:
    return re.sub(r"[\s\-‐–]+", "-", text.strip().casefold())


_BY_NAME: dict[str, Weapon] = {}
for _w in SYSTEMS:
    for _n in (_w.name, *_w.aliases):
        if _n:
            _BY_NAME.setdefault(_key(_n), _w)


def lookup(name: str) -> Weapon | None:
    """The system called ``name`` or one of its aliases ("SCALP-EG" gives Storm Shadow)."""
    return _BY_NAME.get(_key(name))


def canonical(name: str) -> str | None:
    """The vocabulary's name for ``name``, or None when it is not a known system."""
    weapon = lookup(name)
    return weapon.name if weapon else None


def category_of(name: str | None) -> str | None:
    """Category of a named system, or of a generic word ("drones" gives "drone")."""
    if not name:
        return None
    weapon = lookup(name)
    if weapon:
        return weapon.category
    word = name.casefold().strip()
    if word in CATEGORIES:
        return word
    return GENERIC.get(word.rstrip("s")) or GENERIC.get(word)


def normalised(weapon: str | None, category: str | None) -> tuple[str | None, str | None]:
    """An imported event's weapon and category as the extractor writes them: a known system by
    the vocabulary's name ("Iskander-M" is Iskander), its category when the file gives none or
    only "missile"; a generic word ("drones") as the category with no weapon named; a category
    in the vocabulary's words ("Glide bombs" is glide bomb), invisible characters aside (U+202E
    "Shahed" is Shahed). Unknown names are kept as written."""
    name = known_or_as_written(weapon, lambda w: lookup(w) or category_of(w))
    given = known_or_as_written(category, category_of)
    cat = category_of(given) or given
    system = lookup(name) if name else None
    if system is not None:
        return system.name, cat if cat not in (None, "missile") else system.category
    if name and category_of(name):
        return None, cat or category_of(name)
    return name, cat


# an agency's slug glued to a headline's first word, in capitals ("UPDATE 2-Drones hit Sumy",
# "FACTBOX-Missiles ..."): the word starts there (not "ANTI-DRONE", not "counter-drone")
_SLUGS = ("UPDATE", "WRAPUP", "FACTBOX", "REFILE", "CORRECTED", "RPT", "REPEAT", "EXCLUSIVE")
_AFTER_SLUG = (
    r"|(?<=-)(?:"  # (the hyphen first: a cheap test at every other word-inner letter)
    + "|".join(rf"(?<=(?-i:{w})-)|(?<=(?-i:{w}) \d-)" for w in _SLUGS)
    + ")"
)


def _pattern(names: list[str], generic: list[str]) -> re.Pattern[str]:
    """One pattern for these systems' names and generic words, tried in the order given."""
    alternatives = [r"[\s\-‐–]?".join(re.escape(part) for part in n.split("-")) for n in names]
    generic_alts = [re.escape(g).replace(r"\ ", r"[\s\-]") + "s?" for g in generic]
    return re.compile(
        # (a word of its own, the second of "missile-and-drone", or glued to a wire slug)
        r"(?:(?<![\w-])|(?<=-and-)"
        + _AFTER_SLUG
        + r")(?:(?P<system>"
        + ("|".join(alternatives) or "(?!)")
        + r")s?|(?P<generic>"  # "hit by KABs", "two Iskanders": a system's plural
        + ("|".join(generic_alts) or "(?!)")
        + r"))(?![\w])",
        re.IGNORECASE,
    )


_NAMES = sorted(_BY_NAME, key=len, reverse=True)
_GENERIC_WORDS = sorted(GENERIC, key=len, reverse=True)
_MENTION = _pattern(_NAMES, _GENERIC_WORDS)
# Every name and generic word begins with a letter or digit, so a mention can only begin at a
# word start whose character is one of their first characters (case aside). At such a start
# only the names beginning with that character can match: each character has its own pattern
# with those names alone, in the same order, so it finds what _MENTION finds (the same longest-
# first choice) without trying the two hundred others at every word of the text.
_FIRSTS = sorted({n[0] for n in _NAMES} | {g[0] for g in _GENERIC_WORDS})
assert all(c.isalnum() for c in _FIRSTS), "a weapon name begins with a letter or digit"
_STARTS = re.compile(
    r"(?:(?<![\w-])|(?<=-and-)" + _AFTER_SLUG + r")[" + "".join(_FIRSTS) + "]", re.IGNORECASE
)


def _fits(first: str, ch: str) -> bool:
    return re.fullmatch(re.escape(first), ch, re.IGNORECASE) is not None


_BY_FIRST = {
    ch: _pattern(
        [n for n in _NAMES if _fits(n[0], ch)], [g for g in _GENERIC_WORDS if _fits(g[0], ch)]
    )
    for ch in {v for c in _FIRSTS for v in (c, c.lower(), c.upper())}
}


def _mentions(text: str) -> Iterator[re.Match[str]]:
    """What ``_MENTION.finditer(text)`` gives, found through the pattern of each word start's
    first character (the whole pattern for a character folded some rarer way)."""
    at = 0
    while (start := _STARTS.search(text, at)) is not None:
        pos = start.start()
        m = _BY_FIRST.get(text[pos], _MENTION).match(text, pos)
        if m is None:
            at = pos + 1
        else:
            yield m
            at = m.end()


@dataclass(frozen=True, slots=True)
class WeaponMention:
    """A weapon named in text: the system (or None for a generic word) and its category."""

    start: int
    end: int
    text: str
    weapon: str | None
    category: str


# "bomb" where no bomb was dropped: "a car bomb", "the bomb shelter", "a bomb threat"
_NOT_DROPPED_BEFORE = re.compile(
    r"\b(?:car|truck|pipe|petrol|nail|dirty|roadside|time|letter|parcel)[\s-]+$", re.I
)
_NOT_DROPPED_AFTER = re.compile(
    r"^[\s-]*(?:shelters?|squads?|disposal|threats?|scares?|proof|techn\w+|sniff\w*|maker)\b", re.I
)


# a drone that drops a bomb or a grenade is the weapon: "a quadcopter dropped a bomb on a car"
_DRONE_WORD = re.compile(r"\b(?:drones?|UAVs?|quadcopters?|copters?|FPVs?)\b", re.I)


def _no_bomb_fired(text: str, m: re.Match[str]) -> bool:
    """Whether a bare "bomb" names no weapon fired (a car bomb, a bomb shelter) or none of its
    own (the bomb a drone drops)."""
    if not m.group().casefold().startswith("bomb"):
        return False
    return bool(
        _NOT_DROPPED_BEFORE.search(text, max(0, m.start() - 12), m.start())
        or _NOT_DROPPED_AFTER.match(text[m.end() : m.end() + 20])
        or _DRONE_WORD.search(text)
    )


def find_weapons(text: str) -> list[WeaponMention]:
    """Every weapon word in ``text``, systems and generic terms, in order. (Asked of one sentence
    by several readers of a report: each text is read once until :func:`read_weapons_afresh`.)"""
    return list(_weapons_in(text))


def read_weapons_afresh() -> None:
    """Forget the texts read so far (a new report; a report timed twice must not take its
    second reading from the first)."""
    _weapons_in.cache_clear()
    _fired.cache_clear()


# a system's name that is an everyday English word too: the system only when capitalised
_PLAIN_WORDS = frozenset({"bear"})


@lru_cache(maxsize=4096)
def _weapons_in(text: str) -> tuple[WeaponMention, ...]:
    out = []
    for m in _mentions(text):
        if m.group("system"):
            if m.group("system").casefold() in _PLAIN_WORDS and m.group()[0].islower():
                continue  # "continued to bear the brunt": the verb, no Tu-95 "Bear"
            weapon = lookup(m.group("system"))
            if weapon is None:  # separators differ from the indexed form
                weapon = lookup(re.sub(r"\s", "-", m.group("system")))
            if weapon is None:
                continue
            out.append(WeaponMention(m.start(), m.end(), m.group(), weapon.name, weapon.category))
        else:
            cat = category_of(re.sub(r"[\s\-]+", " ", m.group("generic")).lower())
            if (
                cat
                and not _no_bomb_fired(text, m)
                and not no_aircraft_flown(text, m.end(), m.group())
                and not air_defence_crew(text, m.start(), m.end(), m.group())
            ):
                out.append(WeaponMention(m.start(), m.end(), m.group(), None, cat))
    return tuple(of_their_type(text, out))  # "drones of the Shahed type": the Shahed


# A system that was hit, not fired: "struck a Russian S-400 system with a Neptune", "destroyed an
# S-300 launcher": after a verb of hitting, and named as equipment.
_HIT_BEFORE = re.compile(
    r"\b(?:hit|hits|hitting|struck|strikes?|destroyed|destroys|damaged|targeted|attacked|disabled|"
    r"burned|burnt|eliminated)"
    r"\s+(?:on\s+)?(?:(?:an?|the|two|three|several|one|its|their)\s+)?"
    # "destroyed a launcher of the HIMARS", "a battery of S-300"
    r"(?:(?:launchers?|batter(?:y|ies)|radars?|systems?|complex(?:es)?|vehicles?|crews?|pieces?)"
    r"\s+of\s+(?:(?:an?|the)\s+)?)?"
    # (what it was hit by or with is no target: "hit by an M777", "struck with a HIMARS", nor
    # what it was hit in: "damaged in shelling")
    r"(?:(?!(?:by|with|from|using|at|in)\s)[\w-]+\s+){0,2}$",
    re.I,
)
# A gun or launcher hit is a target whatever follows ("a Lancet strike on a Ukrainian M777", "a
# drone hit a howitzer"); a drone or missile "destroyed" is one shot down, the interception's own
_GROUND_ARMS = {"artillery", "rocket artillery", "air defence missile"}
_EQUIPMENT_AFTER = re.compile(
    r"^\s*(?:(?:air[- ]defen[cs]e|surface-to-air|anti-aircraft)\s+)?(?:missile\s+)?"
    r"(?:systems?|launchers?|batter(?:y|ies)|radars?|complex(?:es)?|divisions?)\b",
    re.I,
)


# A weapon word that names what was hit, not what hit it: "hit drone launch sites", "struck a
# missile depot", "a workshop assembling unmanned boats".
_TARGET_AFTER = re.compile(
    r"^\s*(?:launch\s+(?:sites?|pads?|areas?|positions?|points?)|(?:production|assembly|storage)\s+"
    r"(?:sites?|lines?|facilit(?:y|ies)|workshops?|depots?|plants?)|depots?|workshops?|"
    r"factor(?:y|ies)|plants?|warehouses?|hangars?|stores?|storage\b)",
    re.I,
)
# A gun, launcher or air defence system told as what was hit, its verb after it: "HIMARS
# launchers were destroyed near X", "a Patriot launcher was hit by a Kinzhal", "an S-300 battery
# was struck", "a HIMARS launcher destroyed near X" (not "HIMARS rockets hit X", "Grad fired")
_ITS_GEAR = (
    r"(?:\s+(?:multiple\s+(?:launch\s+)?rocket\s+|missile\s+|air[- ]defen[cs]e\s+|self-propelled\s+|"
    r"artillery\s+)?"
    r"(?:launchers?|systems?|batter(?:y|ies)|howitzers?|guns?|radars?|complex(?:es)?|vehicles?))"
)
_PASSIVE_HIT = re.compile(
    rf"s?(?:{_ITS_GEAR}?\s+(?:(?:had|has|have|reportedly|also|allegedly)\s+)*(?:was|were|been)"
    rf"|{_ITS_GEAR})\s+(?:(?:reportedly|also|allegedly)\s+)?"
    r"(?:hit|struck|destroyed|damaged|disabled|eliminated|knocked\s+out)\b",
    re.I,
)


def told_hit(text: str, w: WeaponMention) -> bool:
    """Whether ``w`` is a gun, launcher or air defence system told as hit (:data:`_PASSIVE_HIT`)."""
    return w.category in _GROUND_ARMS and _PASSIVE_HIT.match(text, w.end) is not None


# "11 drone control points destroyed": a post the weapons are steered from, a target in itself
_CONTROL_AFTER = re.compile(r"^\s*control\s+(?:points?|posts?|centres?|centers?|stations?)\b", re.I)


def fired_weapons(text: str) -> list[WeaponMention]:
    """The weapons ``text`` tells were used: every weapon word except a system named as what was
    hit ("struck an S-400 system with Neptune missiles": Neptune), or a weapon word naming a
    target ("hit drone launch sites", "a workshop assembling unmanned boats", "drone control
    points destroyed"), a warplane damaged, a drone that only filmed or a raid that only dates
    the event ("days after the bomber raid", ``geo.weapon_roles``)."""
    return list(_fired(text))


# (read once for each sentence: each of a sentence's places asks for its weapons, and a sentence
# of 2,000 characters naming a drone and a town a hundred times each read 60 ms a place, a
# 1 MB paste of "a drone hit Sumy, " some 15 minutes)
@lru_cache(maxsize=4096)
def _fired(text: str) -> tuple[WeaponMention, ...]:
    found = find_weapons(text)
    fired, target_end = [], -1
    for w in found:
        hit = _HIT_BEFORE.search(text, 0, w.start)
        if (
            (hit and _hit_by_another(text, hit, w, found))
            or (hit and w.weapon and _EQUIPMENT_AFTER.match(text[w.end :]))
            or (hit and w.category in _GROUND_ARMS)
            or (_ground_arms(text, w) and listed_target(text, w.start, w.end))
            or (hit and _TARGET_AFTER.match(text[w.end :]))
            or workshop_product(text, w.start, w.end, w.text)
            or _CONTROL_AFTER.match(text[w.end :])
            or told_hit(text, w)
            or damaged_aircraft(text, w.start, w.category)  # "damaging at least one bomber"
            or dating_attack(text, w.start, w.end)  # "two days after the bomber raid"
        ):
            target_end = w.end
        elif target_end >= 0 and _SAME_PHRASE.fullmatch(text[target_end : w.start]):
            target_end = w.end  # the target's own name goes on: "HIMARS multiple rocket system"
        elif not films_or_intercepts(text, w.start, w.end, w.category):
            fired.append(w)  # (not "video from our drone", "Patriot crews intercepted")
    return tuple(fired)


def _ground_arms(text: str, w: WeaponMention) -> bool:
    """Whether ``w`` names arms on the ground, what a list hit may hold ("four tanks and Buk air
    defense systems"): a gun, launcher or air defence system, or a system named as equipment."""
    return w.category in _GROUND_ARMS or bool(w.weapon and _EQUIPMENT_AFTER.match(text[w.end :]))


# Words between a target's name and a weapon word that go on naming the target
_SAME_PHRASE = re.compile(r"(?:\s+[\w-]+){0,2}\s+")


# words joining another clause: "a missile hit the centre and drones struck a depot", "a bomb
# and struck X"
_JOINING = re.compile(r"\b(?:and|or|then|while|as|but)\b|,", re.I)


def _hit_by_another(
    text: str, m: re.Match[str], w: WeaponMention, found: list[WeaponMention]
) -> bool:
    """Whether ``w``, hit as ``m`` tells (:data:`_HIT_BEFORE`, which never reads "struck X with
    FPV drones" as a hit on them), is what another kind of weapon named right before the verb hit
    ("a Lancet hit a howitzer", "shelling hit a drone repair workshop"): the target."""
    if _JOINING.search(m.group()):
        return False
    return any(
        o.end <= m.start()
        and m.start() - o.end <= 12
        and not _JOINING.search(text, o.end, m.start())
        and o.category != "aircraft"
        and family(o.category) != family(w.category)
        for o in found
    )


def fired_arms(text: str) -> list[WeaponMention]:
    """:func:`fired_weapons` without aircraft: what struck, not what carried it ("a Su-34 base"
    or "Tu-95 bombers launched ..." give no strike's weapon)."""
    return [w for w in fired_weapons(text) if w.category != "aircraft"]


def one_missile(a: str, b: str) -> bool:
    """Whether two different categories may name one missile: a missile of no kind named
    ("missile") and a cruise or ballistic one ("Kh-59 guided missiles"; "a missile" in a title,
    "two ballistic missiles" after it)."""
    return "missile" in (a, b) and a.endswith("missile") and b.endswith("missile")


def family(category: str) -> str:
    """The kind a category is of when telling one attack's weapons apart: guns and rocket
    launchers are one shelling, a missile of any kind is a missile."""
    if category == "rocket artillery":
        return "artillery"
    return "missile" if category.endswith("missile") else category


def kinds(category: str) -> set[str]:
    """The categories a filter on ``category`` takes in: itself and its kinds ("drone" takes
    in "naval drone", "missile" every missile, "artillery" rocket artillery); casefolded."""
    want = category.casefold().strip()
    return {want} | {c for c in CATEGORIES if c.endswith(" " + want)}


def matches(weapon: str | None, category: str | None, wanted: str) -> bool:
    """Whether an event's weapon or category is what a filter asks for (aliases understood)."""
    want = canonical(wanted) or wanted
    if weapon and _key(weapon) == _key(want):
        return True
    return bool(category) and _key(str(category)) in {_key(k) for k in kinds(wanted)}
