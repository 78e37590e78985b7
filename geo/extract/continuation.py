"""Sentences with no place of their own: what they add to the event before them (its weapon,
date, actor, figures, claimant, hedges); "the region" they name is :mod:`governed_region`'s."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo import weapons as wv
from geo.extract.arsenal_hits import note_hits
from geo.extract.attribution import CONFIRMED, attackers_word, independent
from geo.extract.casualties import revised_toll
from geo.extract.dates import spoken_on
from geo.extract.day_told_after import dates_the_event_before
from geo.extract.governed_region import THE_REGION
from geo.extract.interception_figures import interception_counts, launched_count
from geo.extract.inventory import own_launched
from geo.extract.kinds import joined_kinds
from geo.extract.lexicon import BLASTS, triggers_in
from geo.extract.place_hits import PlaceHit
from geo.extract.publication import MONTH_RE, WEEKDAY_RE
from geo.extract.voices import hearsay
from geo.extract.weapon_kin import precise_told
from geo.extract.weapon_words import category_near
from geo.extract.wording import words
from geo.weapon_roles import not_downed, tally_of_kinds

if TYPE_CHECKING:
    from geo.extract.draft import Draft, Facts
    from geo.extract.sentences import Sentence


# Blasts heard from afar: "We heard explosions over X", "Blasts were heard in X".
_HEARD = words(
    r"heard\s+(?:[\w-]+\s+){0,2}?(?:explosions?|blasts?|bangs?)",
    r"(?:explosions?|blasts?|bangs?)\s+(?:were\s+|was\s+)?heard",
)


def _blasts_only(text: str) -> bool:
    """Whether blasts are all a sentence tells ("Chernihiv — explosions!", "Loud blasts in
    Sumy"): no weapon and no hit of its own, so the air defence told next was their cause."""
    found = triggers_in(text)
    return (
        bool(found)
        and all(BLASTS.fullmatch(m.group().split()[-1]) for _, m in found)  # "heavy bang"
        and not wv.find_weapons(text)
    )


def _downing_told(facts: Facts) -> bool:
    """Whether a sentence tells weapons brought down, not only the air defence "working" (told
    after blasts, "Air defence is working over the city" may be the warning of a raid that hit:
    heldout10's capital)."""
    return any(t == "interception" and not _AT_WORK.search(m.group()) for t, m in facts.triggers)


_AT_WORK = re.compile(r"(?i)\b(?:work|active|operating|in\s+action)")


# What a side keeps doing, said in general ("Russian forces continue to use glide bombs along the
# front"): no restatement of the event before it.
_HABIT = words(r"continues?\s+to", r"keeps?\s+(?:on\s+)?\w+ing", "regularly", "routinely", "daily")


# A sentence about another attack than the one before it ("a further strike on the city's
# Shevchenkivskyi district injured two people; the UN could not confirm these figures"): its
# figures, its speaker and its doubts are its own, not the event's before it.
_ANOTHER_ATTACK = words(
    r"(?:a|one)\s+(?:further|second|third|fresh|separate|later|new)\s+(?:[\w-]+\s+)?"
    r"(?:strike|attack|raid|shelling|bombardment)",
    r"another\s+(?:[\w-]+\s+)?(?:strike|attack|raid|shelling|bombardment)",
)


def another_attack(text: str) -> bool:
    """Whether a sentence tells of an attack other than the one before it."""
    return bool(_ANOTHER_ATTACK.search(text))


# A name right after an event word ("say troops reached Xville", "claimed a strike on a radar
# at Cape Y"): a place of its own, though the gazetteer does not know it; not a weapon's name
# nor a day's ("shot down 20 Shahed drones", "on Sunday").
_NAME = re.compile(r"(?<=\s)(?-i:[A-Z][a-z'’]+)(?:-(?-i:[A-Z][a-z]+))?\b")
_NO_PLACE_NAME = re.compile(rf"^(?:{WEEKDAY_RE}|{MONTH_RE})$", re.I)


def unknown_place(facts: Facts) -> bool:
    """Whether a sentence tells of an event at a name the gazetteer did not find: a claim of
    its own, not more about the event before it."""
    if not facts.triggers:
        return False
    start = facts.triggers[0][1].end()
    for m in _NAME.finditer(facts.text, start, min(len(facts.text), start + 40)):
        in_weapon = any(w.start <= m.start() < w.end for w in facts.weapons)
        if not in_weapon and not _NO_PLACE_NAME.match(m.group()):
            return True
    return False


def _counts_told_after(last: Draft, facts: Facts) -> None:
    """The launched and destroyed counts a sentence after an interception's (or a salvo's) gives
    it."""
    if "interception" in facts.types and _salvo_at_region(last):
        # "Russia launched 41 drones at the X region. Air defences brought down 33 of them":
        # the whole region was where they were downed, not a place hit
        last.event_type = "interception"
        launched, last.destroyed = interception_counts(facts.text, facts.text)
        kinds = {w.category for w in wv.find_weapons(last.sentence.text)}
        if launched is None and len(kinds) == 1:
            launched = launched_count(last.sentence.text)
        elif launched is None and last.destroyed is not None:
            # "launched 3 missiles and 41 drones ... brought down 33 of the drones": the drones'
            kind = facts.weapons[0].category if facts.weapons else last.category
            launched = own_launched(last.sentence.text, last.destroyed, kind)
        last.launched = launched
    elif (
        "interception" in facts.types
        and last.event_type == "interception"
        and (last.launched, last.destroyed) == (None, None)
    ):
        # "Air defence is working over X. Four UAVs were shot down over the city": the count
        # the next sentence gives is the interception's
        last.launched, last.destroyed = interception_counts(facts.text, facts.text)


def continue_event(last: Draft, facts: Facts, here: bool = True, s: Sentence | None = None) -> None:
    """A sentence with no place of its own (``s``) tells more about the event before it; a
    revised toll ("the number of injured has risen to 4") replaces its figures unless it names
    another place (not ``here``); its day is the event's unless ``day_told_after`` says not."""
    types, weapons, casualties = facts.types, facts.weapons, facts.casualties
    if (
        "interception" in types
        and last.event_type == "strike"
        and (
            _HEARD.search(last.sentence.text)
            or (_blasts_only(last.sentence.text) and _downing_told(facts))
        )
    ):
        # "... heard explosions over X. Air defence shot down drones over the city": the blasts
        # were the air defence at work
        last.event_type = "interception"
    _counts_told_after(last, facts)
    if types and last.event_type not in types and not casualties:
        return
    note_hits(last, facts)  # "... with drones and missiles. A missile hit a depot"
    if _others_weapons(last, facts):
        weapons = []
    named = [w for w in weapons if w.weapon]
    if named and not last.weapon and _refines(last, category_near(weapons, named[0])):
        last.weapon = named[0].weapon
        last.category = category_near(weapons, named[0])
    elif (
        weapons
        and last.event_type in ("strike", "interception")
        and (
            not last.category
            or (last.category == "missile" and not last.weapon and "missile" in weapons[0].category)
        )
    ):
        last.category = weapons[0].category  # "a missile hit X. A ballistic missile struck ..."
        if (pair := joined_kinds(facts.text)) and pair[0].category == last.category:
            last.kinds = (pair[0].category, pair[1].category)  # "... with artillery and drones"
    elif last.event_type == "strike" and (
        kind := precise_told(last, (w.category for w in weapons), facts.text)
    ):
        last.category = kind  # "an air strike on X ... warplanes dropped a guided bomb"
    when = facts.when
    # "the UN's monitors said on Tuesday that ...": the day they spoke, not the event's
    spoken = spoken_on(facts.text)
    if (
        when
        and when.explicit
        and not spoken
        and (not last.when.explicit or when.precision < last.when.precision)
        # "In May 2023, two drones exploded over the Kremlin": a month or a year is another,
        # earlier event, not the day of the one before
        and not (when.precision >= 3 and last.when.precision == 1)
        and dates_the_event_before(last, facts, s)
    ):
        last.when = when
    if facts.actor and not last.actor:
        last.actor = facts.actor
    if casualties:
        _add_figures(last, casualties, here and revised_toll(facts.text))
    _whose_word(last, facts, s)


def _add_figures(last: Draft, casualties: dict[str, int], revised: bool) -> None:
    """The sentence's figures where the event has none; a revised toll's ("Two were hurt. By
    noon the number of injured had risen to 4") over its own when larger."""
    for key, attr in (("killed", "fatalities"), ("injured", "injured")):
        old, new = getattr(last, attr), casualties.get(key)
        if old is None or (revised and new is not None and new > old):
            setattr(last, attr, new)


def _salvo_at_region(last: Draft) -> bool:
    """A strike drafted at a whole region by drones or missiles, no one hurt: a salvo aimed at
    the region, which a sentence of bringing down can tell the fate of."""
    return (
        last.event_type == "strike"
        and last.geo_precision == 3
        and last.category is not None
        and ("drone" in last.category or "missile" in last.category)
        and last.fatalities is None
        and last.injured is None
    )


def _whose_word(last: Draft, facts: Facts, s: Sentence | None = None) -> None:
    """A headline states what its sub-headline attributes ("Oil depot ablaze near Engels", then
    "the governor says two firefighters were killed"): the side's word; so are a side's figures
    after a sentence in the report's own voice ("A missile hit X. Three people were killed, the
    governor said.", "That's according to the police."), though not a side's word on the cause
    alone ("Police said it was a ballistic missile"). The UN, the IAEA or the report's own
    reporters bear it out."""
    if _attackers_version(last, facts):
        return
    if facts.claimant and not last.claimed_by:
        last.claimed_by = facts.claimant
        last.attributed = last.attributed or (
            (last.headline or bool(facts.casualties) or not facts.weapons)
            and not independent(facts.claimant)
        )
    if (
        facts.types
        and not facts.claimant
        and facts.actor
        and facts.weapons
        and not _HABIT.search(facts.text)
        and last.event_type != "interception"  # a downing stays its defender's count (own_tally)
        and (s is None or s.paragraph == last.sentence.paragraph)
    ):
        last.attributed = False  # "Russia fired an Oreshnik": the report restates it as a fact
    # "Footage shows troops in X. A spokesman said the enemy lost dozens; we cannot confirm
    # that": the doubt is about the speaker's word, not the event the report's evidence shows
    # (a side's word, or hearsay on a detail, does not hedge what the report's own eyes saw)
    last.hedged = last.hedged or (
        facts.hedged and not (last.confirmed and (facts.claimant or hearsay(facts.text)))
    )
    if (independent(facts.claimant) or CONFIRMED.search(facts.text)) and not facts.hedged:
        last.confirmed = True  # the UN, the IAEA, the report's reporters, "was confirmed by"


def _attackers_version(last: Draft, facts: Facts) -> bool:
    """Whether the sentence is only the attacker's word on what its strike hit ("Moscow's defence
    ministry described the strike as a hit on military targets. It offered no evidence."), after
    the report told the strike and its toll in its own voice: the event stays the report's, and
    a doubt of that word is no doubt of it (verif32)."""
    return (
        attackers_word(facts.claimant, last.actor)
        and not facts.casualties
        and not (last.claimed_by or last.attributed or last.headline)
        and (last.fatalities, last.injured) != (None, None)
    )


def _others_weapons(last: Draft, facts: Facts) -> bool:
    """Whether the weapons of ``facts`` are no weapon of the event ``last`` they follow: a
    night's tally after a strike ("... a shop hit. 407 drones and 45 missiles launched
    overnight"), weapons not brought down after an interception ("Kyiv region: 4 [cruise
    missiles]. Neither Iskander-M was intercepted")."""
    if last.event_type == "interception":
        return not_downed(facts.text)
    families = {wv.family(w.category) for w in facts.weapons}
    return last.event_type == "strike" and tally_of_kinds(facts.text, families)


def _refines(last: Draft, named: str) -> bool:
    """Whether a system named in a later sentence can be the weapon of the event before: any
    kind when none is known or the kind was only carried over from the paragraph, a missile's
    kind for a missile; not another kind that the event's own sentence named ("debris of a
    downed drone hit X" then "the minister asked for more Patriots": the Patriots are no drone)."""
    known = last.category
    if not known or known == named or (known == "missile" and "missile" in named):
        return True
    return known not in {w.category for w in wv.find_weapons(last.sentence.text)}


def continues_last(last: Draft | None, paragraph: int, topic: PlaceHit | None) -> bool:
    """Whether a sentence of ``paragraph`` with no place of its own may continue the event drafted
    last in it: not when its topic is the region told back ("says it downed 14 drones over the
    province") and the last event was at another place (a town's hit): the region's own event."""
    if last is None or last.sentence.paragraph != paragraph:
        return False
    return not (
        topic is not None
        and THE_REGION.fullmatch(topic.mention) is not None
        and topic.place.name != last.place.name
    )


# "Kiper now reports a second target: port infrastructure in Izmail": the same attack's
# weapons hit another place
_ANOTHER_TARGET = re.compile(r"\b(?:second|third|fourth|another|other)\s+targets?\b", re.I)


def another_target(drafts: list[Draft]) -> None:
    """A strike told as the attack's "second target" with no weapon named takes the weapon of
    the strike drafted before it."""
    before: Draft | None = None
    for d in drafts:
        if d.event_type != "strike":
            continue
        if before is not None and not d.category and _ANOTHER_TARGET.search(d.sentence.text):
            d.weapon, d.category = before.weapon, before.category
        before = d
