"""A strike that names no weapon, told paragraphs after the sentence that told its attack at its
region: a notice's or a governor's opening ("Overnight, Russian attack drones went after the grid
in the Odesa and Mykolaiv regions"), then "Near Izmail a substation caught fire" after another
town's story. Walking back from the strike, the first sentence of an earlier paragraph that told
a strike at its region (or its attack told with its downing: "The enemy attacked the Sumy region
with drones; 14 of 20 were shot down", read as the interception) is its attack's: its one kind of weapon is the strike's; an attack told
there with no weapon, or with several kinds, gives none. The report's lead telling a raid with
its weapon and no place of its own ("Kyiv says its long-range drones hit a refinery and an air
base in Russia overnight") gives it too, to a strike not dated on its own. (A title's weapon,
"Missile attack on Dnipro", and the sentence before's: geo.extract.told_before and the
drafting.)"""

from __future__ import annotations

import re

from geo import weapons as wv
from geo.extract.draft import Draft
from geo.extract.kinds import weapons_of
from geo.extract.sentences import Sentence
from geo.extract.weapon_words import weapon_for
from geo.gazetteer import Place

REGION = 3  # geo_precision of a whole region

Told = dict[int, list[tuple[Place, int]]]


# "The enemy attacked the Sumy region with drones; 14 of 20 were shot down": told as the
# interception, the sentence tells the attack on the region as well ("launched 40 attack drones,
# 31 brought down over the X region" does not)
_ATTACKED = re.compile(r"\b(?:attacked|struck|targeted|shelled|bombed)\b", re.I)


def strikes_told(drafts: list[Draft]) -> Told:
    """Each sentence's strikes, place and precision, as drafted (before a region's merges into a
    town's record); an interception's too, where its sentence tells an attack."""
    out: Told = {}
    for x in drafts:
        if x.event_type == "strike" or (
            x.event_type == "interception" and _ATTACKED.search(x.sentence.text) is not None
        ):
            out.setdefault(x.sentence.start, []).append((x.place, x.geo_precision))
    return out


def covers(told: tuple[Place, int], d: Draft) -> bool:
    """Whether a strike told at ``told`` is at the region ``d``'s place lies in (the town
    itself told earlier and not merged is another event: "yesterday's total for X")."""
    place, precision = told
    return (
        precision == REGION
        and d.geo_precision < REGION
        and (place.country, place.admin1) == (d.place.country, d.place.admin1)
    )


def weapons_told_earlier(drafts: list[Draft], at_sentence: Told, sentences: list[Sentence]) -> None:
    """Give each strike of ``drafts`` (merged) with no weapon, none of whose sentences names
    one, the one weapon of the attack an earlier paragraph told at its region (in
    ``at_sentence``, :func:`strikes_told` before merging); an attack told there with no weapon or
    several kinds gives none."""
    index = {s.start: i for i, s in enumerate(sentences)}
    lead = raid_lead(sentences, at_sentence)
    for d in drafts:
        if d.event_type != "strike" or d.category is not None or d.weapon is not None:
            continue
        own = d.sentences or [d.sentence]
        at = min((index[s.start] for s in own if s.start in index), default=None)
        if at is None or any(wv.fired_weapons(s.text) for s in own):
            continue
        first = sentences[at].paragraph
        for prev in reversed(sentences[:at]):
            if prev.paragraph == first:
                continue  # (its own paragraph's weapon: see geo.extract.told_before)
            # (the lead's raid is not a strike dated on its own: "In Uman, a shop was hit on
            # Monday" is a story of its own)
            raid = prev is lead and not d.when.explicit
            if not raid and not any(covers(x, d) for x in at_sentence.get(prev.start, [])):
                continue
            found = [w for w in weapons_of(prev.text) if w.category != "aircraft"]
            if found and len({wv.family(w.category) for w in found}) == 1:
                fired = wv.fired_arms(prev.text)
                d.weapon, d.category = weapon_for(fired or found, len(prev.text), 0, prev.text)
            break


def raid_lead(sentences: list[Sentence], at_sentence: Told) -> Sentence | None:
    """The report's lead telling a raid with its weapons and no place struck of its own, in its
    first paragraphs ("Kyiv says its long-range drones hit a refinery and an air base in Russia
    overnight"): its one kind of weapon is that of the raid's strikes told after with none."""
    firsts = sorted({s.paragraph for s in sentences})[:3]
    for s in sentences:
        if s.paragraph not in firsts:
            return None
        if s.start in at_sentence or not _STRUCK.search(s.text) or _YEAR.search(s.text):
            continue
        if [w for w in weapons_of(s.text) if w.category != "aircraft"]:
            return s
    return None


# a year named: a past strike recalled ("which two missiles struck on 3 September 2024")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the verb of a raid's strikes ("its drones struck", "Russia attacked Ukraine with")
_STRUCK = re.compile(r"\b(?:struck|hit|attacked|targeted|launched)\b", re.I)
