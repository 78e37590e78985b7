"""Event phrases of writers who tell an event without the core lexicon's words (issue 16, "no
event word in its sentence"): troops that withdrew or pulled back from a town or toward it,
infiltrate it, improved their tactical position in it (or took more advantageous lines near
it, or inflicted defeat on units there: a defence ministry's idioms), a town encircled, positional or combat
engagements near it, a try to storm it, heavy combat or combat operations, progress made,
troops pushed forward near it or present in it (``ground_presence``), troops seen in footage
(``footage_advances``) (fighting); a weapon that flew or ploughed into a building, a barrage, salvo or volley of fire,
weapons used against a place, a building reduced to rubble, fire opened on a place or a town
under it, gun fire named as such, a named weapon that went off, fell or came down there, sparked
a blaze or wrecked a car, "..., striking X", a digest's clipped "drone on a minibus" (strike); air
defence or mobile fire groups at work over a region (interception); an official who arrived in a
capital, a leader who hosted another, diplomats who sat down with others (meeting). Each phrase
needs its war words: "Britain withdrew from the EU", "the train arrived in Kyiv" are none."""

from __future__ import annotations

import re

from geo.extract import (
    air_defence_acts,
    armoured_assaults,
    clipped_at,
    footage_advances,
    ground_presence,
    hit_after_downing,
    ministry_ground,
    weapon_goings,
)
from geo.extract.event_words import Cued
from geo.extract.wording import GAP_WORD

# who moves on the ground
_TROOPS = (
    r"(?:troops|forces|units|garrison|defenders|soldiers|brigades?|battalions?|army|marines|"
    r"paratroopers|infantry|enemy|occupiers|Ukrainians|Russians|groups?|we|they)"
)
_WEAPONS = (
    r"(?:drones?|UAVs?|FPVs?|Shaheds?|Gerans?|Lancets?|missiles?|rockets?|shells?|bombs?|KABs?|"
    r"FABs?(?:-\d+)?|Iskanders?(?:-M)?|Kinzhals?|Kalibrs?|Grads?|MLRS|HIMARS|Uragans?|Smerch|"
    r"munitions?|artillery|aviation|mortars?|strikes?|shelling)"
)

# troops that left a place or fell back toward one: "units withdrew from X", "the garrison
# pulled out of Y", "the enemy is pulling back toward Z" (not "Britain withdrew from the EU":
# troops as the subject); "from X" read as the place's cue by roles (:func:`left_from`), as
# troops driven out of it are (lexicon.OUSTED)
_LEFT = r"(?:withdr(?:ew|awn|aws?|awing)|pull(?:ed|s|ing)?\s+(?:back|out)|retreat(?:ed|s|ing)?|fell\s+back)"
# (what is left is a place: "withdrew from Avdiivka", "... from the town", "... from the " at the
# end of the words before a place; not "withdrew from the talks")
_A_PLACE = (
    r"(?=\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:town|city|village|settlement|outskirts|positions?|"
    r"area|cent(?:re|er)|district|bridgehead|pocket|salient)\b|(?-i:[A-Z])|(?:the\s+)?$))"
)
# (not the noun: "the withdrawal from X in February was a blow", looking back)
_WITHDREW = re.compile(
    rf"\b({_TROOPS}\s+(?:[\w'’,-]+\s+){{0,6}}?{_LEFT}\s+(?:[\w-]+\s+){{0,2}}?(?:(?:from|out\s+of)"
    rf"{_A_PLACE}|towards?(?=\s)))",
    re.I,
)
_LEFT_CUES = ("withdr", "pulled", "pulling", "pulls", "retreat", "fell back")
_LEFT_FROM = re.compile(rf"{_WITHDREW.pattern}\s+(?:the\s+)?$", re.I)


