"""Sentences with no place of their own: what they add to the event before them (its weapon,
date, actor, figures, claimant, hedges); "the region" they name is :mod:`governed_region`'s."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo import weapons as wv
from geo.extract.arsenal_hits import note_hits
from geo.extract.attribution import CONFIRMED, independent
from geo.extract.background import background
from geo.extract.casualties import revised_toll
from geo.extract.dates import spoken_on
from geo.extract.day_told_after import dates_the_event_before
from geo.extract.governed_region import THE_REGION
from geo.extract.interception_figures import interception_counts, launched_count
from geo.extract.inventory import own_launched
from geo.extract.kinds import joined_kinds
from geo.extract.places import PlaceHit
from geo.extract.publication import MONTH_RE, WEEKDAY_RE
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
        and _HEARD.search(last.sentence.text)
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
    _whose_word(last, facts)


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


def _whose_word(last: Draft, facts: Facts) -> None:
    """A headline states what its sub-headline attributes ("Oil depot ablaze near Engels", then
    "the governor says two firefighters were killed"): the side's word; so are a side's figures
    after a sentence in the report's own voice ("A missile hit X. Three people were killed, the
    governor said.", "That's according to the police."), though not a side's word on the cause
    alone ("Police said it was a ballistic missile"). The UN, the IAEA or the report's own
    reporters bear it out."""
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
    ):
        last.attributed = False  # "Russia fired an Oreshnik": the report restates it as a fact
    # "Footage shows troops in X. A spokesman said the enemy lost dozens; we cannot confirm
    # that": the doubt is about the speaker's word, not the event the report's evidence shows
    last.hedged = last.hedged or (facts.hedged and not (last.confirmed and facts.claimant))
    if (independent(facts.claimant) or CONFIRMED.search(facts.text)) and not facts.hedged:
        last.confirmed = True  # the UN, the IAEA, the report's reporters, "was confirmed by"


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


# "the town", "the city's" told back; not "the town of X", which names another place
_TOWN_WORD = r"\bthe\s+(?:city|town|village|settlement)\b"
_TOLD_BACK = re.compile(rf"(?i){_TOWN_WORD}(?!\s+of\b)")
# What tells of the town a paragraph named last: "the village", "there" (not "there were"), a hit
# on "it" ("X's old library was her school. A glide bomb destroyed it last week.")
TOLD_HERE = re.compile(
    rf"(?i){_TOWN_WORD}|\bthere\b(?!\s+(?:is|are|was|were|has|have|"
    r"had|will|would|may|might|seems?|appears?|must|could)\b|['’]s)|\b(?:hit|struck|destroyed|"
    r"damaged|targeted|shelled|bombed|flattened|levell?ed|gutted|burned|burnt)\s+it\b"
)


# "the mayor of", "the authorities of the nearby town of", "our correspondent in"; "X's governor"
_SEAT_BEFORE = re.compile(
    r"\b(?:mayor|governor|head|authorities|administration|officials?|council|correspondents?|"
    r"reporters?|residents|people)\s+(?:of|in)\s+(?:the\s+)?(?:[\w-]+\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.I,
)
_SEAT_AFTER = re.compile(
    r"['’]s\s+(?:[\w-]+\s+)?(?:mayor|governor|head|authorities|administration|officials|council)\b",
    re.I,
)


def seat_told_back(text: str, roles: list[PlaceHit], end: int) -> PlaceHit | None:
    """A town the sentence names only as a speaker's seat or a reference ("the authorities of
    X said", "our correspondent in X") and then tells of as "the town" before ``end``, with no
    other place where something happened: "the mayor of X said a drone hit a block in the
    city" tells of X."""
    if any(h.event_place for h in roles):
        return None
    seats = [
        h
        for h in roles
        if h.place.feature == "city"
        and (
            _SEAT_BEFORE.search(text, max(0, h.start - 60), h.start)
            or _SEAT_AFTER.match(text, h.end)
        )
    ]
    if not seats or not _TOLD_BACK.search(text, seats[-1].end, end):
        return None
    return seats[-1]


