"""The town a sentence with no place of its own tells of: told back ("the village", "there", a hit
on "it") or right after the sentence that named it, a speaker's seat told back as "the city"
("the mayor of X said a drone hit a block in the city"), and the places a sentence tells of
besides that topic."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.background import background
from geo.extract.life_story import life_story

if TYPE_CHECKING:
    from geo.extract.draft import Facts
    from geo.extract.place_hits import PlaceHit
    from geo.extract.sentences import Sentence


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
    naming = text[max(0, said - 400) : said]
    if life_story(naming[naming.rfind(".", 0, len(naming) - 1) + 1 :]):
        return None  # "She trained in X. Her friend was wounded": a life's town, no scene
    right_after = not own_place and not text[said : s.start].strip()
    verbs = [m for _, m in facts.triggers if m.group().lower() not in _ATTACK_NOUNS]
    # an attack's noun with its toll is news too: "Civilians in X bear the brunt. On 14 June, an
    # attack on a residential area reportedly killed two civilians"
    told = verbs or (facts.triggers and facts.casualties)
    news = told and not _EARLIER.search(s.text) and background(s.text) is None
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
