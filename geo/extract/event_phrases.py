"""Event phrases of writers who tell an event without the core lexicon's words (issue 16, "no
event word in its sentence"): troops that withdrew or pulled back from a town or toward it,
infiltrate it, improved their tactical position in it, a town encircled, positional or combat
engagements near it (fighting); a weapon that flew or ploughed into a building, a barrage, salvo
or volley of fire, weapons used against a place, a building reduced to rubble (strike); air
defence or mobile fire groups at work over a region (interception); an official who arrived in a
capital, a leader who hosted another, diplomats who sat down with others (meeting). Each phrase
needs its war words: "Britain withdrew from the EU", "the train arrived in Kyiv" are none."""

from __future__ import annotations

import re

from geo.extract.event_words import Cued

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

# troops that left a place: "units withdrew from X", "the garrison pulled out of Y" (not
# "Britain withdrew from the EU": troops as the subject); read as a place's cue by roles, as
# troops driven out of it (lexicon.OUSTED)
_LEFT = r"(?:withdr(?:ew|awn|aws?|awing)|pull(?:ed|s|ing)?\s+(?:back|out)|retreat(?:ed|s|ing)?|fell\s+back)"
# (what is left is a place: "withdrew from Avdiivka", "... from the town", "... from the " at the
# end of the words before a place; not "withdrew from the talks")
_A_PLACE = (
    r"(?=\s+(?:(?:the\s+)?(?:[\w-]+\s+)?(?:town|city|village|settlement|outskirts|positions?|"
    r"area|cent(?:re|er)|district|bridgehead|pocket|salient)\b|(?-i:[A-Z])|(?:the\s+)?$))"
)
WITHDREW = (
    rf"{_TROOPS}\s+(?:[\w'’,-]+\s+){{0,6}}?{_LEFT}\s+(?:[\w-]+\s+){{0,2}}?(?:from|out\s+of)"
    # (not the noun: "the withdrawal from X in February was a blow", looking back)
    rf"{_A_PLACE}"
)

_FIGHTING = re.compile(
    r"\b("
    # "the enemy is pulling back toward X" (from X: lexicon.OUSTED)
    rf"{_TROOPS}\s+(?:[\w'’,-]+\s+){{0,6}}?{_LEFT}\s+(?:[\w-]+\s+){{0,2}}?towards?(?=\s)|"
    # "continue to infiltrate X", "improved their tactical position in X", "X is almost
    # encircled", "positional engagements near X" (not "closing in on X", "pressing on X": the
    # approach to a town, fought at the villages before it)
    r"infiltrates?|"
    r"improv(?:ed|es|ing|e)\s+(?:their|its|the)\s+tactical\s+positions?|"
    r"encircl(?:e|ed|es|ing|ement)|semi-encirclement|"
    r"(?:positional|combat|ground|infantry|armou?red|heavy|fierce)\s+engagements?)\b",
    re.I,
)

_STRIKE = re.compile(
    r"\b("
    # "a Shahed flew into the seventh floor", "an FPV drone ploughed into a minibus"
    rf"{_WEAPONS}\s+(?:[\w'’,—–-]+\s+){{0,8}}?(?:flew|ploughed|plowed|rammed|hurtled|careered|"
    r"barrell?ed)\s+into|"
    # "a missile barrage on X", "an MLRS salvo", "a barrage of cruise missiles", "volleys of rockets"
    r"(?:missile|artillery|rocket|drone|MLRS|Grad|Uragan|Smerch|HIMARS|mortar|tank|air)\s+"
    r"(?:barrages?|salvos?|salvoes|volleys?)|(?:barrages?|salvos?|salvoes|volleys?)\s+of\s+"
    r"(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|shells?|drones?|bombs?|artillery|fire|Grads?|MLRS)|"
    # "the enemy used an Iskander-M against X", "used five KABs on Y"
    # (not "used drones on Tuesday", "on the night of ...": a time)
    rf"used\s+(?:[\w-]+\s+){{0,4}}?{_WEAPONS}\s+(?:against|on(?!\s+(?:the\s+night|(?:the\s+)?"
    r"\d|(?-i:[A-Z])[a-z]+day|(?:this|that|each|every)\b)))(?=\s)|"
    # "reduced to rubble" (not "blown up": told by one side of the other's deed, or "two BMPs
    # knocked out by FPVs": vehicles lost in a ground assault are its fighting)
    r"(?:reduced|turned)\s+to\s+(?:rubble|ruins))\b",
    re.I,
)

AT_WORK = re.compile(
    r"\b("
    # "air defence was active over X", "mobile fire groups worked in the Y region"
    r"(?:air[\s-]defen[cs]es?|anti-aircraft\s+(?:guns?|units?|defen[cs]es?)|(?:mobile\s+)?fire\s+"
    r"(?:groups?|teams?)|air\s+defenders|SAM\s+units?)\s+(?:(?:units?|systems?|crews?|forces|"
    r"assets)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:still|also|"
    r"again|actively)\s+)?(?:active|working|at\s+work|in\s+action|operating)|"
    r"work(?:ed|s|ing)?|(?:went|go|goes|going)\s+into\s+action)(?=\s+(?:[\w-]+\s+){0,3}?"
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

# what every match of each pattern holds (lower case)
TRIGGERS: list[tuple[str, Cued]] = [
    (
        "fighting",
        Cued(
            _FIGHTING,
            ("toward", "infiltrate", "tactical", "encircl", "engagement"),
        ),
    ),
    (
        "strike",
        Cued(_STRIKE, (" into", "barrage", "salvo", "volley", "used", "rubble", "ruins")),
    ),
    ("interception", Cued(AT_WORK, ("defen", "fire group", "fire team"))),
    ("meeting", Cued(_MEETING, ("arriv", "host", "down with"))),
]
