"""Sentences that say nobody was harmed: "nobody was hurt", "no casualties", "they reported no
victims", "people were not injured", "without casualties", "Casualties: none" (none killed, none
injured); "nobody was killed", "none of them fatally", "no deaths", "we lost nobody" (none killed,
and nothing said of the injured: "four were injured, none of them fatally")."""

from __future__ import annotations

import re

from geo.extract.pattern_cues import cued

# who nobody is: "nobody", "no one (else)", "no civilians", "none of the workers on shift" (not "none of
# our staff": the writer's own people, visitors, say nothing of the place's)
_NO_ONE = (
    r"(?:nobody|no one|no-one|no\s+(?:people|persons|civilians|residents|passengers|workers|"
    r"employees|staff|children|guests|patients|pupils|customers|visitors|guards|crew)|none\s+of\s+(?:the|its|their)(?:\s+[\w-]+){1,4}?|"
    # "not a single person", "not one resident", "none were injured"
    r"not\s+(?:a\s+single|one)\s+(?:person|civilian|resident|passenger|worker|employee|soul|man|"
    r"woman|child)|none(?=\s+(?:was|were|is|are|got)\b))(?:\s+else)?"
)
# who among them, after "nobody": "nobody on the night shift", "no passengers or staff", "nobody
# from staff or guards", "no employees of the Group" (not "no one in the building": maybe the
# writer's, not the one hit)
_OF_WHOM = (
    r"(?:\s+(?:or|and)\s+[a-z]+)?(?:\s+(?:on|from|of|at|among)\s+(?:(?:the|its|their|our)\s+)?"
    r"[\w-]+(?:\s+(?:or|and)\s+(?:the\s+)?[\w-]+|\s+[\w-]+)?)?"
)
# "nobody was inside", "no one was in the house": nobody there to be harmed
_NOBODY_INSIDE = (
    r"\b(?:nobody|no one|no-one)\s+(?:was|were)\s+(?:inside\b|at\s+home\b|"
    r"in\s+(?:the|that|this)\s+(?:building|house|home|shop|store|flat|apartment|car|garage|office|"
    r"warehouse|school)\b)"
)
# "was", "got", "is reported to have been", "was reportedly"
_WAS = (
    r"(?:(?:was|were|is|are|got|gets|(?:had|has|have)\s+been)\s+)?"
    r"(?:(?:reported(?:ly)?|said|believed|thought|known|understood)\s+(?:to\s+(?:have\s+been|be)\s+)?|"
    # "nobody appears to have been injured"
    r"(?:appears?|appeared|seems?|seemed)\s+to\s+have\s+been\s+)?"
)
# the people of a place, all unharmed: "everyone inside escaped unharmed", "all the workers on
# shift were unhurt" (not one person's: "the driver unhurt" beside a wounded paramedic)
_ALL_UNHARMED = (
    r"\b(?:everyone|everybody|all\b[^.;,]{0,30}?)\s+(?:[a-z]+\s+)?(?:escaped|were|was|remained)\s+"
    r"(?:all\s+)?(?:unharmed|unhurt|uninjured|unscathed)\b"
)
_NOBODY = re.compile(
    rf"\b{_NO_ONE}{_OF_WHOM}\s+{_WAS}"
    r"(?P<what>hurt|injured|wounded|killed|harmed)\b(?P<both>\s+or\s+(?:injured|hurt|wounded))?|"
    r"\b(?:nobody|no one|no-one)\s+(?:needed|sought|required)\s+medical\b|"
    rf"{_NOBODY_INSIDE}|"
    # "nobody suffered (injuries)", "casualties were avoided", a post's "No injured."
    r"\b(?:nobody|no one|no-one)\s+(?:has\s+)?suffered\b|\bcasualties\s+(?:were|have\s+been)\s+avoided\b|"
    r"^\W*no\s+(?:injured|wounded)\W*$|"
    # (not "no casualties were given": no figures told)
    rf"{_ALL_UNHARMED}|"
    # "no civilian casualties", "no human casualties"
    r"\bno (?:(?:civilian|human|immediate|reported|known)\s+)?(?:casualties|injuries|victims)\b(?!\s+(?:figures?\s+)?(?:were|was|have\s+been)\s+given)|"
    # "there are no injured people", "no wounded among the crew" (as "nobody was injured")
    r"\b(?:there\s+(?:are|were|is|was)\s+)no\s+(?:injured|wounded|hurt)\b|"
    # "no reports of damage or casualties", "no reports of casualties"
    r"\bno reports? of (?:[a-z]+ (?:or|and) )?(?:casualties|injuries|victims)\b|"
    # translated: "people were not injured", "residents did not suffer"
    r"\b(?:people|residents|civilians)\s+(?:were\s+not|weren't|did\s+not\s+suffer|"
    r"didn't\s+suffer)\b(?:\s+(?:injured|hurt|wounded|harmed))?|"
    r"\bwithout\s+(?:any\s+)?(?:casualties|victims|injuries)\b|"
    r"\b(?:casualties|victims)\s*[:—–-]\s*(?:none|no|nil|0)\b|"
    # the dead and the hurt together: "no dead or wounded", "no deaths or injuries"
    r"\b(?:there\s+(?:are|were)\s+)?no\s+(?:dead|deaths|fatalities)\s+(?:or|and|nor)\s+(?:injured|wounded|injuries|hurt)\b|"
    # the dead alone: "none killed", "none of them fatally", "no one died", "no deaths"
    r"\b(?P<dead>none\s+(?:of\s+(?:them|whom)\s+)?(?:(?:was|were)\s+)?(?:killed|fatally|died|dead)|"
    r"(?:nobody|no one|no-one)\s+died|no\s+(?:deaths|fatalities)|no\s+loss\s+of\s+(?:human\s+)?life|there\s+(?:are|were)\s+no\s+dead|"
    # a unit's own losses: "we lost nobody", "the battalion lost no one"
    r"lost\s+(?:nobody|no\s+one|no-one|not\s+a\s+single\s+(?:man|soldier|person)))\b",
    re.I,
)
_NOBODY = cued(_NOBODY)  # (tried only on a text holding a word it needs)


def nobody_harmed(text: str) -> dict[str, int] | None:
    """The zero figures a sentence gives ({"killed": 0} or {"killed": 0, "injured": 0}), or None
    when it says nothing of the kind."""
    m = _NOBODY.search(text)
    if m is None:
        return None
    alone = m.group("dead") or (m.group("what") == "killed" and not m.group("both"))
    return {"killed": 0} if alone else {"killed": 0, "injured": 0}
