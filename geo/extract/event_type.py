"""Which event word of a sentence gives a place its type when words of two types meet: an
interception in the place's clause wins over the strike words beside it; a salvo launched at a
place and brought down there is an interception, and so is a weapon flying at a place and downed
there ("drones attacking X were shot down"); so is debris of a downed weapon where it fell,
also when the sentence told the shooting down at another place ("shot down over the X region;
falling debris damaged a depot in Y"), unless the weapons' own hits are told with the debris
("drones and debris hit three districts")."""

from __future__ import annotations

import re

from geo.extract.assault_under_fire import assault_under_fire
from geo.extract.counted_assaults import assaults_counted
from geo.extract.cover_fire import fire_as_cover
from geo.extract.debris_after_place import debris_follows
from geo.extract.grouping_hits import grouping_hit_units
from geo.extract.hit_after_downing import hit_after_downing
from geo.extract.lexicon import BLASTS, Trigger
from geo.extract.own_verb_after import own_verb_after
from geo.extract.places import LIST_GAP
from geo.extract.ruin_words import BUILT
from geo.extract.salvo_count_downed import salvo_counted_down
from geo.extract.site_visits import visit_to_hit


def type_for(triggers: list[Trigger], offset: int, floor: int = 0) -> str:
    """The event word for the place at ``offset``: in its own clause (after the previous event
    place, ``floor``) an interception wins, else the word nearest before it; with none in the
    clause, the nearest in the sentence."""
    if triggers and _salvo_downed(triggers, offset):
        return "interception"  # "sent 14 attack drones at X; 10 were destroyed"
    clause = [(t, m) for t, m in triggers if floor <= m.start() < offset]
    if own := own_verb_after(triggers, offset, floor):
        if own == "strike" and _damaged_by_debris(triggers, offset):
            return "interception"  # "A grain silo in X was damaged by falling debris"
        return own  # "Huliaipole street fighting, Tuapse hit again"
    if clause:
        if _hit_despite(clause) or hit_after_downing(triggers, clause, offset):
            return "strike"  # "shot down most of the drones, but one hit a building in X"
        if _blasts_of_defence(triggers, clause[-1], offset):
            return "interception"  # "Explosions rang out in X as air defences engaged ..."
        if any(t == "interception" for t, _ in clause):
            return "interception"
        if _only_launched(triggers, clause) or _salvo_then_downed(triggers, clause, offset):
            return "interception"
        if _debris_fell(clause[0]) or _debris_goes_on(triggers, clause[0], floor):
            return "interception"
        if _downed_in_flight(triggers, clause[-1], offset):
            return "interception"
        if clause[-1][0] == "strike" and assaults_counted(clause[-1][1], offset):
            return "fighting"  # "the enemy attacked X 14 times"
        if visit_to_hit(triggers, clause[-1], offset):
            return "strike"  # "visited X, hit by a missile the day before"
        if assault_under_fire(triggers, clause[-1], offset) or fire_as_cover(
            triggers, clause[-1], offset
        ):
            return "fighting"  # "shelled X as troops pushed"; "attacked X under artillery cover"
        if clause[-1][0] == "strike" and grouping_hit_units(clause[-1][1], offset):
            return "fighting"  # "the Zapad group struck the manpower of two brigades near X"
        return clause[-1][0]
    if floor and LIST_GAP.match(triggers[0][1].string[floor:offset]):
        return type_for(triggers, floor, 0)  # "hitting Kyiv and Odesa; 45 were downed"
    following = debris_follows(triggers, offset)
    if following is not None and _debris_fell(following):
        return "interception"  # "In X, south of the capital, falling debris damaged a school"
    types = {t for t, m in triggers if not _across_semicolon(m, offset)}
    if "interception" in types and "strike" in types:
        return "interception"
    before = [(t, m) for t, m in triggers if m.start() < offset]
    chosen = before[-1] if before else min(triggers, key=lambda t: abs(t[1].start() - offset))
    if _debris_fell(chosen) and _opens_sentence(chosen[1], offset):
        return "interception"  # "In Odesa, drone debris set fire to a house"
    if chosen[0] == "strike" and (
        assaults_counted(chosen[1], offset) or grouping_hit_units(chosen[1], offset)
    ):
        return "fighting"  # "attacked X and Y 14 times"; "near X, destroying 90 servicemen"
    return chosen[0]