# "on the approaches to X", "on their approach to X" (not "Washington's approach to Ukraine"):
# fought or downed near X, also after "from" ("pushed back from the approaches to X")
APPROACHES = re.compile(
    rf"\b(?:approaches|(?:on|in)\s+(?:its|their|the)\s+approach)\s+to\s+(?:the\s+)?"
    rf"(?:{GAP_WORD}\s+){{0,2}}$",
    re.I,
)
# troops driven out of a place: "cleared Russian troops from", "drove the enemy out of", "pushed
# infiltration groups away from"
OUSTED = (
    r"(?:clear(?:ed|ing|s)?|dr(?:o|i)ve|driven|driving|push(?:ed|es|ing)?|expel(?:led|ling|s)?|"
    r"oust(?:ed|ing|s)?|dislodg(?:e|ed|es|ing)|kick(?:ed|ing|s)?|thr(?:e|o)w|thrown|forced)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:troops|forces|units|soldiers|infantry|fighters|enemy|groups|"
    r"infiltrators)\s+(?:out\s+of|(?:away\s+)?from)(?=\s)"
)
# ... and its place after it, or the part of its place: "from the northern blocks of X"
_OUSTED_BEFORE = re.compile(
    rf"\b{OUSTED}\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:outskirts|edges?|cent(?:re|er)|parts?|suburbs?|"
    r"blocks|approaches)\s+(?:of|to)\s+(?:the\s+)?)?$",
    re.I,
)


def ousted_from(text: str, start: int, end: int) -> bool:
    """Whether the words from ``start`` to the place at ``end`` end with troops driven out of it
    ("cleared Russian troops from", "pushed infiltration groups out of the northern blocks of")."""
    return bool(_OUSTED_BEFORE.search(text, start, end))


def left_from(before: str) -> bool:
    """Whether the words before a place end with troops leaving it ("units had withdrawn from")."""
    low = before.lower()
    return any(c in low for c in _LEFT_CUES) and bool(_LEFT_FROM.search(before))


_FIGHTING = re.compile(
    r"\b("
    # "continue to infiltrate X", "improved their tactical position in X", "X is almost
    # encircled", "positional engagements near X" (not "closing in on X", "pressing on X": the
    # approach to a town, fought at the villages before it)
    r"infiltrates?|"
    r"improv(?:ed|es|ing|e)\s+(?:their|its|the)\s+tactical\s+positions?|"
    r"encircl(?:e|ed|es|ing|ement)|semi-encirclement|"
    r"(?:positional|combat|ground|infantry|armou?red|heavy|fierce)\s+engagements?|"
    # a defence ministry's idioms: "the Yug group took more advantageous lines and positions near
    # X", "occupied more favourable positions", "inflicted defeat on formations of two brigades"
    # (troops the subject: not a party's "more favourable positions in the polls"; enemy units
    # the object: not a team's defeat of its visitors)
    rf"(?:{_TROOPS}|grouping|battle\s*group)[\"”’']?\s+(?:[\w'’\"”-]+\s+){{0,6}}?(?:took|taken|"
    r"taking|takes|take|occup(?:ied|ies|y|ying))\s+(?:up\s+)?(?:more\s+)?(?:advantageous|"
    r"favou?rable|better)\s+(?:lines|positions|ground)|"
    r"inflict(?:ed|s|ing)?\s+(?:a\s+)?(?:heavy\s+)?defeat\s+on\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:manpower|formations|units|brigades?|battalions?|regiments?|troops|forces|enemy))\b",
    re.I,
)

# ground won or held: a town "taken back", one that "changed hands" (the town the subject: not
# "a mill in X changed hands"), a side that "claims full control of" it, troops that "have
# broken into" its outskirts (what follows is the place: not "took back his words")
_TOWN_NEXT = (
    r"(?=\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|settlement|outskirts|cent(?:re|er))\b|"
    r"(?-i:[A-Z])))"
)
_GROUND_WON = re.compile(
    r"\b((?:(?:took|taken|taking|takes|take)\s+back|(?:claim(?:s|ed|ing)?|establish(?:ed|es|ing)?)"
    r"\s+(?:full\s+|complete\s+|total\s+)?control\s+(?:of|over)|(?:broken|breaking)\s+into)"
    rf"{_TOWN_NEXT}|(?<!in )(?<!at )(?<!of )(?-i:[A-Z])[\w'’-]+\s+(?:(?:has|had|have)\s+)?"
    r"(?:now\s+)?chang(?:ed|es|ing)\s+hands\b)",
    re.I,
)

