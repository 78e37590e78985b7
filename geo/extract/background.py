"""Background, not one event: what a sentence tells as happening again and again ("the border
areas have come under almost daily attack since August"), as years past ("Two summers ago a missile
tore through a café in X") or as taken back ("CORRECTION - At 08:30 we wrote ...")."""

from __future__ import annotations

import re

from geo.extract.corrections import retracted
from geo.extract.depictions import mourned
from geo.extract.pattern_cues import cued
from geo.extract.wording import words

# A meeting of years past, named as background ("last year's summit in X"; not "a week ago")
YEARS_AGO = words(
    r"(?:a|one|two|three|four|five|\d+)\s+(?:years?|summers?|winters?|springs?|autumns?)\s+ago",
    r"last\s+year(?:['’]s)?",
)

# A past told by a stretch of time and no day ("in the summer of 2023", "in the late winter of
# 2022", "in the opening weeks of the full-scale invasion", "in the invasion's first weeks", a
# sentence opening "Last month ..."): something recalled, not news (never read in a relative
# clause: "the town that fell last month" tells what the town is).
_VAGUE_PAST = re.compile(
    r"\b(?:in|during|by)\s+the\s+(?:early\s+|late\s+)?(?:summer|winter|spring|autumn|fall)\s+of\s+"
    r"(?:19|20)\d\d\b|"
    r"\b(?:in|during)\s+the\s+(?:opening|first|early)\s+(?:days|weeks|months)\s+of\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?:war|invasion)\b|"
    r"\b(?:in|during)\s+the\s+(?:war|invasion)['’]s\s+(?:opening|first|early)\s+(?:days|weeks|months)\b|"
    r"^\W*last\s+month\b|"
    # a town's past told in an aside: "Tuapse, hit twice in the spring, has not resumed ...",
    # "X, struck repeatedly last winter, ..." (a season or "repeatedly", no day)
    r",\s+(?:hit|struck|attacked|shelled|bombed|targeted)\s+(?:(?:twice|several\s+times|"
    r"repeatedly|three\s+times|again)\s+)?(?:in|during|last|earlier\s+in)\s+(?:the\s+)?"
    r"(?:spring|summer|autumn|fall|winter)\b[^,.;]{0,30},",
    re.I,
)


# What happens again and again is background, not one event: "the border areas have come under
# almost daily attack since August", "Russia regularly shells the town", "drones hit it every night",
# "shelling went on almost daily", "roads closed because of the constant threat from drones"
# (tried only on a text holding a word it needs).
_HABITUAL = cued(
    re.compile(
        r"\b(?:(?:almost|nearly|near-)\s*)?(?:daily|nightly|constant|regular|frequent|repeated)\s+"
        r"(?:[\w-]+\s+)?(?:attacks?|shelling|strikes?|bombardments?|fire|raids?|danger|threats?)\b|"
        r"\b(?:regularly|routinely|frequently|constantly|every\s+(?:day|night))\b|"
        # "X has been struck again and again since 2022", "time and again", "time after time"
        r"\b(?:again\s+and\s+again|time\s+(?:and|after)\s+(?:again|time)|over\s+and\s+over)\b|"
        r"\b(?:almost|nearly)\s+(?:daily|nightly)\b|"
        # where weapons go as a rule, in the present: "most fall on X", "many land near Y"
        r"\b(?:most|many|usually|typically|mostly|generally)\s+(?:of\s+(?:them|these|those)\s+)?"
        r"(?:fall|land|strike|target)\b|"
        # a campaign going on for months: "have been pressing towards X since the summer"
        r"\b(?:has|have)\s+been\s+\w+ing\b[^.;]{0,60}?\bsince\s+(?:the\s+|last\s+|early\s+|late\s+)?"
        r"(?:summer|spring|autumn|fall|winter|start|beginning|(?-i:[A-Z])[a-z]+|(?:19|20)\d\d)\b|"
        # a count over time, not an event: "clashes fell by a tenth", "the number of attacks rose"
        r"\b(?:clashes|attacks|strikes|shelling|incidents|events)\s+(?:\w+\s+)?(?:fell|rose|dropped|"
        r"increased|decreased|declined|grew|doubled|halved)\b|\bnumber\s+of\s+(?:[\w-]+\s+)?"
        r"(?:clashes|attacks|strikes|incidents|events)\s+(?:\w+\s+)?(?:fell|rose|dropped|increased|"
        r"decreased|declined|grew|doubled|halved)\b",
        re.I,
    )
)


# A campaign of months told in the perfect, in the sentence's own clause: "Russian units have
# pushed towards X since last autumn", "X has been in Russian hands since March 2022", "forces
# have kept up attacks around Y throughout the winter", "drones have hit depots across the A and
# B regions this summer". Not "since Monday"; not a count of deeds ("has changed hands twice
# since the spring" is fighting there); not what someone "has claimed since August"; not
# what "has been targeted" since then (the passive sentences of the development sets carry the
# same paragraph's details); not a relative clause ("took Stepnohirsk, where fighting has flared
# since late August": the taking is the event).
_CAMPAIGN = cued(
    re.compile(
        r"\b(?:has|have)\s+(?:been(?!\s+\w+ed\b)|kept|hit|struck|fought|taken|"
        r"(?!(?:claimed|reported|warned|announced|stated|insisted|vowed|promised)\b)\w+ed)\b"
        r"(?:(?!\b(?:once|twice|again|times)\b)[^.;]){0,80}?\b"
        r"(?:(?:since|throughout)\s+(?:the\s+|last\s+|early\s+|late\s+)?"
        r"(?:summer|spring|autumn|fall|winter|(?:19|20)\d\d|"
        r"(?-i:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)(?:\s+(?:19|20)\d\d)?(?!\s+\d))|this\s+(?:summer|spring|autumn|winter))\b",
        re.I,
    )
)
_RELATIVE_BEFORE = re.compile(r"\b(?:where|which|that|who|whose)\b[^,;()]*$", re.I)


def background(sentence: str) -> str | None:
    """Whether the sentence is background, not one event: "habitual" when it tells of what
    happens again and again, "past" when of what happened years ago ("Two summers ago a missile
    tore through a café in X, killing 13": its figures too), "retracted" when the report takes
    back what it said earlier; a sentence mourning an event's dead is "past" too (extras39)."""
    if _HABITUAL.search(sentence):
        return "habitual"
    campaign = _CAMPAIGN.search(sentence)
    if campaign and not _RELATIVE_BEFORE.search(
        sentence, max(0, campaign.start() - 200), campaign.start()
    ):
        return "habitual"
    if retracted(sentence):
        return "retracted"  # "CORRECTION - At 08:30 we wrote that a missile hit X"
    if YEARS_AGO.search(sentence) or mourned(sentence):
        return "past"  # (a vigil "for the victims of the strike": the strike told back)
    vague = _VAGUE_PAST.search(sentence)
    relative = vague and _RELATIVE_BEFORE.search(
        sentence, max(0, vague.start() - 200), vague.start()
    )
    return "past" if vague and not relative else None


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_VAGUE_PAST, YEARS_AGO = cued(_VAGUE_PAST), cued(YEARS_AGO)
