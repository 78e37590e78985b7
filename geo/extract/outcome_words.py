"""An event told as a fate or an outcome (issue 16, 'no event word in its sentence'): what
befell a person or a thing, with its cause after a link word, in the words of writers far from
news (an obituary, a hospital's update, a utility's notice, a courier's, a school's): "died of
shrapnel wounds at her home in X", "hurt by a mortar round", "a line was cut by enemy fire",
"its windows were wrecked by a Shahed", "the tanker was lost on the road to an FPV drone", "was
among the victims of the night's raid". The outcome alone is no event: a cause that is armed
must follow it (a weapon, shell fragments, shrapnel, a blast, "enemy fire", an attack), so a
death after a long illness, an injury in a road accident or a roof a storm tore off make none
(a blast put down to a gas leak or "not related to the war" is `not_war`'s)."""

from __future__ import annotations

import re

from geo.extract.armed_words import CAUSE
from geo.extract.event_words import Cued
from geo.extract.pattern_cues import cued

# what befell people: "died", "was hurt", "lost his life", "suffered burns"
_TO_PEOPLE = (
    r"died|dies|passed\s+away|killed|hurt|injured|wounded|maimed|cut|burn(?:ed|t|s)|perished|"
    r"lost\s+(?:his|her|their)\s+li(?:fe|ves)|(?:among|one\s+of)\s+the\s+(?:victims|dead|killed)"
)
# what befell a thing: "wrecked", "holed", "knocked out", "left without power", "lost its roof"
_TO_THINGS = (
    r"wrecked|gutted|holed|shattered|burn(?:ed|t)\s+(?:down|out)|"
    r"lost\s+(?:power|electricity|light|water|heat(?:ing)?|gas|(?:its|their|all|most|part)\s+"
    r"(?:of\s+)?(?:its\s+|their\s+|the\s+)?(?:roofs?|windows|glazing|walls?|stock))|"
    r"(?:left\s+)?without\s+(?:power|electricity|light|water|heat(?:ing)?|gas)|"
    r"out\s+of\s+(?:service|action|order)|outages?"
)
# the word that links the outcome to its cause
_LINK = (
    r"by|from|of|in|during|after|to|when|following|amid|through|caused\s+by|due\s+to|"
    r"because\s+of|as\s+a\s+result\s+of|in\s+the\s+course\s+of"
)
_ATTACK_NOUN = r"(?:strikes?|attacks?|raids?|hits?|shelling|bombardment)"
# a word between the link and the cause, none that makes the cause a downed weapon's remains
# ("hurt when pieces of a downed drone fell": the downing's, an interception)
_BETWEEN = (
    r"(?!(?:downed|shot|intercepted|brought|destroyed|pieces|parts|debris|wreckage|fragments|"
    r"of)\b)[\w-]+\s+"
)
_OUTCOME = re.compile(
    rf"(\b(?:{_TO_PEOPLE}|{_TO_THINGS})\b"
    # (the words between: when, where, what else; within the clause)
    r"(?:\s[^.;:!?\n]{0,50}?)?"
    # (or a note's "; cause: an FPV drone")
    rf"(?:\s(?:{_LINK})\s+|\s*[;,]\s*(?:cause|reason)\s*:\s*)"
    r"(?:(?:an?|the|this|that|one|two|three|several|last\s+night['’]s|the\s+night['’]s|"
    r"yesterday['’]s|today['’]s|this\s+morning['’]s|[\w-]+['’]s)\s+)?"
    # (with the attack noun after it, "after a missile strike": that word tells the event)
    rf"(?:{_BETWEEN}){{0,3}}?{CAUSE}(?:\s+{_ATTACK_NOUN})?\b"
    # a thing lost to its cause: "the tanker was lost on the road to an FPV drone"
    rf"|\blost\b(?:\s[^.;:!?\n]{{0,50}}?)?\sto\s+(?:an?\s+|the\s+)?(?:{_BETWEEN}){{0,3}}?{CAUSE}"
    rf"(?:\s+{_ATTACK_NOUN})?\b"
    r")",
    re.I,
)

# what every match holds: an outcome's stem, then a cause's
_OUTCOME_CUES = (
    "die pass kill hurt injur wound maim cut burn perish lost among one wreck gutted holed shatter "
    "went without out outage shrapnel fragment blast"
)
_CAUSE_CUES = (
    "fire shrapnel fragment splinter blast explosion shell attack strike raid bombard missile "
    "rocket drone uav shahed geran bomb kab mortar munition artillery grad mlrs iskander fpv "
    "lancet wound injur trauma"
)
TRIGGERS: list[tuple[str, Cued]] = [
    ("strike", Cued(_OUTCOME, tuple(_OUTCOME_CUES.split()), tuple(_CAUSE_CUES.split()))),
]


# a mine or a device left behind: a blast of one is `other`, no strike ("a tractor driver was
# hurt by the explosion of an anti-tank mine"); not a drone that drops them
_MINE = re.compile(
    # (not a mortar's "mine": "wounded by a mine fragment", "mortar mines"; nor a drone's)
    r"\b(?:(?:land|anti-tank|anti-personnel)[\s-]*mines?|(?:stepped|ran|drove)\s+(?:on|over|onto)\s+"
    r"(?:an?\s+)?mine|unexploded|ordnance|explosive\s+(?:devices?|remnants|objects?|items?)|ERW|"
    r"IEDs?|tripwires?|booby[\s-]trap\w*|demin\w+|sappers?|mine[\s-]?clear\w*)\b",
    re.I,
)


def where_no_other(found: list[tuple[str, re.Match[str]]]) -> list[tuple[str, re.Match[str]]]:
    """A sentence's event words without the outcomes that hold another event word of a strike,
    a downing, fighting or a meeting (the word tells the event); an arson word inside an outcome
    is the cause's ("burned down after a drone attack", "burned down after shelling": a strike);
    an outcome of a mine's blast is `other`."""

    def inside(o: re.Match[str], m: re.Match[str]) -> bool:
        return o is not m and m.start() <= o.start() and o.end() <= m.end()

    outcomes = [m for _, m in found if m.re is _OUTCOME]
    kept = [m for m in outcomes if not any(u != "other" and inside(o, m) for u, o in found)]
    return [
        ("other" if m.re is _OUTCOME and _MINE.search(m.string) else t, m)
        for t, m in found
        if (m.re is not _OUTCOME or m in kept)
        and not (t == "other" and any(inside(m, x) for x in outcomes))
    ]


def outcome_told(text: str) -> bool:
    """Whether the text tells an outcome with its armed cause."""
    return any(True for _ in TRIGGERS[0][1].finditer(text))


def left_behind(text: str) -> bool:
    """Whether the text names a mine or a device left behind (a list's entry of the hurt is then
    no strike's toll: a deminer hurt in a field)."""
    return bool(_MINE.search(text))


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_MINE = cued(_MINE)
