"""Event words beyond the core lexicon, in the words writers other than ours use: a hit told by
what it left or what was heard (a blaze crews fought, a building gutted or engulfed in flames,
damage suffered, windows blown out, explosions heard, an impact recorded, a town hammered,
pummelled, battered or bombarded, a drone seen diving on its target, a ship sunk, a site knocked
out or put out of action); drones "taken out" or "knocked down", sea drones sunk; ground "retook"
or "won back".
And a strike word that is no attack: "hit a record", a fire put down to an earthquake."""

from __future__ import annotations

import re
from collections.abc import Iterator

from geo.extract.armed_words import ARMED
from geo.extract.first_letters import by_first_letter
from geo.extract.pattern_cues import CuedPattern, cued

# what a strike is fired with, named after a verb that alone may be figurative ("hammered")
_ARMS = (
    r"(?:artillery|rockets?|missiles?|drones?|UAVs?|bombs?|shells?|shelling|strikes|mortars?|"
    r"launchers?|(?:air|rocket|mortar|artillery|tank)\s+fire|airstrikes?|Shaheds?|MLRS|Grads?)"
)
# who fires: "Russian forces hammered X", "the enemy bombarded Y"
_FIRERS = (
    r"(?:forces|troops|army|enemy|artillery|gunners|guns|howitzers|tanks|Russians?|aircraft|jets)"
)

# weapons that kill or wound
_KILLERS = (
    r"(?:missiles?|drones?|rockets?|shells?|bombs?|UAVs?|Shaheds?|Gerans?|KABs?|Iskanders?|"
    r"munitions?|mortars?|artillery|guns|tanks?|MLRS|Grads?|FPVs?)"
)

# verbs of a heavy hit that alone may be figurative ("the scandal battered the minister")
_POUNDED = (
    r"(?:hammer(?:ed|ing|s)|pummell?(?:ed|ing|s)|batter(?:ed|ing|s)|blast(?:ed|ing)|"
    r"ravag(?:ed|ing|es)|slam(?:med|ming|s))"
)

