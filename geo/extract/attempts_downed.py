"""An attack told as an attempt on a place ("the enemy attempted to strike the airfield at X with
six missiles", "drones tried to attack the refinery in Y", a side's "an attempt by the Kyiv regime
to strike the city of X with Vampire rockets") and the weapons then told brought down or the
attempt foiled, in the same sentence or the next ("Two of the missiles were brought down", "They
were shot down, but falling debris started a fire", "... was foiled", "was thwarted"), with no
hit told: an interception there, not a strike. An attempt with a hit ("attempted to hit a
substation; a transformer caught fire") stays a strike."""

from __future__ import annotations

import re

from geo.extract.draft import Draft
from geo.extract.lexicon import triggers_in
from geo.extract.sentences import Sentence

# the attempt, then the place in the same clause
_ATTEMPT = re.compile(
    r"(?i)\b(?:(?:tried|attempted|sought|trying|attempting)\s+(?:again\s+)?|"
    # the noun of a side's statement: "an attempt by the Kyiv regime to strike"
    r"attempts?\s+(?:by\s+[^;:.]{0,60}?\s+)?)to\s+"
    r"(?:attack|strike|hit|target|carry\s+out)\b[^;:.]*$"
)
# the attempt told foiled: its weapons stopped ("was foiled", "had been thwarted")
_FOILED = re.compile(
    r"(?i)\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?"
    r"(?:foiled|thwarted|repelled|repulsed|beaten\s+off|prevented|suppressed)\b"
)
# a hit or harm told with the downing: not only brought down
_HARM = re.compile(
    r"(?i)\b(?:hit|hits|struck|damag\w*|killed|dead|died|wounded|injured|caught\s+fire)\b"
)


def attempts_downed(drafts: list[Draft], prose: list[Sentence]) -> None:
    """Strikes told as an attempt on their place whose weapons the sentence or the next one
    tells brought down, with no hit: made interceptions."""
    following = {s.start: prose[k + 1] for k, s in enumerate(prose[:-1])}
    for d in drafts:
        if d.event_type != "strike" or d.fatalities or d.injured:
            continue
        text = d.sentence.text
        at = text.find(d.place_mention)
        if at < 0 or not _ATTEMPT.search(text, 0, at) or _HARM.search(text, at):
            continue
        told = [text[at:]]
        if (after := following.get(d.sentence.start)) is not None:
            told.append(after.text)
        if any(_downed(t, d.category is not None) for t in told):
            d.event_type = "interception"


def _downed(text: str, armed: bool) -> bool:
    """Whether ``text`` tells the weapons brought down, or the attempt foiled when its weapons
    are named (``armed``), and no hit."""
    stopped = any(t == "interception" for t, _ in triggers_in(text)) or (
        armed and bool(_FOILED.search(text))
    )
    return stopped and not _HARM.search(text)
