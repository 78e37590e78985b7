"""Places a sentence names beside its event without anything happening there (extras32).

- where an advance or a salvo came from: "pushed toward X from the direction of Y" (Y is where
  the troops set out, not where they fought);
- a body's seat ("our team, based in Dnipro since 2022") and the seat of a document or an appeal: "the Flash Appeal, launched in Kyiv in January", "a
  statement released in Geneva", "the declaration signed in Vilnius" (an appeal is launched, no
  weapon: the word is no strike);
- an earlier attack told as the yardstick of the news, a stretch of weeks or more before it: "the
  raid came five weeks after a missile strike on central Sumy", "a month after the bombing of
  X", "earlier raids on the Burshtyn plant", "previous attacks on Y" (not "earlier on Tuesday";
  not "two days after": a day's lag is often the same week's news, which writers do record);
- the share of a total over many places: "41 civilians killed this week across the country,
  most of them in the Donetsk and Kharkiv regions";
- where the weapons are made: "many of them built at the Alabuga plant in Tatarstan" (extras39).
"""

from __future__ import annotations

import re

from geo.extract.depictions import STRUCK
from geo.extract.pattern_cues import cued
from geo.extract.wording import GAP_WORD

_GAP = rf"(?:the\s+)?(?:{GAP_WORD}\s+){{0,3}}"

# "from the direction of Toretsk", "out of the direction of X"
_FROM_DIRECTION = rf"\b(?:from|out\s+of)\s+the\s+directions?\s+of\s+{_GAP}$"

# a body's or a team's seat: "our team, based in Dnipro since 2022", "headquartered in Kyiv"
_SEAT = rf"\b(?:based|headquartered)\s+in\s+{_GAP}$"
# a document or an appeal and the place it was issued at
_DOCUMENT = (
    r"(?:appeal|campaign|programme|program|initiative|fund|plan|statement|declaration|"
    r"communiqu[eé]|resolution|memorandum|report|bulletin|update|assessment|decree|petition)"
)
_ISSUED_IN = (
    rf"\b{_DOCUMENT}s?\b[^.;:]{{0,30}}?\b(?:launched|issued|released|published|signed|adopted|"
    rf"unveiled|presented)\s+(?:(?:on|last)\s+\w+\s+)?(?:in|at|from)\s+{_GAP}$"
)

_ATTACK = r"(?:attacks?|strikes?|raids?|bombings?|shelling|bombardments?|assaults?)"
# "five weeks after a missile strike on", "a year after an attack that killed 20 in"
_WEEKS_AFTER = (
    r"\b(?:weeks?|months?|years?|fortnight)\s+(?:after|since)\s+(?:a|an|the)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_ATTACK}\b(?:[^.;,]{{0,40}}?)\s+(?:on|in|at|near|of|against)\s+{_GAP}$"
)
# "earlier raids on", "previous attacks on", "last year's strike on"
_EARLIER = (
    r"\b(?:earlier|previous|prior|past|last\s+(?:year|month)['’]s)\s+(?:[\w-]+\s+){0,2}?"
    rf"{_ATTACK}\s+(?:on|in|at|near|against)\s+{_GAP}$"
)
# what the news answers: "a response to attacks on X", "in retaliation for the shelling of Y"
_ANSWERED = (
    r"\b(?:response|reply|retaliation|revenge|answer)\s+(?:to|for)\s+(?:[\w'’-]+\s+){0,3}?"
    rf"{_ATTACK}\b(?:[^.;,]{{0,40}}?)\s+(?:on|in|at|near|of|against)\s+{_GAP}$"
)
# a campaign of weeks as the news's backdrop: "weeks of strikes on energy sites in X"
_WEEKS_OF = (
    rf"\b(?:weeks|months|years)\s+of\s+(?:[\w-]+\s+){{0,2}}?{_ATTACK}\b(?:[^.;,]{{0,40}}?)\s+"
    rf"(?:on|in|at|near|of|against)\s+{_GAP}$"
)
# what is done from a place as a rule, in a clause about it: "Enerhodar, from where artillery fires
# on Nikopol and Marhanets", "the airfield from which Russia launches its bombers at X" (the
# present of habit; a past deed keeps its place: "from where it fired on X on Tuesday" is read
# as told)
_DONE_FROM = (
    r"\bfrom\s+(?:where|which)\b[^.;]{0,80}?\b(?:fires|shells|pounds|bombs|strikes|hits|targets|"
    rf"launches|attacks|sends)\s+(?:[\w-]+\s+){{0,3}}?(?:on|at|against|towards?)?\s*{_GAP}$"
)
# where smoke, a slick or a pollutant may drift: "smoke from the fire may drift towards Mykolaiv",
# "the oil spread as far as Odesa", "pollution could flow down to Kherson" (not "drones moving
# towards X", an alert's flight)
_DRIFT = (
    r"\b(?:drift(?:s|ed|ing)?|spread(?:s|ing)?|blow(?:s|n|ing)?|carried|flow(?:s|ed|ing)?)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?(?:towards?|to|into|over|as\s+far\s+as)\s+{_GAP}$"
)
# "..., most of them in", "with the majority in" after a total
_SHARE = (
    r"(?:,|\bwith|\b(?:and|of\s+whom))\s+(?:most|many|the\s+majority|half)\s+"
    rf"(?:of\s+(?:them|those|these)\s+)?(?:in|from)\s+{_GAP}$"
)