def topic_type(triggers: list[Trigger], types: list[str]) -> str:
    """The type of a sentence with no place of its own, told of its paragraph's or its city's
    place ("Falling debris smashed windows in a school in the Kyivskyi district"): an
    interception when one is told or when it opens on debris that fell, else its first word's."""
    if "interception" in types or (triggers and _debris_fell(triggers[0])):
        return "interception"
    return types[0]


def _across_semicolon(word: re.Match[str], offset: int) -> bool:
    """Whether a semicolon parts the word from the place at ``offset``: another clause's word
    ("Hits were registered in X; downed drone wreckage fell in Y")."""
    start, end = sorted((word.start(), offset))
    return ";" in word.string[start:end]


def _salvo_downed(triggers: list[Trigger], offset: int) -> bool:
    """A salvo sent at the place and then counted brought down, with no hit told after the
    count ("... 25 were shot down, but one hit a high-rise" is the clause rules' to weigh)."""
    end = salvo_counted_down(triggers[0][1].string, offset)
    return end is not None and not any(t == "strike" and m.start() >= end for t, m in triggers)


# a hit set against a downing before it: "but", "while", "however", "the rest", "still"
_AGAINST = re.compile(r"(?i)\b(?:but|while|whereas|however|though|although|yet|still|the\s+rest)\b")


def _hit_despite(clause: list[Trigger]) -> bool:
    """Whether the clause's last event word is a hit set against a downing told before it in
    the sentence ("Air defences shot down most of the drones, but one hit a building in X")."""
    last = clause[-1]
    downs = [m for t, m in clause if t == "interception" and m.end() <= last[1].start()]
    return (
        last[0] == "strike"
        and bool(downs)
        and bool(_AGAINST.search(last[1].string, downs[-1].end(), last[1].start()))
    )


# blasts heard at a place, then the air defence at work there: "as", "while", "when" it engaged,
# or its work told after a semicolon ("Explosions in X during the alert; air defence was working")
_AS_DEFENCE = re.compile(
    r"(?i)[^.;]{0,60}?(?:\b(?:as|while|when)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?|[;:]\s*(?:the\s+)?)$"
)


# the air defence told at work in the next clause, with no event word between: a comma, a dash or
# a colon after the place ("Explosions in Lviv, the air defence is working", "Blasts in Sumy —
# air defence at work")
_DEFENCE_AT_WORK = re.compile(
    r"(?i)[^.;:,—–]{0,25}?\s*(?:[,;:]|\s[—–-])\s*(?:the\s+)?air[\s-]defen[cs]es?\s+(?:(?:forces|"
    r"units|systems)\s+)?(?:(?:is|are|was|were)\s+(?:still\s+|also\s+)?)?(?:working|active|"
    r"at\s+work|operating|in\s+action|engaged)\b"
)


def _blasts_of_defence(triggers: list[Trigger], word: Trigger, offset: int) -> bool:
    """Whether the place's event word is blasts heard there, the air defence then told at work
    with no hit between ("Explosions rang out in Dnipro as air defences engaged missiles"; not
    "... as a missile hit an enterprise")."""
    if word[0] != "strike" or not BLASTS.fullmatch(word[1].group()):
        return False
    if _DEFENCE_AT_WORK.match(word[1].string, offset):
        return True  # "Explosions in Lviv, the air defence is working"
    after = [(t, m) for t, m in triggers if m.start() >= offset]
    return (
        bool(after)
        and after[0][0] == "interception"
        and bool(_AS_DEFENCE.fullmatch(word[1].string, offset, after[0][1].start()))
    )


# A place opening the sentence before the debris word: "In Odesa, drone debris ...", "In Sumy
# falling debris ..."
_OPENING = re.compile(r"\W*(?:in|at|near|over|outside)\s+(?:the\s+)?", re.I)
_HEADS_CLAUSE = re.compile(
    r"[\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s*,?\s*(?:(?!(?:where|which|when)\b)[\w-]+\s+){0,2}"
)