# "a Shahed flew into the seventh floor", "an FPV drone ploughed into a minibus"
_INTO = re.compile(
    rf"\b({_WEAPONS}\s+(?:[\w'’,—–-]+\s+){{0,8}}?(?:flew|ploughed|plowed|rammed|hurtled|careered|"
    r"barrell?ed)\s+into)\b",
    re.I,
)
# "a missile barrage on X", "an MLRS salvo", "a barrage of cruise missiles", "volleys of rockets"
_BARRAGE = re.compile(
    r"\b((?:missile|artillery|rocket|drone|MLRS|Grad|Uragan|Smerch|HIMARS|mortar|tank|air)\s+"
    r"(?:barrages?|salvos?|salvoes|volleys?)|(?:barrages?|salvos?|salvoes|volleys?)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|shells?|drones?|bombs?|artillery|fire|Grads?|MLRS))\b",
    re.I,
)
# "the enemy used an Iskander-M against X", "used five KABs on Y" (not "used drones on
# Tuesday", "on the night of ...": a time)
_USED = re.compile(
    rf"\b(used\s+(?:[\w-]+\s+){{0,4}}?{_WEAPONS}\s+(?:against|on(?!\s+(?:the\s+night|(?:the\s+)?"
    r"\d|(?-i:[A-Z])[a-z]+day|(?:this|that|each|every)\b)))(?=\s))",
    re.I,
)
# "reduced to rubble" (not "blown up": told by one side of the other's deed, or "two BMPs
# knocked out by FPVs": vehicles lost in a ground assault are its fighting)
_RUBBLE = re.compile(r"\b((?:reduced|turned)\s+to\s+(?:rubble|ruins))\b", re.I)

AT_WORK = re.compile(
    r"\b("
    # "air defence was active over X", "mobile fire groups worked in the Y region"
    r"(?:air[\s-]defen[cs]es?|anti-aircraft\s+(?:guns?|units?|defen[cs]es?)|(?:mobile\s+)?fire\s+"
    r"(?:groups?|teams?)|air\s+defenders|SAM\s+units?)\s+(?:(?:units?|systems?|crews?|forces|"
    r"assets)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:still|also|"
    r"again|actively)\s+)?(?:active|working|at\s+work|in\s+action|operating)|"
    r"work(?:ed|s|ing)?|(?:went|go|goes|going)\s+(?:into\s+action|to\s+work))(?=\s+(?:[\w-]+\s+){0,3}?"
    r"(?:in|over|above|across|near|around)\b))",
    re.I,
)

# an official visitor: "Germany's foreign minister, Johann Wadephul, has arrived in Kyiv"
_OFFICIALS = (
    r"(?:minister|president|chancellor|premier|secretary|envoy|leader|king|pope|"
    r"commissioner|chief|speaker|senators?|officials?|counterparts?|ministers|leaders)"
)
_MEETING = re.compile(
    r"\b("
    # (not "the minister, who arrived in Kyiv in 2022 as a diplomat": a life told)
    rf"{_OFFICIALS}\b(?:[\s,]+(?!who\b|which\b|once\b|first\b)[\w'’.-]+){{0,6}}?[\s,]+"
    r"(?:has\s+|had\s+|have\s+)?(?:arrived|arrives|"
    r"arriving)\s+(?:in|at)(?=\s+(?-i:[A-Z]))|"
    # "hosted his Ukrainian counterpart", "hosts Zelensky in Paris", "diplomats sit down with
    # Americans in X" (not "consultations": the word of a visit still to come)
    # (not "Poland hosts Ukrainian refugees": a name, then where)
    rf"host(?:ed|s|ing)\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?=\s+(?:in|at)\s)|"
    rf"(?:his|her|their|its|a|the)\s+(?:[\w-]+\s+){{0,2}}?{_OFFICIALS})|"
    r"(?:sat|sit|sits|sitting)\s+down\s+with)\b",
    re.I,
)


