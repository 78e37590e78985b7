"""The words right after a place that tell what happened there: a clause on it ("Izmail, on
the Danube, where drones set silos alight"; "patients from X, which came under shelling"; "two
boys from X, aged 9 and 11, hurt when a drone hit their yard"); the noun of an attack named
after it ("the Kramatorsk missile strike killed 11", "the death toll from the Dnipro strike"),
at most three words naming its weapon or its target between; its toll in brackets ("Kupiansk
(2 wounded)", geo.extract.bracketed_tolls). Not an attack told on a target after it ("the Kyiv
strike on the Bryansk region": the place's own side struck), nor a unit or a weapon named after
the place ("the Belgorod strike group", "attack drones"); a possessive ("Kyiv's drone attack")
is no place of the attack either."""

from __future__ import annotations

import re

from geo.extract.bracketed_tolls import TOLL_BRACKETED
from geo.extract.lexicon import triggers_in
from geo.extract.places import PlaceHit
from geo.extract.sentences import Sentence

_WHERE_AFTER = re.compile(
    r"(?:\s*,\s*(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?\s*,\s*(?:where|which|that|"
    r"(?:(?:were|was|both|all)\s+)?(?:wounded|injured|hurt|killed)\s+(?:when|as|after|by))\s+([^.;]*)",
    re.I,
)
_BETWEEN = (
    r"missiles?|drones?|rockets?|bombs?|glide|guided|aerial|air|ballistic|cruise|artillery|"
    r"Shahed|Iskander|Kinzhal|Kalibr|KAB|FPV|UAV|night|overnight|deadly|massive|railway|train|"
    r"station|port|mall|market|hospital|school|bus|power|plant|refinery|depot|airfield|oil|"
    r"energy|apartment|residential|shopping|centre|center|city|dam|bridge"
)
_ATTACK_NAMED = re.compile(
    rf"(?:[\s-]+(?:{_BETWEEN})){{0,3}}[\s-]+(?:strikes?|attacks?|bombing|shelling|raids?|"
    r"bombardment)\b(?![\s-]+(?:drones?|groups?|forces?|aircraft|troops|units?|helicopters?|"
    r"boats?|UAVs?|brigades?|aviation|on|against|in|at)\b)",
    re.I,
)


def where_after(text: str, sentence: Sentence, hit: PlaceHit) -> bool:
    """Whether the words right after the place ``hit`` tell an event there."""
    m = _WHERE_AFTER.match(text, hit.end, sentence.end)
    if m is None:
        return bool(
            _ATTACK_NAMED.match(text, hit.end, sentence.end)
            # "shelling by district: Kupiansk (2 wounded), Izium (1 killed)": its own toll
            or TOLL_BRACKETED.match(text, hit.end, sentence.end)
        )
    return any(t != "meeting" for t, _ in triggers_in(m.group(1)))