def named_town(roles: list[PlaceHit], text: str, sentence: str) -> PlaceHit | None:
    """The town a ``sentence`` of ``text`` with no event word names, for a later sentence to
    tell of as "the village", "there" or "it": the last town where something goes on ("around X,
    troops try to cut the road to Y": X), else the town that closes its list of places; none in
    background ("X has been under almost daily fire": what follows is an example of it, not
    news; a retraction's town stays: "we wrote that a missile hit X. ... debris fell on the
    city")."""
    if not roles:
        return None
    # (not a town a distance or a direction is measured from: "X lies 145 km north of Y")
    where = [
        h
        for h in roles
        if h.event_place
        and h.place.feature in _TOWNS
        and not _MEASURED_FROM.search(text, max(0, h.start - 12), h.start)
    ]
    town = where[-1] if where else (roles[-1] if roles[-1].place.feature == "city" else None)
    return None if town is None or background(sentence) in ("habitual", "past") else town


_MEASURED_FROM = re.compile(r"\b(?:of|from)\s+(?:the\s+)?$", re.I)
_TOWNS = ("city", "capital", "village")


def own_places(
    roles: list[PlaceHit], hits: list[PlaceHit], topic: PlaceHit | None, back: PlaceHit | None
) -> list[PlaceHit]:
    """The places a sentence tells of besides its topic: with the town told back as ``topic``,
    its event places ("The X province governor says debris fell on the city's outskirts": X is
    a speaker's place); else its places other than the topic's own (under the heading "X", "X's
    mayor says a drone hit a depot": the heading's town named again as a speaker's seat) and
    other than the topic town's region ("NIKOPOL, Dnipropetrovsk region, Dec. 4 - The town came
    under fire": the dateline's town and its region)."""
    if topic is not None and topic is back:
        return [h for h in roles if h.event_place]
    return [h for h in hits if topic is None or not _topic_or_its_region(h, topic)]


def _topic_or_its_region(h: PlaceHit, topic: PlaceHit) -> bool:
    """Whether ``h`` names the topic's place, or the region a topic town lies in."""
    p, t = h.place, topic.place
    if p.id == t.id:
        return True
    return (
        p.feature == "admin1"
        and t.feature not in ("admin1", "admin2", "region")
        and (p.country, p.admin1) == (t.country, t.admin1)
        and not h.event_place
    )


def told_here(
    named: tuple[PlaceHit, int] | None, text: str, s: Sentence, own_place: bool, facts: Facts
) -> PlaceHit | None:
    """The town a paragraph named last (``named``: it and where its sentence ended), when
    sentence ``s`` tells of it: as "the village", "there" or "it"; or, with no place of its
    own, right after the sentence that named it, as news ("Residents of X woke before dawn. A
    glide bomb hit a warehouse"): an event verb, not only an attack's noun ("It has nothing to
    do with the bridge attack"), and nothing earlier ("caused by a drone earlier this year")."""
    if named is None:
        return None
    town, said = named
    if TOLD_HERE.search(s.text):
        return town
    right_after = not own_place and not text[said : s.start].strip()
    verbs = [m for _, m in facts.triggers if m.group().lower() not in _ATTACK_NOUNS]
    news = verbs and not _EARLIER.search(s.text) and background(s.text) is None
    return town if right_after and news else None


# an attack named by its noun only ("the bridge attack", "It covers only attacks ..."): no news
_ATTACK_NOUNS = frozenset("attack attacks strike strikes raid raids assault assaults".split())
# what tells an earlier event, another's or one far off: "earlier this year", "died when", "far to
# the south"
_EARLIER = re.compile(
    r"(?i)\b(?:earlier this (?:year|month|week)|last (?:year|month)|since|when a|died when|"
    r"(?:has|have|had) nothing to do|not linked|covers? only|"
    r"far|in the distance|(?:kilometres|km|miles) away|to the (?:north|south|east|west))\b"
)