# a try on the ground: "the enemy tried to storm X", "tried three times to storm Y", "attempted to
# push into Z" (the place read after "storm", "push into" by roles); a crossing tried on the
# ground, of a border or a river ("a sabotage group attempted to cross the border near X and was
# repelled", "infantry tried to cross the Oskil near Y"), not of an airspace
_TRIED = re.compile(
    r"\b((?:tried|trying|tries|attempt(?:ed|ing|s)?|sought|seeking|seeks)\s+(?:again\s+|"
    r"repeatedly\s+|twice\s+|(?:\w+|\d+)\s+times\s+)?to\s+(?:storm|push\s+into|"
    r"break\s+(?:into|through)|encircle|surround|"
    r"cross(?!\s+(?:into\s+)?(?:[\w'’-]+\s+){0,3}?airspace\b)))\b",
    re.I,
)
# combat named as such: "heavy combat continued around X", "combat operations near Y" (not
# "hostilities": a humanitarian report's "escalation of hostilities in X" is its title's theme)
_COMBAT = re.compile(
    r"\b((?:heavy|fierce|intense|ongoing|active|close)\s+combat|combat\s+operations)\b", re.I
)
# fire opened on a place: "enemy artillery opened fire on X"
_OPENED_FIRE = re.compile(
    r"\b(open(?:ed|s|ing)?\s+fire\s+(?:on|at)|"
    # "X once again found itself under artillery fire", "the town remained under shelling"
    r"(?:(?:found|finds)\s+(?:itself|themselves)|remain(?:s|ed)?|stay(?:s|ed)?)\s+under\s+"
    r"(?:[\w-]+\s+){0,2}?(?:fire|shelling|attack|bombardment))\b",
    re.I,
)
# a weapon that went off or came down, named by its own word: "a Shahed detonated near a bus
# stop", "KABs fell on X again" (the core's "bombs fell on" names no KAB, FAB or Shahed)
_NAMED_ARMS = (
    r"(?:drones?|UAVs?|FPVs?|Shaheds?|Gerans?(?:-2)?|Lancets?|munitions?|shells?|bombs?|KABs?|"
    r"FABs?(?:-\d+s?)?|UABs?|missiles?|rockets?|Iskanders?(?:-M)?|Kinzhals?|Kalibrs?)"
)
_WENT_OFF = re.compile(
    # (not "drone debris fell on X": an interception's, read elsewhere)
    # (nor "fragments of a drone fell on X")
    r"(?<!of )(?<!of a )(?<!of an )(?<!of the )"
    rf"\b({_NAMED_ARMS}\s+(?:(?!(?:debris|wreckage|fragments|parts)\b)[\w-]+\s+){{0,2}}?"
    # (a caption's or headline's present: "a second missile lands on the same spot")
    r"(?:detonat(?:ed|es|ing)|(?:fell|falls|landed|lands|crashed|crashes|came\s+down|comes\s+down)"
    r"\s+(?:on|onto|into|in)(?=\s)|"
    # "a Shahed sparked a blaze at a depot", "a drone wrecked a car"
    r"(?:sparked|ignited|started|triggered|wrecked|demolished)(?=\s+(?:an?|the|two|three|\d+)\s)))",
    re.I,
)
# a gun's fire named as such: "Russian mortar fire on X", "tank fire hit a house", "mortar and
# FPV fire all morning" (not a sniper's: fighting; nor fire told daily or after days of it, a
# background: "towns come under daily artillery fire", "after weeks of Ukrainian missile fire";
# nor a fire crew: "drone fire groups")
_GUNS = r"(?:mortars?|artillery|tanks?|rockets?|MLRS|cannons?|howitzers?|FPVs?|drones?|missiles?)"
_GUN_FIRE = re.compile(
    r"\b((?<!daily )(?<!days of )(?<!weeks of )(?<!months of )(?<!constant )(?<!\band )(?<!\bor )"
    r"(?:(?:Russian|Ukrainian|enemy|heavy)\s+|(?<!Russian\s)(?<!Ukrainian\s)(?<!enemy\s)"
    rf"(?<!heavy\s)){_GUNS}(?:\s+(?:and|or)\s+{_GUNS})?\s+fire)\b"
    r"(?!\s+(?:groups?|teams?|units?|crews?|brigades?|stations?|services?|departments?|control))",
    re.I,
)
# a digest's or timeline's clipped entry, the weapon and what it fell on with no verb, opening its
# cell or clause: "Ochakiv, 3 March, drone on a minibus", "| Artillery on the market", "Tue 11.03
# drones on X refinery" (not a weapon "on" a time, the front or a topic: "drones on Tuesday")
_CLIPPED_ON = re.compile(
    r"(?:^|(?<=[,:;|—–▸])|(?<=[,:;|—–▸]\s)|(?<=\s-\s)|(?<=\d\s))"
    r"((?:(?!(?:an?|the|his|her|its|our|their|of|and|or)\b)\w[\w-]*\s+){0,2}?"
    rf"(?:{_NAMED_ARMS}|artillery|mortars?|MLRS|Grads?)\s+on)"
    r"(?=\s+(?!(?:the\s+)?(?:night|morning|evening|day|weekend|front|frontline|front\s+line|"
    r"way|ground|board|patrol|duty|alert|standby|display|sale|order)\b|(?:this|that|each|every)\b|"
    r"\d|(?-i:[A-Z])[a-z]+day\b)(?:an?\s+|the\s+)?[\w'’-]+)",
    re.I,
)


