"""Places that only locate a sentence's event: a region opening its clause before a town of its
own ("In the Sumy region, drone debris fell on Shostka"), and the one city (or region) of a
district the gazetteer does not know ("two bombs struck the Osnovianskyi district"), or with no
place in the sentence the city of its paragraph's last event, else the city the report's header
writes from (a dateline, a masthead)."""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from geo import theatre
from geo.extract.datelines import dateline_city, filed_from
from geo.extract.dates import dates_agree
from geo.extract.district_locators import districts_that_locate
from geo.extract.governed_region import header_region, region_told_back
from geo.extract.issuer_city import issuer_city
from geo.extract.lexicon import triggers_in
from geo.extract.pattern_cues import cued
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.places import CITY_DISTRICT
from geo.extract.publication import MONTH_RE, WEEKDAY_RE
from geo.extract.sentences import line_bounds
from geo.extract.street_addresses import CITY_ADDRESS

if TYPE_CHECKING:
    from geo.extract.dates import When
    from geo.extract.draft import Draft
    from geo.extract.lexicon import Trigger
    from geo.extract.sentences import Sentence
    from geo.gazetteer import Gazetteer


def city_of_district(s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]) -> list[PlaceHit]:
    """ "Kharkiv's mayor said two bombs struck the Osnovianskyi district": the event is in a
    district the gazetteer does not know, of the one city the sentence names (as the speaker's
    or the owner's), which is the place; with no such city, the one region it names."""
    if not triggers or any(h.event_place for h in roles) or not CITY_DISTRICT.search(s.text):
        return roles
    # "the governor of the Voronezh region, Alexander Gusev, says ... the Podgorensky district":
    # a town outside the region the sentence names is a person's name, not the district's city;
    # with no city of its own, the district's region is the place.
    regions = [k for k, h in enumerate(roles) if h.place.feature == "admin1"]
    areas = {(roles[k].place.country, roles[k].place.admin1) for k in regions}
    towns = [
        k
        for k, h in enumerate(roles)
        if h.place.feature in ("city", "capital")
        and (not areas or (h.place.country, h.place.admin1) in areas)
    ]
    chosen = towns if towns else regions
    if len(chosen) == 1:
        roles[chosen[0]] = replace_hit(roles[chosen[0]], roles[chosen[0]].geo_precision, True)
    return roles