_STRIKE = re.compile(
    r"\b(bombard(?:ed|ing|s)?|"
    # "was hammered by multiple rocket launchers", "troops hammered the town" (not "prices were
    # hammered by inflation"); "glide bombs pummelled X", "missiles battered Y"
    rf"{_POUNDED}\s+(?:[\w'’-]+\s+){{0,5}}?{_ARMS}\b|"
    rf"(?:{_FIRERS}|{_ARMS})\s+{_POUNDED}|"
    # explosions heard or recorded: "loud bangs", "detonations were heard", "an impact was
    # recorded", "missiles impacted", "a drone impact"
    r"detonations?|(?:loud|powerful|several|heavy|series\s+of|heard|hear)\s+(?:[\w-]+\s+)?bangs?|"
    # ("Impacts of the ballistic missiles were recorded in X": an air force's word for hits)
    r"impacts?\s+(?:of\s+(?:the\s+|both\s+|two\s+|three\s+)?(?:[\w-]+\s+){0,2}?)?"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:reported|recorded|registered|heard)|"
    r"(?:drones?|UAVs?|missiles?|rockets?|shells?|bombs?|KABs?|munitions?)\s+"
    r"(?:(?:had|have|has)\s+)?impact(?:s|ed)?|"
    r"(?:point|site|place|scene)s?\s+of\s+(?:the\s+)?impacts?|"
    # a fire after a hit: crews fighting it, a building engulfed, gutted, ablaze
    r"(?:battl(?:e|ed|es|ing)|fight(?:s|ing)?|fought|tackl(?:e|ed|es|ing)|extinguish(?:ed|es|ing)?|"
    r"put(?:ting)?\s+out|contain(?:ed|ing)?|douse[ds]?|dousing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fires?|blazes?|flames)|"
    r"(?:fire|blaze)s?\s+(?:broke|breaks|breaking)\s+out|engulf(?:ed|ing|s)|gutted|"
    r"(?:burst|went|going|goes)\s+(?:up\s+)?in(?:to)?\s+flames|"
    r"(?:was|were|is|are|been|left|still)\s+(?:still\s+)?(?:ablaze|burning|on\s+fire|in\s+flames|"
    r"smou?ldering)|"
    # a weapon seen going in: "footage shows the drone diving on a radar"
    r"(?:drones?|UAVs?|FPVs?|Lancets?|Shaheds?|munitions?|it|they)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:div(?:e|es|ed|ing)|dove|plung(?:e|es|ed|ing))\s+(?:on|onto|into|at)\b|"
    # damage told as a noun: "suffered heavy damage", "damage to a school was confirmed"
    r"(?:suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?|caus(?:ed|es|ing)|inflict(?:ed|s|ing)?|"
    r"report(?:ed|s|ing)?|record(?:ed|s|ing)?|assess(?:ed|es|ing)?)\s+(?:[\w-]+\s+){0,2}?"
    r"damage(?!\s+(?:to\s+)?(?:(?:the|its|their)\s+)?(?:economy|reputation|relations|ties|"
    r"trust|health|morale|prospects)\b)|"
    r"damage\s+to\s+(?:an?|the|two|three|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:buildings?|"
    r"houses?|homes?|schools?|hospitals?|blocks?|facilit(?:y|ies)|infrastructure|"
    r"substations?|warehouses?|enterprises?|depots?|vehicles?|cars?|lines?)|"
    # blast damage: "shrapnel shattered windows", "windows were blown out"
    r"(?:shatter(?:ed|ing|s)|blew\s+out|blown\s+out|smash(?:ed|ing))\s+(?:the\s+|their\s+)?"
    r"(?:[\w-]+\s+)?windows|windows\s+(?:were|was|had\s+been)\s+(?:shattered|blown\s+out|smashed)|"
    r"(?:drones?|UAVs?)\s+swarm(?:ed|ing)?|(?:was|were|been)\s+sunk|sank(?=\s+(?:an?|the)\s)|"
    # a site put out of use: "drones knocked out a substation", "put the depot out of action"
    # (not armour knocked out in a fight, nor drones "knocked out over" a place by air defence,
    # nor a boxer "knocked out in the fourth round" or "knocked out his opponent", nor drones
    # air defence "knocked out": downed; the passive "two cranes were knocked out" is left out:
    # see the README's event type rule)
    r"knock(?:ed|s|ing)?\s+out\s+(?!(?:of|in|at|on|over|above|by|during|after|before|overnight|"
    r"near|across|there|him|her|them)\b)(?!(?:[\w-]+\s+){0,3}?(?:tanks?|BMPs?|APCs?|IFVs?|"
    r"vehicles?|armou?r|opponents?|rivals?|champions?|challengers?|drones?|UAVs?|missiles?|"
    r"rockets?|Shaheds?|Gerans?|(?:aerial\s+)?targets?)\b)|"
    r"put\s+(?:[\w'’-]+\s+){0,5}?out\s+of\s+action|"
    # "drones set a unit of the refinery (X krai) on fire" (three words or fewer between: the
    # lexicon's own; not "set up a kitchen ... while sheds were on fire", "set to work where ...")
    r"(?:set|sets|setting)\s+(?!(?:[\w-]+\s+){1,3}?on\s+fire)(?!(?:up|about|to|off|out|in|aside|"
    r"back|down)\b)(?:(?!\b(?:where|which|while|when|after|was|were)\b)[^.;:!?\n]){1,60}?\son\s+fire|"
    # a weapon that killed or wounded: "Chernivtsi, where a missile killed two", "enemy guns
    # wounded a man", "a woman was killed by a drone"
    rf"{_KILLERS}\s+(?:[\w-]+\s+){{0,2}}?(?:killed|wounded|injured|hurt|maimed|kills|"
    r"wounds|injures)|(?:killed|wounded|injured|hurt|maimed)\s+by\s+(?:an?\s+|the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_KILLERS}|"
    # harm told as a noun, with the weapon it came from: "the driver suffered wounds from a
    # drone", "received shrapnel injuries in a shelling attack"
    r"(?:suffer|sustain|receiv)(?:ed|es|s|ing)?\s+(?:[\w-]+\s+){0,2}?(?:wounds|injuries)\s+"
    rf"(?:from|in|during)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?{_KILLERS}|"
    # a channel's slang for hits: "arrivals at the port", "arrivals plus a secondary detonation"
    # (not "new arrivals" of people, nor "the arrival and departure of aircraft")
    r"(?<!new\s)(?<!the\s)arrivals(?!\s+(?:of|from|hall|lounge|board)\b))\b",
    re.I,
)

# drones "taken out" over a place, as "taken down" in the lexicon; sea drones sunk ("the fleet
# sank five uncrewed boats on the approaches")
_INTERCEPTION = re.compile(
    r"\b((?:sunk|sank|sinking|sinks?)\s+(?:all\s+)?(?:[\w-]+\s+){0,2}?(?:(?:un(?:manned|crewed)|"
    r"sea|naval|surface|drone|remote-controlled)\s+)+(?:boats?|drones?|vessels?)|"
    # the passive: "an uncrewed boat had been sunk", "two sea drones were sunk"
    r"(?:(?:un(?:manned|crewed)|sea|naval|surface)\s+)+(?:boats?|drones?|vessels?)\s+"
    r"(?:was|were|(?:had|has|have)\s+been)\s+sunk|"
    # "an uncrewed surface vessel was destroyed", a warning's "UNMANNED SURFACE VESSEL DESTROYED
    # 0240 UTC" (not "sea vessels destroyed a patrol boat": an object after the verb)
    r"(?:(?:un(?:manned|crewed)|sea|naval|surface)\s+)+vessels?\s+(?:(?:was|were|(?:had|has|"
    r"have)\s+been)\s+)?destroyed(?=\s*(?:[.,;:]|$|\d|(?:about|approx\w*|near|off|on|in|at|by|"
    r"over|south|north|east|west)\b))|"
    # an attack "by uncrewed surface vessels" or drones repelled: the weapons downed
    r"(?:repell?(?:ed|ing|s)|repuls(?:ed|es|ing))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?attacks?\s+"
    r"(?:by|of|from)\s+(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|vessels|boats|missiles?)|"
    # "with air defences taking most of them out over the capital"
    r"(?:took|takes|taking|taken|take)\s+(?:most|all|many|some|\d+|[a-z]+)\s+of\s+them\s+out\b|"
    r"(?:took|takes|taking|taken|take)\s+out\s+(?:all\s+)?(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|"
    r"missiles?|rockets|Shaheds?|Gerans?|aerial\s+targets)|(?:drones?|UAVs?|missiles?|rockets?|"
    r"Shaheds?)\s+(?:was|were|(?:had|has|have)\s+been)\s+taken\s+out|"
    # "air defence knocked down (or out) drones over X", "two drones were knocked out of the
    # sky" (not "a drone knocked out a substation")
    r"knock(?:ed|s|ing)?\s+(?:down|out)\s+(?:all\s+)?(?:[\w-]+\s+){0,3}?(?:drones?|UAVs?|missiles?|rockets|"
    r"Shaheds?|Gerans?|aerial\s+targets)|(?:drones?|UAVs?|missiles?|rockets?|Shaheds?)\s+"
    r"(?:was|were|(?:had|has|have)\s+been)\s+(?:also\s+)?knocked\s+(?:down|out(?:\s+of\s+the\s+sky)?))\b",
    re.I,
)

