"""The event vocabulary: event words by type, intentions and plans, meeting bodies, background
(what recurs, what is long past). Which of a sentence's words gives a place its type is
:mod:`geo.extract.event_type`."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from geo.extract import (
    downing_words,
    event_phrases,
    event_words,
    outcome_words,
    region_tallies,
    report_memo,
    ruin_words,
)
from geo.extract.background import YEARS_AGO
from geo.extract.colon_lists import UNDER_FIRE_LEAD
from geo.extract.downing_words import TALLY_COUNT
from geo.extract.felled_buildings import building_brought_down
from geo.extract.first_letters import by_first_letter
from geo.extract.heard_from_afar import sounds_from_afar
from geo.extract.materiel_hits import destroyed_on_ground
from geo.extract.pattern_cues import CueTable, cued, cued_triggers, read_report
from geo.extract.troop_gatherings import troops_gathering
from geo.extract.unhappened import unhappened
from geo.extract.weapon_visits import weapons_visit
from geo.extract.wording import just_before, words

if TYPE_CHECKING:
    from geo.extract.dates import When

_TRIGGERS: list[tuple[str, re.Pattern[str] | event_words.Cued]] = [
    downing_words.TRIGGER,
    (
        "fighting",
        re.compile(
            r"\b("
            # troops on the ground: "assault groups attacked the village of X with armour", "a
            # ground attack on X", "attacked in the area of X", "8 attacks in the Y direction"
            # (not troops attacking a town with drones, bombs or guns)
            r"(?:infantry|assault\s+(?:groups?|units?|detachments?)|sabotage\s+groups?|marines|"
            r"paratroopers|troops|units|soldiers)\s+(?:[\w-]+\s+){0,3}?(?:attacked|assaulted)\b"
            r"(?![^.;]{0,80}\b(?:drones?|UAVs?|missiles?|bombs?|KABs?|Shaheds?|aviation|air\s*strikes?|"
            r"artillery|shell\w*|mortars?|rockets?|MLRS|Grads?)\b)|"
            r"ground\s+(?:attacks?|assaults?|offensives?)|"
            r"attack(?:s|ed)?\s+in\s+the\s+(?:area|vicinity)\s+of|"
            r"attacks?\s+in\s+the\s+(?:[\w-]+\s+){1,2}?(?:direction|axis|sector)\b|"
            # "fought off 38 attacks" is one phrase, below: its first word alone is not taken
            r"(?:fighting|fights?|fought)(?!\s+(?:back|off)\b)|clash(?:es|ed)?|battles?|assaults?|offensive|counter-?offensive|"
            r"advanc(?:e|ed|es|ing)|captur(?:e|ed|es|ing)|recaptur(?:e|ed)|storm(?:ed|ing)|skirmish(?:es)?|"
            r"ground combat|firefights?|counter-?attack(?:s|ed|ing)?|liberat(?:e|ed|es|ing|ion)|"
            r"seiz(?:e|ed|es|ing|ure)|(?:took|taken|take|takes|taking|seized|regained|lost)\s+(?:full\s+|complete\s+|total\s+)?control|"
            # holding out: "held their ground near X"; clearing: "troops clearing a building"
            r"(?:held|hold(?:s|ing)?)\s+(?:(?:their|its|our|the)\s+)?(?:ground|lines?|positions)|"
            # counted assaults on the ground ("eight attacks near X"), a place "was taken"
            # (not "two attacks on energy sites in X": strikes on what people live by)
            rf"{TALLY_COUNT}\s+(?:enemy\s+|more\s+)?attacks(?=\s+(?:near|around|towards?|on(?!"
            r"\s+(?:[\w-]+\s+){0,2}?(?:energy|power|infrastructure|civilian|health|homes?|"
            r"settlements?|facilit(?:y|ies)|ports?|substations?|plants?|grid))"
            # (nor "eleven attacks on Huliaipole over the past day": a town's shelling counted)
            r"(?!\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:over|during|overnight|in\s+the)\b|\s*[.,;]|$))\b)\b)|"
            # ... or attacking counted in times: "the enemy attacked nine times near X"
            rf"attack(?:ed|s)?\s+(?:{TALLY_COUNT}\s+times|twice)(?=\s+(?:near|close\s+to|around|towards?)\b)|"
            r"(?:was|were|been)\s+(?:taken|captured|seized|overrun)\b"
            r"(?!\s+(?:to|into|hostage|prisoner|captive|away|off|out|ill)\b)|"
            r"clear(?:ed|ing|s)?\s+(?:[\w-]+\s+){0,3}?(?:buildings?|houses?|streets?|trenches|"
            r"blocks?|tree\s*lines?)|"
            r"(?:took|taken|retook|retaken)\s+(?:the\s+)?(?:village|town|settlement|city)|"
            r"(?:took|taken|taking|retook|retaken|retaking)\s+(?=(?-i:[A-Z]))|"
            r"push(?:ed|es|ing)?\s+(?:[\w-]+\s+){0,3}?back|regain(?:ed|s|ing)?|gain(?:s|ed|ing)?|defeated|"
            r"press(?:ed|es|ing)?\s+(?:\w+\s+)?positions|"
            # "units pressed on with attacks on the outskirts of X" (not air attacks)
            r"press(?:ed|es|ing)?\s+on\s+with\s+(?:(?!(?:air|drone|missile|rocket)\b)\w+\s+)?"
            r"(?:attacks?|assaults?|offensive)|"
            r"(?:repel(?:led|ling|s)?|repuls(?:e|ed|es|ing)|stop(?:ped|s|ping)?|halt(?:ed|s|ing)?|"
            r"thwart(?:ed|s|ing)?|foil(?:ed|s|ing)?|rebuff(?:ed|s|ing)?|(?:beat|beaten|beating|fought|"
            r"fend(?:ed)?|fight(?:s|ing)?|held|hold(?:s|ing)?|dr(?:o|i)ve|driven|driving)\s+(?:back|off))\s+(?:[\w-]+\s+){0,3}?"
            r"(?:attacks?|assaults?|counter-?attacks?|offensives?|advances?|attempts?)|"
            r"(?<!drone )(?<!missile )(?<!air )(?<!aerial )"
            # (not "an attack by Shaheds on X was repelled": the weapons downed, an interception)
            r"(?:attacks?|assaults?|advances?|attempts?)\s+(?:(?!(?:by|of)\s+(?:[\w-]+\s+)?(?:drones?|"
            r"UAVs?|Shaheds?|Gerans?|missiles?|rockets?)\b)[\w-]+\s+){0,5}?(?:were|was|had been|have been)\s+"
            r"(?:\w+\s+)?(?:repelled|repulsed|stopped|halted|beaten back|thwarted|foiled|rebuffed)|"
            r"attack(?:s|ed|ing)?\s+(?:on\s+)?(?:our|their|enemy|Ukrainian|Russian)\s+positions|"
            r"attacks?\s+towards?|attacks?\s+(?:on|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:front(?:\s*line)?|frontline|direction|axis|sector)\b|(?:troops|forces|units|infantry|soldiers|groups|marines|"
            r"paratroopers)\s+(?:\w+\s+){0,3}?[\"“]?(?:entered|reached|crossed|pushed|broke|infiltrated|"
            r"mount(?:ed|ing)\s+(?:(?!(?:drone|missile|air|rocket|artillery)\b)\w+\s+){0,2}?"
            r"(?:attacks?|assaults?|raids?)|"
            # ("forces also attacked in the Kostiantynivka direction, near X": the front's axis)
            r"(?:attacked|attack|attacking)(?=\s+(?:near|around|towards?|along|from|west|east|north|south|"
            r"in\s+the\s+(?:[\w-]+\s+){1,2}?(?:direction|axis|sector))\b))|"
            r"foothold|bridgehead|breach|breakthrough|incursion|infiltrat(?:ed|ion|ing)|"
            r"br(?:eak|oke|eaking)\s+through|(?:pushed|crossed|advanced|broke)\s+into|"
            # holding a place: "back in its hands", "under Ukrainian control", "dug in around X",
            # "a push towards X"; troops seen inside it: "troops in central X"
            r"(?:in|under)\s+[\"“']?(?:(?:its|their|his|our|full|Russian|Ukrainian|Kyiv's|Moscow's)\s+)+"
            r"(?:hands|control)|(?:dig|digs|dug|digging)\s+in|push(?:es|ed|ing)?\s+(?:on\s+)?towards?|"
            r"(?:troops|soldiers|infantry|assault\s+groups?|forces|units)\s+(?:(?!(?:hit|struck|"
            r"strikes?|shell\w*|bomb\w*|fired|launch\w*|attack\w*|drones?|missiles?)\b)[\w'-]+\s+)"
            r"{0,8}?(?:in|on)\s+(?:the\s+)?(?:central|cent(?:re|er)\s+of|heart\s+of|"
            r"(?:north|south|east|west)[\w-]*\s+(?:part|outskirts|edge)\s+of)|"
            # holding a place now: "troops now fully control X", "the fight for X"
            r"(?:now|fully|completely|entirely|effectively)\s+control(?:s|led)?(?=\s+(?-i:[A-Z]))|"
            r"(?:fight|battle|struggle)\s+for(?=\s+(?-i:[A-Z])))\b",
            re.I,
        ),
    ),
    (
        "meeting",
        re.compile(
            r"\b(meetings?|meet(?:s|ing)?|met|summit|talks|conference|negotiations|"
            # (a kind of work is no meeting: "field visits", "home visits", "site visits"; nor is
            # the writer's own trip: "no new damage since our last visit")
            r"(?<!field )(?<!field-)(?<!site )(?<!home )(?<!house )(?<!monitoring )"
            r"(?<!our )(?<!my )(?<!our last )(?<!our previous )(?<!my last )(?<!my previous )"
            r"visit(?:ed|s|ing)?|gather(?:ed|ing)|(?:trip|journey)(?=\s+to\b)|"
            # an envoy's call on a minister in a city (not "called on allies to send")
            r"called\s+on(?=(?:\s+(?!to\b)[\w'’.-]+){1,6}\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])))\b",
            re.I,
        ),
    ),
    (
        # Sabotage on the ground (no weapon fired) and a drone or missile straying into a
        # country's airspace: neither a strike nor fighting.
        "other",
        re.compile(
            r"\b(sabotag(?:e|ed|es|ing)|saboteurs?|arson|(?:burn(?:ed|t)|burning)\s+(?:out|down)|"
            r"(?:set|sets|setting)\s+alight|derail(?:ed|ing|ment|s)?|c(?:a|o)me\s+off\s+the\s+rails|"
            r"(?:agents?|partisans?|saboteurs?|activists?)\s+(?:\w+\s+){0,2}?(?:set\s+fire\s+to|"
            r"torched|blew\s+up|burn(?:ed|t)|set\s+(?:[\w-]+\s+){1,3}?(?:on\s+fire|ablaze|alight))|"
            r"(?:charges?|explosives?|explosive\s+devices?|mines?)\s+(?:was\s+|were\s+)?(?:set\s+off|"
            r"detonated|planted|exploded)\s+(?:under|beneath|on)\s+(?:the\s+|a\s+)?(?:tracks?|rails?|"
            r"railway|line|bridge|pipeline)|"
            r"(?:crossed|entered|violated|strayed)\s+(?:into\s+)?(?:[\w-]+\s+){0,2}?airspace|"
            r"airspace\s+violations?|"
            # a dam told as destroyed with no one named: "the dam at X, upstream, was destroyed"
            r"dams?\b(?=(?:[\s,]+[\w'’.-]+){0,12}?[\s,]+(?:was|were|had\s+been)\s+"
            r"(?:destroyed|breached|blown\s+(?:up|apart))(?!\s+by\b))|"
            # a vehicle on a landmine: "a tractor hit an anti-tank mine", "exploded on a landmine"
            # ("a tractor set off an anti-tank mine while ploughing")
            r"(?:hit|struck|ran\s+(?:over|onto)|drove\s+(?:over|onto)|exploded\s+on|blew\s+up\s+on|"
            r"set\s+off|triggered)\s+"
            r"(?:an?\s+)?(?:anti-tank\s+|anti-personnel\s+)?(?:land\s*)?mines?)\b",
            re.I,
        ),
    ),
    (
        "strike",
        re.compile(
            r"\b(attack(?:s|ed|ing)?|strikes?|struck|hit(?:s|ting)?|shell(?:ed|ing|s)?|bomb(?:ed|ing|s)?|"
            r"bombardment|fired|fires|launch(?:ed|es|ing)?|explod(?:ed|es|ing)|explosions?|blasts?|"
            r"destroy(?:ed|s|ing)?|damag(?:ed|ing)|"
            # a timeline's present tense: "a KAB levels a house", "a drone damages a substation";
            # "a drone crew burned a fuel truck"
            # (a verb before its object, not "radiation levels", "pays damages")
            r"(?:level(?:s|led|ed)|flatten(?:s|ed)?|damages|pounds|slams|burn(?:ed|t|s)|torched)"
            r"(?=\s+(?:into\s+)?(?:an?|the|two|three|four|five|several|\d+)\s)|(?:set|sets|setting) fire|caught fire|debris|wreckage|"
            r"(?:set|sets|setting)\s+(?:[\w-]+\s+){1,3}?(?:on\s+fire|ablaze|alight)|"
            r"fragments(?=\s+of\s+(?:an?\s+|one\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|UAVs?|"
            r"missiles?|rockets?)\b)|"
            # "UAV fragments dropped onto a plot", "a fragment fell on a roof" (not shell's)
            r"(?:(?<=UAV )|(?<=drone ))fragments?|"
            r"(?<!shell )(?<!glass )(?<!mine )fragments?(?=\s+(?:fell|dropped|landed)\b)|"
            # ("air raid alarms were sounded": a warning, not a raid)
            r"target(?:ed|ing)|targets?(?!\s+(?:over|above)\b)|pounded|raid(?:s|ed)?(?!\s+(?:alarms?|alerts?|sirens?|warnings?))|"
            r"airstrikes?|dropped|slammed|(?:let|lets|letting)\s+fall|"
            # "a jet released one over X" (not "released over the weekend")
            r"released(?=\s+(?:[\w-]+\s+){0,3}?over\s+(?-i:[A-Z]))|"
            # a channel's slang: "worked over strongpoints", "silenced a mortar crew", "an
            # Iskander arrived at a training ground"
            # (air defence that "worked over the city" was shooting down: see triggers_in)
            r"work(?:ed|ing)\s+over|silenc(?:ed|ing)|(?:Iskanders?(?:-M)?|Kinzhals?|missiles?|rockets?|"
            r"shells?|bombs?|FABs?(?:-\d+)?|Gerans?(?:-2)?|Shaheds?|Lancets?)\s+arrived|"
            # "a glide bomb fell on the hospital", "guided bombs landed on streets of X"
            # ("drone debris fell on X" is an interception's debris, read elsewhere)
            # (nor "fragments of a drone fell on X")
            r"(?<!of )(?<!of a )(?<!of an )(?<!of the )"
            r"(?:(?:avia)?bombs?|missiles?|shells?|rockets?|drones?|munitions?|charges?)\s+"
            r"(?:(?!(?:debris|wreckage|fragments|parts)\b)[\w-]+\s+){0,2}?"
            r"(?:fell|landed|crashed)\s+(?:on|onto|into|in)|"
            r"(?:came|come|comes|coming|was|were|is|are|been)\s+(?:also\s+|again\s+)?under\s+"
            r"(?:[\w-]+\s+){0,2}?(?:fire|shelling|attack)(?!\s+(?:for|over)\b)|"
            # "Ukrainian drones reached X" (not "the drones never reached X")
            r"(?:drones?|UAVs?|missiles?|rockets?)\s+(?:again\s+|also\s+)?reached|"
            r"(?:tore|torn|tearing|ripped|ripping|smashed|crashed)\s+(?:through|into|"
            # ("tore open the upper floors"; not "has torn open the Russian front")
            r"(?:open|apart)(?!\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:front|defen[cs]es|lines?)\b)))\b",
            re.I,
        ),
    ),
]
# the core's patterns of a hundred alternatives each, tried at each word start with only the
# alternatives that may begin with its letter (the same matches)
_TRIGGERS = [(t, by_first_letter(p) if isinstance(p, re.Pattern) else p) for t, p in _TRIGGERS]
# (its own pattern, read only in a sentence with "from" or "out of"); the words of a hit's traces
_OUSTED = re.compile(rf"\b(?:{event_phrases.OUSTED})", re.I)
_TRIGGERS += [("fighting", _OUSTED), *event_words.TRIGGERS]  # "cleared Russian troops from X"
_TRIGGERS += event_phrases.TRIGGERS  # words the core lacks: "units withdrew from X"
_TRIGGERS += [("strike", UNDER_FIRE_LEAD)]  # "Under fire: X, Y and Z communities"
_TRIGGERS += ruin_words.TRIGGERS + region_tallies.TRIGGERS  # a ruin alone; "In X region, 23 drones"
_TRIGGERS += outcome_words.TRIGGERS  # a fate with its cause: "died of shrapnel wounds in X"
_TRIGGERS = cued_triggers(_TRIGGERS, keep=(_OUSTED,))  # each tried where its words are
# (each part of a type's hand-cued patterns its own row: the same matches in the same order)
_TRIED = CueTable([(t, q) for t, p in _TRIGGERS for q in getattr(p, "parts", [p])])

FUTURE = words(
    "will|shall|set to|due to|expected to|expects|expected|scheduled (?:to|for)|plans? to|planned to",
    "next week|next month|tomorrow|later this week|upcoming|would",
    "due (?:in|at)|were due|is due|are due",
    # a headline's "X to chair talks"; "when the group next meets"
    "to (?:chair|host)|next (?:meets?|meeting|summit|round)",
    # "envoys are to meet in X", "talks are meant to resume in X", "were supposed to meet";
    # "no date has been set for further talks in X"
    "(?:is|are) to (?:meet|hold|resume|convene|gather|sit)|(?:meant|supposed) to|no date",
    # a schedule: "ministers meet in X on Monday", "the conference opens on Friday", "allies meet
    # in X at the end of this week", "a planned summit in X"
    r"(?:meet|opens|begins|starts|convenes)\s+(?:in\s+[^.;]{0,40}?\s+)?on\s+"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:at\s+)?the\s+end\s+of\s+(?:this|next)\s+week",
    r"planned\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|talks|visit)",
    # "as officials prepare for talks in X"
    r"prepar(?:e|es|ing)\s+for\s+(?:[\w-]+\s+){0,2}(?:summit|meeting|talks|visit|negotiations)",
)


def no_meeting(text: str, end: int, when: When | None = None) -> bool:
    """Whether the meeting at the place ending at ``end`` of the sentence is no event: one of
    years past named as background, or one still to come (its day, ``when``, after the
    publication, or a future word in the sentence, but not in a clause about the meeting that
    follows the place: "left X after a visit in which he said aid would come")."""
    if (when is not None and when.to_come) or YEARS_AGO.search(text):
        return True
    aside = _ABOUT_IT.search(text, end)
    return bool(FUTURE.search(text[: aside.start()] if aside else text))


_ABOUT_IT = words(r"(?:in|during|at|after)\s+which")

# "A ground offensive ... began on 10 May, with heavy shelling of X", "troops crossed the border
# under cover of air strikes on X": the fire that opens or covers an advance is part of it.
# Air defence as the subject of the clause before a verb: its "work" over a place is interceptions.
_AIR_DEFENCE = re.compile(r"(?i)\b(?:air[\s-]defen[cs]es?|anti-aircraft|SAMs?)\b[^.;:]*$")
_OFFENSIVE_WITH = re.compile(
    r"\b(?:offensive|incursion|counter-?offensive|assault|advance|push|crossed|moved across)\b"
    r"[^.;]*\b(?:with|under (?:the )?cover of)\s+(?:[\w-]+\s+){0,4}?$",
    re.I,
)

# Organisations that hold meetings, named as the actor of a meeting.
BODIES = re.compile(
    r"\b(NATO|G7|G20|EU|European Union|United Nations|UN Security Council|OSCE|Ramstein)\b"
)
BODIES = cued(BODIES)  # (tried only on a text holding one of its names)

_TARGET_BEFORE = just_before(
    "hit|hits|struck|strikes?|targeted|targeting|attacked", gap=r"(?:a|an|the)\s+(?:[\w-]+\s+)?"
)

THERE = re.compile(r"\b(there|the city|the town|the village)\b")
# an event word that is only blasts heard: what the air defence at work may have been
BLASTS = re.compile(r"(?i)(?:explosions?|blasts?|bangs?|detonations?)")

Trigger = tuple[str, re.Match]


def triggers_in(text: str) -> list[Trigger]:
    """The event words of a sentence, in order, each with its event type; intentions left out.
    (Asked of one sentence by several readers: each sentence is read once.)"""
    return list(_triggers_in(text))


def read_afresh(report: str = "") -> None:
    """Forget the sentences read so far (a new report, ``report``: its own repeats are what the
    cache is for; a timing of a report read twice must not take its second reading from the
    first). The cue words of pieces of ``report`` are read off one scan of it."""
    _triggers_in.cache_clear()
    read_report(report)
    report_memo.forget()  # (what other readers of a sentence keep)


@lru_cache(maxsize=4096)
def _triggers_in(text: str) -> tuple[Trigger, ...]:
    out = []
    for etype, pattern, finditer in _TRIED.tried(text):
        if pattern is _OUSTED and " from " not in text and " out of " not in text:
            continue
        for m in finditer(text):
            if unhappened(etype, m, text) or event_words.no_attack(etype, m):
                continue  # "wants to strike X", "no drone attack"; "exports hit a record"
            if etype == "fighting" and re.match(r"\s*drones?\b", text[m.end() :]):
                continue  # "combat drones" are weapons, not fighting
            if etype == "meeting" and weapons_visit(m):
                out.append(("strike", m))  # "Our Gerans visited the X air base last night"
                continue
            if etype == "meeting" and (
                _TARGET_BEFORE.search(text[: m.start()]) or troops_gathering(m)
            ):
                continue  # "missiles hit a meeting of officers": the meeting was the target
            if m.group(0).startswith("work") and _AIR_DEFENCE.search(text[: m.start()]):
                out.append(("interception", m))  # "air defence of the south worked over X"
                continue
            if etype == "interception" and (destroyed_on_ground(m) or building_brought_down(m)):
                out.append(("strike", m))  # "destroyed a Patriot system", "brought down a block"
                continue
            if etype == "strike" and _OFFENSIVE_WITH.search(text[: m.start()]):
                continue  # "an offensive began with heavy shelling of X": the offensive's
            out.append((etype, m))
    out = outcome_words.where_no_other(out)  # an outcome adds to no event word inside it
    # A word inside a longer event phrase belongs to it ("attacks" in "repelled 9 attacks").
    out = [
        (t, m)
        for t, m in out
        if not any(
            o is not m
            and o.start() <= m.start()
            and m.end() <= o.end()
            and o.end() - o.start() > m.end() - m.start()
            for _, o in out
        )
    ]
    out.sort(key=lambda t: t[1].start())
    return tuple(sounds_from_afar(text, out))  # not "shelling heard from the direction of X"