def regions_that_locate(
    gazetteer: Gazetteer, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """ "In the Sumy region, drone debris fell on Shostka", "..., and units in the Kursk region
    beat back attacks near Korenevo": a region that opens its clause (no event word between the
    place before it and it) with a town of its own where the event was only locates it."""
    for k, h in enumerate(roles):
        since = roles[k - 1].end if k else s.start
        told = any(since <= m.start() + s.start < h.start for _, m in triggers)
        if told or not h.event_place or h.geo_precision != 3:
            continue
        towns = [o.place for o in roles[k + 1 :] if o.event_place and o.geo_precision < 3]
        regions = [gazetteer.admin1_of(p) for p in towns]
        if any(r is not None and r.id == h.place.id for r in regions):
            roles[k] = replace_hit(h, h.geo_precision, False)
    return districts_that_locate(s, roles)


# a day right after a header's city: "| Kharkiv, Wednesday 20 November 2024", "Mykolaiv, 12 May"
_DATED = re.compile(
    rf",?\s*(?:(?:{WEEKDAY_RE}),?\s+)?(?:\d{{1,2}}\s+(?:{MONTH_RE})|(?:{MONTH_RE})\.?\s+\d{{1,2}})\b",
    re.I,
)
_HEADER_LINES = 4


def home_city(
    text: str, hits: list[PlaceHit], gazetteer: Gazetteer | None = None
) -> PlaceHit | None:
    """The city a report's header writes from: a city in its first lines with the day after it
    ("By our culture correspondent | Kharkiv, Wednesday 20 November 2024"), or else the one city
    its short first lines name without telling of an event (a masthead, "Sumy city council |
    official page"; a greeting, "Dear residents of Poltava,"), not a clock's ("Kyiv time"); with
    no city in them, the city its issuing body is named after ("Dnipro City Council")."""
    if (filed := dateline_city(text, hits)) is not None:
        return filed
    lines = text.split("\n")[:_HEADER_LINES]
    head_end = sum(len(line) + 1 for line in lines)
    cities = [h for h in hits if h.start < head_end and h.place.feature in ("city", "capital")]
    for h in cities:
        if _DATED.match(text, h.end):
            return h
    masthead = [
        h
        for h in cities
        if _line_length(text, h.start) <= _MASTHEAD_CHARS
        and not triggers_in(_line_of(text, h.start))
        and not _CLOCK.match(text, h.end)
    ]
    if not cities and gazetteer is not None:
        return issuer_city(gazetteer, text, head_end, theatre.current().countries)
    return masthead[0] if len({h.place.id for h in masthead}) == 1 else None


_MASTHEAD_CHARS = 80
_CLOCK = re.compile(r"\s+time\b", re.I)


def _line_of(text: str, pos: int) -> str:
    start, end = line_bounds(text, pos)
    return text[start:end]


def _line_length(text: str, pos: int) -> int:
    """(asked before the line is copied: a report's first line may be a paste of 1 MB)"""
    start, end = line_bounds(text, pos)
    return end - start


def city_of_report(hits: list[PlaceHit], piece: PlaceHit | None = None) -> PlaceHit | None:
    """The one city a report names, however often (a mayor's address: "Kharkiv" in its title,
    its greeting and its sign-off only), else the city the piece is about (``piece``: "Timeline
    of attacks on Kharkiv" names its suburbs too), None when there is neither."""
    cities = [h for h in hits if h.place.feature in ("city", "capital")]
    if len({h.place.id for h in cities}) == 1:
        return cities[0]
    return piece if piece is not None and piece.place.feature in ("city", "capital") else None


def district_city(
    text: str,
    s: Sentence,
    hits: list[PlaceHit],
    home: PlaceHit | None,
    last: Draft | None,
    about: PlaceHit | None = None,
    when: When | None = None,
) -> PlaceHit | None:
    """ "Last Thursday a drone hit a depot in the Saltivskyi district": a district the gazetteer
    does not know, in a sentence with no place, is in the city its paragraph's last event was in
    ("In X a drone hit a car. Earlier, the Y district came under fire"), else in the city the
    report writes from. "KYIV (AP) — A missile struck a residential building overnight": the
    story's first sentence, naming no place but its dateline's, is in the dateline's city, and
    so is a later one of its lead with no event told before it.
    With neither, the district is of the city the report is about (``about``), unless the event
    before was there and the sentence names no other day (``when``): it tells more of that one.
    A street, square or park alone ("a drone hit a car park on Sumska Street") is read so too when
    no event was told before it in its paragraph, nor one out of the city it writes from before
    that (:mod:`geo.extract.street_addresses`)."""
    if filed_from(text, s, hits, home, last is not None):
        return home
    if hits:
        return None
    if not CITY_DISTRICT.search(s.text):  # a street alone goes on telling the paragraph's event
        told_on = last is not None and (  # (nor one told after an event out of the dateline's
            last.sentence.paragraph == s.paragraph  # city: "KYIV - drones attacked Odesa. ...
            or (home is not None and last.place.id != home.place.id)  # on Deribasivska Street")
        )
        if told_on or not CITY_ADDRESS.search(s.text):  # ("Debris damaged cars on X Street")
            return None
    if last is not None and last.sentence.paragraph == s.paragraph and last.geo_precision == 1:
        if last.place.feature in ("city", "capital"):
            start = last.sentence.start
            return PlaceHit(start, start, last.place, last.place_mention, 1, True)
    if home is not None or about is None or last is None or not _told_at(last, about):
        return home or about
    if when is None or not when.explicit:  # (its own day: "* 2 May – drones struck the X district")
        return None
    return None if last.when.explicit and dates_agree(last.when, when) else about


def tally_region(
    gazetteer: Gazetteer, text: str, hits: list[PlaceHit], s: Sentence, last: Draft | None
) -> PlaceHit | None:
    """The region of an interception sentence that names no place ("19 drones were destroyed over
    the region"): that of the event before it (``last``), else the region whose governor heads
    the post ("Governor of the Belgorod Region ... over the territory of our region")."""
    if last is not None and (back := region_told_back(gazetteer, s.start, s.text, last.place)):
        return back
    return header_region(gazetteer, text, hits, s)


def _told_at(last: Draft, city: PlaceHit) -> bool:
    """Whether the event before was told at ``city``: there, or in a sentence naming it ("bombs hit
    Kharkiv, as Moscow pressed on in Kupiansk": the sentence's last place is not its only one)."""
    return last.place.id == city.place.id or city.mention in last.sentence.text


_PIECE_TOWNS = ("city", "capital", "village")
_LEAST_NAMED = 3  # a piece about a town names it again and again, not once in passing


def piece_town(text: str, hits: list[PlaceHit]) -> PlaceHit | None:
    """The town a piece is about: the town its title names ("The hill town that would not fall:
    how X became ..."), else the one it names most, at least three times and more often than any
    other; None when two towns are named as often."""
    towns = [h for h in hits if h.place.feature in _PIECE_TOWNS]
    title_end = text.find("\n")
    titled = [h for h in towns if title_end < 0 or h.start < title_end]
    if len({h.place.id for h in titled}) == 1:
        return titled[0]
    counts = Counter(h.place.id for h in towns).most_common(2)
    if not counts or counts[0][1] < _LEAST_NAMED:
        return None
    if len(counts) > 1 and counts[1][1] == counts[0][1]:
        return None
    return next(h for h in towns if h.place.id == counts[0][0])


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
CITY_DISTRICT = cued(CITY_DISTRICT)
