"""The home of a victim whose harm a sentence tells, as a hospital's update, an obituary or a
prayer list names the people it lost or treats: "a man of 44 from Bilozerka, with shrapnel
wounds from an explosive a drone dropped", "three municipal workers from Antonivka, hurt by a
mortar round", "a 67-year-old man from Komyshany with a chest wound from a shell fragment".
When the entry (a bullet or a numbered item: in running prose the man from X may have been
hurt in the town told before) names no other place where its event was, the victim's town is
where it befell him; "from X" stays an origin everywhere else (a launch site, a delegation, a speaker:
`roles._REFERENCE_BEFORE`), and a town the sentence names as the event's wins ("a man from
Kharkiv was wounded in Izium")."""

from __future__ import annotations

import re

from geo.extract.lexicon import Trigger
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.sentences import BULLET, Sentence, line_bounds

# a person right before "from X": "a man of 44 from", "three workers from", "a 67-year-old man
# from", "a boy of 12 from", "a couple from the village of"
_PERSON_FROM = re.compile(
    r"\b(?:m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|sons?|daughters?|mother|father|husband|"
    r"wife|residents?|workers?|drivers?|pensioners?|famil(?:y|ies)|couple|patients?|people|"
    r"persons?|teenagers?|volunteers?|farmers?|\d+)\s*,?\s+from\s+"
    r"(?:the\s+(?:village|town|city|settlement)\s+of\s+)?$",
    re.I,
)
# harm done to people in the sentence
_HARM = re.compile(
    r"\b(?:wound(?:s|ed)?|injur(?:y|ies|ed)|hurt|killed|died|cuts|burns|shrapnel|fractures?|"
    r"concussions?|trauma)\b",
    re.I,
)


def victims_homes(
    text: str, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """``roles`` with the towns of the victims a sentence tells were harmed made its event's
    places, when none of its places is one already (see the module's docstring)."""
    if not triggers or not roles or any(r.event_place for r in roles):
        return roles
    if not BULLET.match(text, line_bounds(text, s.start)[0]):
        return roles  # (a list's entry: in running prose "a man from X" may be hurt elsewhere)
    if not _HARM.search(s.text):
        return roles
    return [
        replace_hit(r, r.geo_precision, True)
        if _PERSON_FROM.search(text, max(s.start, r.start - 40), r.start)
        else r
        for r in roles
    ]