def clipped_entry(text: str, start: int, end: int) -> bool:
    """Whether a clipped entry of a weapon on or at its target opens at ``start`` and ends
    before ``end`` ("drones on the central market", "two missiles at the rail depot")."""
    return bool(_CLIPPED_ON.match(text, start, end) or clipped_at.ENTRY.match(text, start, end))


# ground won: "Russian forces made marginal progress near X" (troops: not "talks made progress")
_PROGRESS = re.compile(
    rf"\b({_TROOPS}\s+(?:[\w'’-]+\s+){{0,4}}?(?:made|make|making|makes)\s+(?:[\w-]+\s+){{0,2}}?"
    r"progress)\b",
    re.I,
)
# a participle that carries the attack on to its targets: "..., striking Sumy and Konotop"
_STRIKING = re.compile(r"\b(striking)(?=\s+(?:the\s+)?(?-i:[A-Z]))")

_INTO_VERBS = ("flew", "plough", "plowed", "rammed", "hurtled", "career", "barrel")
_AT_WORK_WORDS = ("activ", "work", "action", "operat")
# each type's patterns with what every match holds (lower case), and second cues
_Part = tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]]
_PARTS: dict[str, tuple[_Part, ...]] = {
    "fighting": (
        (
            _FIGHTING,
            (
                "infiltrate",
                "tactical",
                "encircl",
                "engagement",
                "advantag",
                "favo",
                "better",
                "defeat",
            ),
            (),
        ),
        (_WITHDREW, _LEFT_CUES, ()),
        (_TRIED, ("tried", "trying", "tries", "attempt", "sought", "seek"), (" to ",)),
        (_COMBAT, ("combat",), ()),
        (_GROUND_WON, (" back", "control", " into", "hands"), ()),
        (_PROGRESS, ("progress",), ("made", "make")),
        (armoured_assaults.ARMOUR, armoured_assaults.CUES, armoured_assaults.THEN),
        (ground_presence.PRESENCE, ground_presence.CUES, ()),
        (footage_advances.FOOTAGE, footage_advances.CUES, footage_advances.THEN),
        (ministry_ground.ROUTED, ministry_ground.CUES, ministry_ground.THEN),
    ),
    "strike": (
        (_INTO, _INTO_VERBS, (" into",)),
        (_BARRAGE, ("barrage", "salvo", "volley"), ()),
        (_USED, ("used",), ("against", " on ")),
        (_RUBBLE, ("rubble", "ruins"), ("reduced", "turned")),
        (_OPENED_FIRE, ("fire", "shelling", "attack", "bombard"), ("open", "under")),
        (
            _WENT_OFF,
            (
                "detonat",
                "fell",
                "falls",
                "landed",
                "lands",
                "crashed",
                "crashes",
                "came down",
                "comes down",
                "sparked",
                "ignited",
                "started",
                "triggered",
                "wrecked",
                "demolished",
            ),
            (),
        ),
        (_GUN_FIRE, (" fire",), ()),
        (_STRIKING, ("striking",), ()),
        (weapon_goings.GOING, weapon_goings.CUES, weapon_goings.THEN),
        (_CLIPPED_ON, (" on",), ()),
        (clipped_at.AT, clipped_at.CUES, clipped_at.THEN),
        (hit_after_downing.RECORDED, hit_after_downing.CUES, hit_after_downing.THEN),
    ),
    "interception": (
        (AT_WORK, ("defen", "fire group", "fire team"), _AT_WORK_WORDS),
        (air_defence_acts.ACTS, air_defence_acts.CUES, air_defence_acts.THEN),
    ),
    "meeting": ((_MEETING, ("arriv", "host", "down with"), ()),),
}
TRIGGERS: list[tuple[str, Cued]] = [
    (t, Cued(*parts[0], more=parts[1:])) for t, parts in _PARTS.items()
]