def _opens_sentence(word: re.Match, offset: int) -> bool:
    """Whether the place at ``offset`` opens the sentence and the word follows it in the same
    clause ("In Odesa, drone debris ...", not "in Kyiv, where debris and drones fell")."""
    return bool(
        _OPENING.fullmatch(word.string, 0, offset)
        and _HEADS_CLAUSE.fullmatch(word.string, offset, word.start())
    )


_LAUNCH = re.compile(r"(?i)launch|fired|sent|attacked|targeted")
_AIMED = re.compile(r"(?i)attacked|targeted")
# harm told in the sentence: the salvo's "attacked" or "targeted" was then also a hit; another
# speaker's word on the downing ("X's navy said its drones attacked Y; the fleet said every boat
# had been destroyed"): two accounts, the attack one side's claim
_HARM = re.compile(r"(?i)\b(?:kill|injur|wound|hurt|dead|died|damag|destr\w+\s+(?:a|an|the)\s)")
_SPEAKER = re.compile(r"(?i)\b(?:said|says|claimed|claims|reported|according\s+to)\b")
# the salvo named as a whole ("the largest drone attack of the war"), not a hit
_SALVO = re.compile(r"(?i)attacks?|strikes?|raids?|attacked")
_DEBRIS = re.compile(r"(?i)debris|wreckage|fragments?")
# what "attacked" hit when an object follows it before the place ("attacked an oil depot in X":
# a strike on the depot, not a salvo named at the town, "attacked Moscow")
_TARGET = re.compile(
    rf"(?i)\b(?:{BUILT}|refiner(?:y|ies)|substations?|terminals?|airfields?|air\s*bases?|ports?|"
    r"stations?|facilit(?:y|ies)|infrastructure|vehicles?|trains?|ships?|vessels?|boats?|"
    r"positions?|targets?|farms?|silos?|elevators?|tanks?)\b"
)
# the weapons' own hits told with the debris: "drones and debris hit", "drone hits and falling
# debris", "debris and drones fell"
_HITS = r"(?:drones?|UAVs?|missiles?|rockets?|shells?|bombs?|hits?|strikes?|impacts?)"
_HITS_BEFORE = re.compile(rf"(?i)\b{_HITS}\s+(?:and|&)\s+(?:[\w-]+\s+)?$")
_HITS_AFTER = re.compile(rf"(?i)\s+(?:and|&)\s+(?:[\w-]+\s+)?{_HITS}\b")
# a verb sharing the subject of the clause before: "debris set fire to a depot in the X district
# and damaged two homes in Y"
_SAME_SUBJECT = re.compile(r"\s*(?:[\w-]+\s*)?,?\s*(?:and|as\s+well\s+as)\s+(?:also\s+)?", re.I)


def _debris_fell(word: Trigger) -> bool:
    """ "Drone debris fell on Shostka": what was brought down fell there, an interception (with
    the shooting down told at this place or another), unless the weapons' own hits are told with
    the debris ("drones and debris hit six districts": strikes)."""
    m = word[1]
    return bool(
        _DEBRIS.fullmatch(m.group())
        and not _HITS_BEFORE.search(m.string, 0, m.start())
        and not _HITS_AFTER.match(m.string, m.end())
    )


# the debris as the agent of the harm told after the place: "... was damaged by the debris of a
# drone brought down", "... were hurt by falling wreckage", also after the passive's time or
# manner ("was damaged at about 03:10 by falling debris", "was badly damaged overnight by ...")
_BY_DEBRIS = re.compile(
    r"(?i)(?:\s+(?!by\b)[\w:'’-]+){0,4}?\s+by\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$"
)


def _damaged_by_debris(triggers: list[Trigger], offset: int) -> bool:
    """Whether the place's own verb after it is harm done by debris: "The elevator in X was
    damaged by the debris of a drone brought down" (an interception there, as debris that fell)."""
    after = [w for w in triggers if w[1].start() >= offset][:2]
    return (
        len(after) == 2
        and _debris_fell(after[1])
        and bool(_BY_DEBRIS.fullmatch(after[1][1].string, after[0][1].end(), after[1][1].start()))
    )


