"""The words of a downing: weapons shot down, intercepted, brought down, destroyed in flight,
an attack from the air repelled, air defence at work on a target (an ``interception`` trigger of
:mod:`geo.extract.lexicon`)."""

from __future__ import annotations

import re

from geo.extract.first_letters import by_first_letter
from geo.extract.numbers import number_words

# A count in digits or words, as tallies give them ("14 of 20", "fourteen of them").
TALLY_COUNT = rf"(?:\d+|{number_words([*range(1, 21), 30, 40, 50])})"

TRIGGER: tuple[str, re.Pattern[str]] = (
    "interception",
    by_first_letter(  # (tried at each word start with the alternatives its letter may begin)
        re.compile(
            r"\b(shot[\s-]down|shoot(?:s|ing)? down|intercept(?:ed|ing|s|ion)?|"
            # (not a line or a pole "downed by an FPV drone" or "by shelling": what hit it; a
            # Lancet "downed by a drone interceptor" is downed)
            r"downed(?!\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:drones?|FPVs?|UAVs?|"
            r"shells?|shelling|artillery|strikes?|bombs?|Shaheds?)\b(?![\s-]+interceptors?))|"
            # "air defence downs 14 of 20 drones" (not "ups and downs")
            r"downs\s+(?:[\w-]+\s+){0,3}?(?:drones?|missiles?|UAVs?|rockets)\b|"
            r"(?:brought|bring(?:s|ing)?)\s+down|neutrali[sz](?:ed|ing)|"
            r"repell(?:ed|ing)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:air|drone|missile)\s+attacks?|"
            # a drone, air or boat attack "was repelled", boats "destroyed on approach", drones
            # "eliminated", "taken down", "suppressed" by electronic warfare, "engaged" by air defence
            r"(?:(?:air|drone|missile|aerial)\s+attacks?\s+(?:[\w-]+\s+){0,4}?|attacks?\s+(?:of|by)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:boats?|BECs?|USVs?|drones?|UAVs?|Shaheds?|Gerans?|missiles?)\s+"
            r"(?:[\w-]+\s+){0,8}?)"
            r"(?:was|were|had\s+been)\s+(?:successfully\s+)?(?:repelled|repulsed)|destroyed\s+on\s+approach|"
            r"(?:eliminat(?:ed|es|ing)|suppress(?:ed|es|ing)|engag(?:ed|es|ing)|"
            # ("took down 9 of the cruise missiles": a share of the salvo)
            r"(?:took|takes|taking|taken|take)\s+down)\s+(?:all\s+|(?:\d+|[a-z]+)\s+of\s+(?:the\s+)?)?"
            r"(?:[\w-]+\s+){0,3}?(?:drones?|"
            r"UAVs?|missiles?|rockets|Shaheds?|Gerans?|aerial\s+targets)|"
            r"(?:drones?|UAVs?|missiles?|rockets?|Shaheds?)\s+(?:was|were|(?:had|has|have)\s+been)\s+"
            r"(?:eliminated|suppressed|taken\s+down|hit(?=\s+(?:over|above)\b))|"
            # (up to five words between: "destroyed 81 Kh-101/Kh-555 and Kalibr cruise missiles";
            # not "destroyed outright by a salvo of missiles": what hit it)
            r"destroy(?:ed|ing|s)?\s+(?:all\s+)?(?:\d+|[a-z]+)\s+"
            r"(?:(?!(?:by|with|from|using|in|at|on|after)\s)[\w/-]+\s+){0,5}?(?:drones?|missiles?|"
            r"UAVs?|rockets|(?:un(?:manned|crewed)\s+)?aerial\s+vehicles?|(?:air|aerial)\s+targets|"
            # ("five uncrewed Ukrainian boats": the side's word between)
            r"(?:un(?:manned|crewed)|naval|sea)\s+(?:Ukrainian\s+|Russian\s+)?(?:boats?|vessels?|"
            r"surface\s+vessels?))|"
            r"destroyed\s+(?:all\s+)?(?:\d+|[a-z]+)\s+of\s+them|"
            # a weapon hit by the air defence that then fell or crashed: "a Kh-101, damaged by our
            # fire, came down", "a Shahed that a mobile fire group had hit" (not "damaged by fire")
            r"(?:hit|damaged|struck|disabled)\s+by\s+(?:our\s+|the\s+|an?\s+)?(?:air[\s-]defen[cs]es?|"
            r"anti-aircraft\s+\w+|(?:mobile\s+)?fire\s+(?:groups?|teams?|crews?)|(?<=our\s)fire\b|"
            r"(?:anti-aircraft|air[\s-]defen[cs]e)\s+fire|interceptors?|electronic\s+warfare)|"
            r"(?:air[\s-]defen[cs]es?|(?:mobile\s+)?fire\s+(?:groups?|teams?|crews?))\s+(?:had\s+|has\s+)?hit\b|"
            # "every target over X was eliminated", "all targets above the city were shot down"
            r"targets?\s+(?:over|above)\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|(?:had|has|have)\s+been)\s+"
            r"(?:all\s+)?(?:eliminated|destroyed|shot\s+down|downed|neutrali[sz]ed|intercepted)|"
            # one at a time, air defence's word: "destroyed a target", "destroyed an air target";
            # the weapon named by its flight: "drones on course for the capital destroyed"
            r"(?:defen[cs]es?|forces)\s+(?:[\w-]+\s+){0,2}?[\"“]?destroy(?:ed|s|ing)?\s+"
            r"(?:an?|one|the)\s+(?:aerial\s+|air\s+)?target\b|"
            r"destroy(?:ed|s|ing)?\s+(?:an?|one)\s+(?:aerial|air)\s+target\b|"
            r"(?:drones?|UAVs?|missiles?|Shaheds?)\s+(?:flying|heading|headed|on\s+course|"
            r"approaching)\s+(?:[\w-]+\s+){0,4}?(?:(?:had|have|has)\s+been\s+|were\s+|was\s+)?"
            r"destroyed\b|"
            # a tally read out a region at a time: "Eleven, it says, were over the X region. Six
            # over Y."
            # (not a bomb's release: "a jet released one over X")
            r"(?<!released\s)(?<!dropped\s)"
            rf"{TALLY_COUNT}(?:,\s*(?:[\w-]+\s+){{0,3}}?[\w-]+,)?\s+(?:were\s+|was\s+)?(?:over|above)"
            r"(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?:of\s+(?:them|those|these)),?\s+"
            r"(?:were|was)\s+destroyed|destroyed(?=\s+(?:over|above)\b)|"
            # "a sea drone was destroyed near the bay": the weapon itself destroyed
            r"(?:drones?|UAVs?|missiles?|rockets?|boats?)\s+(?:was|were|(?:had|has|have)\s+been)\s+"
            r"destroyed|"
            # a tally's "442 drones and 41 missiles destroyed across the country" (not "missiles
            # destroyed a depot": the participle ends its phrase)
            r"(?:drones?|UAVs?|missiles?|rockets?)\s+destroyed(?=\s*(?:[.,;:]|$|\s+(?:over|above|"
            r"across|by|near|during|overnight|en\s+route)\b)))\b",
            re.I,
        )
    ),
)
