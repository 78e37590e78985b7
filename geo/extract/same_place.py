"""A sentence with no place of its own that tells a second strike at the place of the one before
it, by another kind of weapon, rather than more of that one ("In X kamikaze drones hit a
minibus in the morning. After lunch the occupiers shelled the city with heavy artillery"; "On 4
April a missile struck ... On 5 April drones hit the city"). Every writer's gold keeps the two
apart (one record per type, weapon kind, place and day); the sentence used to be read as more of
the drone strike and its artillery lost (:mod:`geo.extract.drafts` drafts it at the place
before)."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from geo import weapons as wv
from geo.extract.casualties import revised_toll
from geo.extract.layout import new_story, other_bullet
from geo.extract.lexicon import THERE
from geo.extract.place_hits import PlaceHit
from geo.extract.publication import MONTH_RE
from geo.extract.scene_witness import witnessed
from geo.extract.weapon_kin import alike_kinds
from geo.extract.weapon_words import weapon_for
from geo.extract.wording import words
from geo.weapon_roles import tally_of_kinds

if TYPE_CHECKING:
    from geo.extract.draft import Draft, Facts
    from geo.extract.sentences import Sentence


# a second strike: where, and its weapon and category
Second = tuple[PlaceHit, str | None, str]
# the words of a hit on "the city" after an interception there
_HIT_WORD = re.compile(r"(?i)hit|hits|struck|strikes?|attacked")

# what a downed weapon's remains do, or the downing itself: an interception's aftermath
_AFTERMATH = words(
    r"debris",
    r"fragments?",
    r"wreckage",
    r"remains",
    r"shrapnel",
    r"falling",
    r"fell",
    r"blast\s+wave",
    r"shot\s+down",
    r"brought\s+down",
    r"downed",
    r"intercept\w*",
)
# a toll told again, no attack of its own
_TOLL = words(r"toll", r"died\s+(?:later|in\s+hospital)", r"succumbed", r"rose", r"risen")
# what a side does in general, a sum of many attacks, another time or elsewhere: no one strike
_GENERAL = words(
    r"in\s+total",
    r"since",
    r"at\s+least\s+\w+\s+times",
    r"rarely",
    r"usually",
    r"often",
    r"every",
    r"continued?",
    r"continues",
    r"keeps?",
    r"regularly",
    r"routinely",
    r"daily",
    r"along\s+the\s+(?:border|front)",
    r"across\s+the\s+border",
    r"elsewhere",
    r"fields?",
    r"open\s+ground",
    r"days?\s+(?:after|before)",
    r"in\s+(?:19|20)\d\d",
    rf"(?:in|last|since|early|late|mid-)\s*(?:{MONTH_RE})",
)
# a weapon told back ("The bombs hit at about 7:40 p.m."): more of the event before
_TOLD_BACK = re.compile(r"\b(?:the|these|those|their|its|both)\s+(?:[\w-]+\s+)?$", re.I)


# days from the event before within which a strike told on a day of its own may still be at its
# place: a review's "In the night to October 4, missiles knocked out the substations" ten days
# after its paragraph's hit on a village is the city's story
_DAYS_APART = 3


def _far_apart(last: Draft, day: date) -> bool:
    return last.when.explicit and abs((day - last.when.day).days) > _DAYS_APART


# the place told back: "drones hit the city", "struck it again"
_PLACE_BACK = words(
    r"the\s+(?:city|town|village|settlement|port|community|site|plant)", r"there", r"it", r"again"
)


def _own_day(last: Draft, facts: Facts) -> bool:
    """Whether the sentence names a day of its own other than the event's: without the place
    told back ("On Saturday, two drones hit the roof of a workshop"), it may be anywhere."""
    when = facts.when
    return when is not None and when.explicit and when.day != last.when.day


def second_event(last: Draft, facts: Facts, named_places: bool = False) -> str | None:
    """The weapon kind of a strike that the sentence of ``facts`` tells beside the strike
    ``last`` at its place, or None when it tells more of ``last`` (or nothing new). A sentence
    naming places of its own (``named_places``), telling of another time or in general, a
    hedge, a witness's account, a toll or a tally of kinds tells no second strike; nor one
    whose kind may be ``last``'s told again ("shelled" and "Grad rockets", "an air strike" and
    "a guided bomb")."""
    when = facts.when
    if (
        last.event_type != "strike"
        or not last.category
        or "strike" not in facts.types
        or named_places
        or (when is not None and when.explicit and when.precision > 1)
        or (when is not None and _far_apart(last, when.day))
        or (_own_day(last, facts) and not _PLACE_BACK.search(facts.text))
        or facts.figures_only
        or facts.hedged
        or witnessed(facts.text)
        or _GENERAL.search(facts.text)
        or _AFTERMATH.search(facts.text)
        or _TOLL.search(facts.text)
        or revised_toll(facts.text)
    ):
        return None
    kinds = [w.category for w in facts.weapons]
    families = {wv.family(k) for k in kinds}
    if (
        not kinds
        or "aircraft" in kinds
        or len(families) > 1
        or tally_of_kinds(facts.text, families)
    ):
        return None  # none, several, or a warplane (which carries a weapon or was hit)
    if _TOLD_BACK.search(facts.text[: facts.weapons[0].start]):
        return None
    if kinds[0] in {w.category for w in wv.fired_weapons(last.sentence.text)}:
        return None  # "struck X with artillery, drones and glide bombs. A KAB hit a block"
    return None if alike_kinds(last.category, kinds[0]) else kinds[0]


def next_block(text: str, s: Sentence, last: Draft, gap: int) -> bool:
    """Whether ``s`` opens the block right after the event ``last``'s, a sentence or two on
    ("In X drones hit a minibus. // Later the occupiers shelled the city"), in no other bullet
    and no other story: where a second strike may still be told of its place."""
    return (
        gap <= 2
        and s.paragraph - last.sentence.paragraph <= 2
        and not other_bullet(text, s, last.sentence)
        and not new_story(s.text)
    )


def other_arms_there(s: Sentence, facts: Facts, last: Draft) -> Second | None:
    """A hit on "the city" with a weapon of another kind than the interception before it
    ("Five Shaheds were shot down over X. In the morning the enemy struck the city with a
    ballistic missile"): a strike of its own at the interception's place, not more about the
    downing (one drone that "broke through", a downed one's fall, stay the interception's)."""
    there = THERE.search(s.text)
    if (
        last.event_type != "interception"
        or there is None
        or not facts.triggers
        or any(t != "strike" for t, _ in facts.triggers)
        or not any(_HIT_WORD.fullmatch(m.group()) for _, m in facts.triggers)
    ):
        return None
    weapon, category = weapon_for(facts.weapons, len(s.text), 0, s.text)
    if category is None or category == last.category:
        return None
    start, end = s.start + there.start(), s.start + there.end()
    hit = PlaceHit(start, end, last.place, last.place_mention, last.geo_precision, True)
    return hit, weapon, category


def beside_strike(s: Sentence, facts: Facts, last: Draft, named: bool) -> Second | None:
    """A strike by another kind of weapon that a sentence with no place tells beside the strike
    ``last`` at its place (``named``: the sentence names places of other roles)."""
    kind = second_event(last, facts, named)
    if kind is None:
        return None
    weapon = next((w.weapon for w in facts.weapons if w.category == kind), None)
    hit = PlaceHit(s.start, s.start, last.place, last.place_mention, last.geo_precision, True)
    return hit, weapon, kind