def _debris_goes_on(triggers: list[Trigger], first: Trigger, floor: int) -> bool:
    """ "falling debris set fire to a depot in X and damaged two homes in Y": the clause of Y
    opens on a verb whose subject is the debris of the clause before."""
    text = first[1].string
    if not floor or not _SAME_SUBJECT.fullmatch(text, floor, first[1].start()):
        return False
    debris = [k for k, w in enumerate(triggers) if w[1].start() < floor and _debris_fell(w)]
    return bool(debris) and all(
        t == "strike" for t, _ in triggers[debris[-1] : triggers.index(first)]
    )


# a weapon named with the participle of its flight at the place ("drones attacking X", "missiles
# targeting Y", "Shaheds hit over Z"), the subject of a shooting down after the place: "... were
# shot down" (not "Drones hit X, and two were downed near Y": another clause, other drones)
_FLYING = re.compile(r"(?i)\b(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|Gerans?)\s+$")
_THEN_DOWNED = re.compile(
    r"(?i)(?:(?!(?:and|but|while|whereas|as|after|before|then|more|others?|rest|\d+|one|two|"
    r"three|four|five|six|seven|eight|nine|ten)\b)[\w'’-]+\s+){1,5}?"
    r"(?:was|were|(?:had|has|have)\s+been)\s+(?:all\s+|later\s+|quickly\s+)?"
)


def _downed_in_flight(triggers: list[Trigger], word: Trigger, offset: int) -> bool:
    """ "Drones attacking Vinnytsia were shot down", "missiles targeting X were destroyed": the
    strike word before the place tells the weapon's flight; the weapon was brought down there."""
    kind, m = word
    if kind != "strike" or not _FLYING.search(m.string, 0, m.start()):
        return False
    after = next(((t, w) for t, w in triggers if w.start() >= offset), None)
    return (
        after is not None
        and (after[0] == "interception" or after[1].group().lower() == "destroyed")
        and _THEN_DOWNED.fullmatch(m.string, offset, after[1].start()) is not None
    )


def _only_launched(triggers: list[Trigger], clause: list[Trigger]) -> bool:
    """ "Russia launched 75 drones at Kyiv; 74 of them were destroyed", "drones attacked the X
    region; 9 of them were destroyed": the place a salvo was launched at (or attacked, or
    targeted, with no one harmed), with no hit told (the salvo may be called an attack), is where
    it was intercepted."""
    word = clause[-1][1]
    aimed = _AIMED.fullmatch(word.group()) is not None
    return (
        _LAUNCH.match(word.group()) is not None
        and not (aimed and _HARM.search(word.string))
        and any(
            t == "interception" and not (aimed and _SPEAKER.search(m.string, word.end(), m.start()))
            for t, m in triggers
            if m.start() > word.start()
        )
        and all(
            t != "strike" or _LAUNCH.match(m.group()) or _SALVO.fullmatch(m.group())
            for t, m in triggers
        )
    )


def _salvo_then_downed(triggers: list[Trigger], clause: list[Trigger], offset: int) -> bool:
    """ "During a drone attack on Odesa, debris of a downed drone damaged a warehouse", "In a
    massive attack on Kyiv, air defence shot down 40 drones", "drones attacked Moscow, the mayor
    said, adding that 19 were shot down as they approached the city": the place named only as
    the salvo's target, then only its downing or the debris of it told, no hit of its own."""
    if not all(t == "strike" and _SALVO.fullmatch(m.group()) for t, m in clause):
        return False
    last = clause[-1][1]
    gap = min(offset, last.end() + 120)  # (the object right after the verb)
    if last.group().lower() == "attacked" and _TARGET.search(last.string, last.end(), gap):
        return False  # "drones attacked an oil depot in X ... 5 were shot down": a strike
    after = [(t, m) for t, m in triggers if m.start() >= offset]
    if not after or not (after[0][0] == "interception" or _debris_fell(after[0])):
        return False
    if last.group().lower() == "attacked" and _across_semicolon(after[0][1], offset):
        return False  # "its sea drones attacked X; the fleet said every boat was destroyed"
    debris = next((m.start() for t, m in after if _debris_fell((t, m))), None)
    harm = [h.start() for h in _HARM.finditer(after[0][1].string, offset)]  # "killed two"
    return all(
        debris is not None and start >= debris
        for start in [*harm, *(m.start() for t, m in after if t == "strike")]
    )