# where the weapons are made (extras39): "many of them built at the Alabuga plant in Tatarstan",
# "drones produced in X" (not "a workshop where boats were being assembled near X": a target;
# nor, review39, "a drone struck the plant where Shaheds are built in X": the clause's own event
# verb before it governs the place, see `mentioned_only`)
_MADE_AT = re.compile(
    r"\b(?:of\s+them|drones?|missiles?|shaheds?|gerans?|bombs?|weapons|munitions)\s+"
    r"(?:(?:were|are|was|is|being|been|mostly|mainly|largely)\s+){0,2}(?:built|made|produced|"
    rf"manufactured|assembled)\s+(?:at|in)\s+{_GAP}$",
    re.I,
)

_ONLY_MENTIONED = re.compile(
    "|".join(
        (
            _FROM_DIRECTION,
            _SEAT,
            _ISSUED_IN,
            _WEEKS_AFTER,
            _EARLIER,
            _ANSWERED,
            _WEEKS_OF,
            _DONE_FROM,
            _DRIFT,
            _SHARE,
        )
    ),
    re.I,
)


def mentioned_only(before: str) -> bool:
    """Whether the words right ``before`` a place (its sentence's) make it only mentioned: where
    an advance came from, where a document was issued, an earlier attack's place told as the
    yardstick of the news, or a place holding part of a total (see the module's docstring)."""
    if _ONLY_MENTIONED.search(before):
        return True
    made = _MADE_AT.search(before)  # where weapons are made, unless its clause's verb struck it
    if made is None:
        return False
    clause = max(before.rfind(",", 0, made.start()), before.rfind(";", 0, made.start()))
    return not STRUCK.search(before, clause + 1, made.start())


# A street or road named after a town, in its adjective form ("Kashirskoye highway", "Kharkivske
# shose", "Sumska street"): the road, not the town (the event is the city's the report tells).
_ADJECTIVE = re.compile(r"(?:s'?k|ts'?k|z'?k)(?:e|oye|oe|a|aya|yi|iy|y|ij|ie)$", re.I)
_ROAD_AFTER = re.compile(
    r"^\s+(?:highway|shosse|shose|road|avenue|prospekt|prospect|street|boulevard|lane|"
    r"embankment|square)\b",
    re.I,
)


def road_name(name: str, after: str) -> bool:
    """Whether ``name``, read as a place and followed by ``after``, names a street or a road
    after a town in its adjective form ("the Kashirskoye highway", "on Kharkivske highway")."""
    return bool(_ADJECTIVE.search(name) and _ROAD_AFTER.match(after))


# Where the power went out after a hit told at another place of the sentence ("energy sites in
# the Chernihiv region were hit, leaving consumers in parts of neighbouring Sumy without power",
# "the Lviv region ...; parts of Lviv, Drohobych and Stryi faced power cuts"): the consequence's
# towns, not more hits. With no place before it the outage's place is the hit's ("Power was cut
# to parts of the Chernihiv region after a strike on energy facilities").
_OUTAGE = r"(?:power|electricity|light|heating|heat|water)"
_WITHOUT_AFTER = re.compile(
    r"^(?:['’]s)?(?:(?:\s*,|\s+and)\s+(?-i:[A-Z])[\w'’-]+)*[^.;:]{0,40}?\b(?:without\s+"
    rf"{_OUTAGE}|(?:faced|face|faces|had|have|has|suffered|saw|hit\s+by)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:power\s+cuts|outages|blackouts|power\s+outages)|(?:lost|lose|loses)\s+"
    rf"{_OUTAGE})\b",
    re.I,
)


def outage_town(after: str, placed_before: bool) -> bool:
    """Whether the place before ``after`` is only where the power went out after a hit told at
    a place before it in the sentence (``placed_before``)."""
    return placed_before and bool(_WITHOUT_AFTER.match(after))


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_ONLY_MENTIONED, _MADE_AT = cued(_ONLY_MENTIONED), cued(_MADE_AT)