# ground won back, whatever follows: "Balakliia, which troops retook on Thursday"
_RETAKEN = re.compile(
    r"\b(retook|retaken|retaking|(?:won|win|wins|winning)\s+back|wrest(?:ed|ing))\b", re.I
)


class Cued:
    """Patterns of one event type, each tried only on a text that holds one of its cues (stems
    every match contains, written by hand) and, when it has second cues, one of those: a
    :class:`~geo.extract.pattern_cues.CuedPattern` each (``more``: the type's other patterns)."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        cues: tuple[str, ...],
        then: tuple[str, ...] = (),
        more: tuple[tuple[re.Pattern[str], tuple[str, ...], tuple[str, ...]], ...] = (),
    ) -> None:
        self.parts = [CuedPattern(*part) for part in ((pattern, cues, then), *more)]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return iter([m for part in self.parts for m in part.finditer(text)])


# what every match of each pattern holds (lower case)
_STRIKE_CUES = (
    "bombard hammer detonat bang impact fire blaze flame engulf gutted ablaze burning smo div "
    "dove plung damage window swarm sunk sank kill wound injur hurt maim arrival knock action "
    "pummel batter blast ravag slam"
)
TRIGGERS: list[tuple[str, Cued]] = [
    ("strike", Cued(by_first_letter(_STRIKE), tuple(_STRIKE_CUES.split()))),
    (
        "interception",
        Cued(_INTERCEPTION, ("sunk", "sank", "sink", "repel", "repuls", "out", "knock", "vessel")),
    ),
    ("fighting", Cued(_RETAKEN, ("retak", "retook", "back", "wrest"))),
]

# "hit" as a success or a level reached: "the film was a hit", "exports hit a record"
_A_HIT = re.compile(
    r"\b(?:was|is|were|are|be|been|became|proved)\s+(?:a|an)\s+"
    r"(?:(?:big|huge|smash|real|instant|box-office)\s+)?$",
    re.I,
)
_LEVEL = re.compile(
    r"\w*\s+(?:(?:a|an|the|its|their|new)\s+)?(?:record|all-time|(?:\w+-)?(?:year|month)\s+"
    r"(?:high|low)|high|low|peak|milestone|headlines|shelves|jackpot|the\s+road)(?![\w-])",
    re.I,
)


# a fire or a blast with a cause that is no attack, and no weapon or attack named
_NO_WAR_CAUSE = re.compile(
    r"\b(?:earthquakes?|short[\s-]circuits?|lightning|wildfires?|forest\s+fires?|faulty\s+wiring|"
    r"gas\s+leaks?|household\s+gas|careless\w*|heatwave|(?:heavy\s+)?snow(?:fall)?|floods?|"
    r"flooding|storms?|dilapidated|disrepair|old\s+age)\b",
    re.I,
)
_NO_WAR_CAUSE = cued(_NO_WAR_CAUSE)  # (tried only on a text holding a word it needs)


def no_attack(etype: str, m: re.Match[str]) -> bool:
    """Whether the strike word ``m`` tells of no attack: "hit" as a success or a level reached,
    or a fire or a blast put down to an earthquake, a short circuit, lightning."""
    if etype not in ("strike", "interception"):
        return False  # (a storm's fallen lines are no downing: "storm winds brought down lines")
    text = m.string
    if (
        etype == "strike"
        and m.group(0).lower().startswith("hit")
        and (_A_HIT.search(text, 0, m.start()) or _LEVEL.match(text, m.start()))
    ):
        return True
    if etype == "interception" and _DEFENDED.search(text):
        return False  # ("aerial targets shot down amid snowfall": air defence at work)
    return bool(_NO_WAR_CAUSE.search(text)) and not ARMED.search(text)


_DEFENDED = re.compile(r"\b(?:targets?|air[\s-]*defen[cs]es?|aircraft|helicopters?|jets?)\b", re.I)
