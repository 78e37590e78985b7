"""A place's role in its sentence: where something happened (an event place) or only
mentioned (a speaker's town, a launch site, a reference point, a locator), and how precise."""

from __future__ import annotations

import dataclasses
import re

from geo.extract.appositions import opens_aside, within_aside
from geo.extract.bare_items import bare_items
from geo.extract.colon_lists import chain_heads, colon_lists
from geo.extract.entry_headings import heading, heading_end
from geo.extract.event_phrases import APPROACHES, left_from, ousted_from
from geo.extract.events_after import where_after
from geo.extract.flight_targets import flight_targets_left_out
from geo.extract.footage_advances import FILMED_AT
from geo.extract.governed_region import governed_region
from geo.extract.heard_from_afar import sound_sources_left_out
from geo.extract.hospital_towns import hospital_town
from geo.extract.institution_towns import speakers_town
from geo.extract.interception_figures import tally_after
from geo.extract.joined_places import joined_places
from geo.extract.launch_sites import launch_site
from geo.extract.lexicon import Trigger
from geo.extract.locating import city_of_district, regions_that_locate
from geo.extract.locators import locates, told_between
from geo.extract.mentioned_only import mentioned_only, outage_town, road_name
from geo.extract.pattern_cues import cued
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.place_offsets import approximate_km
from geo.extract.places import DISTRICT_BRACKETED, LIST_GAP
from geo.extract.raion_heads import raions_that_locate
from geo.extract.region_lists import regions_of_lists
from geo.extract.region_tallies import read_out
from geo.extract.route_ends import route_end
from geo.extract.sentences import Sentence
from geo.extract.speakers import DEFENCES_AFTER, speaks_or_acts
from geo.extract.struck_parts import STRUCK_PART_BEFORE
from geo.extract.subject_places import subjects_of_deeds
from geo.extract.town_voices import town_voices
from geo.extract.victim_homes import victims_homes
from geo.extract.visitor_arrivals import arrivals_met
from geo.extract.wording import GAP_WORD, just_before
from geo.gazetteer import Gazetteer

# Words around a place that say its role
_EVENT_BEFORE = re.compile(
    # ("three weeks into the Kursk incursion" is a time, not a place)
    r"(?:(?<!\bday )(?<!\bdays )(?<!\bweek )(?<!\bweeks )(?<!\bmonth )(?<!\bmonths )(?<!\byear )"
    r"(?<!\byears )\b(?P<prep>in|on|at|near|around|over|above|against|targeting|into|across|outside|inside|toward|towards|"
    r"within|throughout|nearby|close to|next to|off)\s+|\b(?:shelling|bombardment|bombing|siege|capture|assault|storming|control|"
    r"liberation|seizure|attacks?|strikes?)[\"”’']?\s+of\s+|"
    # "the fight for X", "troops now fully control X"
    r"\b(?:fight(?:ing|s)?|battles?|struggles?)\s+for\s+|\b(?:now|fully|completely|entirely|effectively)\s+controls?\s+|"
    r"\b(?P<placenoun>(?:port |industrial |frontline |border |regional |major |small |"
    r"eastern |southern |northern |western )?(?:city|cities|town|towns|village|villages|region|regions|"
    r"oblast|province|district|outskirts|suburbs?|area|areas|settlement|port|capital|vicinity|"
    r"direction|sector|flank|parts?|centre|center|approaches|streets?|neighbou?rhoods?))[\"”’']?\s+of\s+|\b(?P<verb>attacked|struck|hits?|"
    r"shelled|bombed|bombarded|hammered|targeted|pounded|stormed|strikes?|attacks|shells|pounds|targets|"
    r"hitting|striking|attacking|pounding|shelling|bombing|encircle|storm|push\s+into|"
    r"rocked|shook|pummell?ed|battered|blasted|ravaged|slammed|"
    r"captured|recaptured|liberated|raided|entered|visited|toured|reached|seized|took|taken|retook|"
    r"retaken|taking|retaking|encircled|surrounded|cleared|left|infiltrat(?:e|es|ed|ing)|(?:visit|trip|journey)s?\s+to|approach(?:ing|ed)|"
    r"head(?:ing|ed)\s+(?:for|to|towards)|(?:drones?|missiles?|rockets?|UAVs?)\s+bound\s+for|"
    r"(?:drones?|missiles?|UAVs?|Shaheds?)\s+(?:[\w-]+\s+){0,3}?(?:came|went)\s+(?:for|after))"
    r"[\"”’']?\s+)"
    rf"(?:the\s+|a\s+)?(?:{GAP_WORD}\s+){{0,3}}$",
    re.I,
)
_DISTANCE_FROM = r"\d+\s*(?:km|kilometers|kilometres|miles)\s+(?:\w+\s+)?(?:of|from)"
_NEAR = just_before(
    "near|around|outside|close to|next to|outskirts of|vicinity of|suburbs? of",
    "areas? (?:around|near)",
    _DISTANCE_FROM,
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of",
)
_REFERENCE_BEFORE = just_before(
    "said in|says in|told reporters in|speaking in|spoke in|correspondents? in|reporters? in|from",
    # "were due in Kyiv", "is expected in Warsaw": a trip still to come
    "due in|due at|due to arrive in|expected in",
    "mayor of|governor of|president of|minister of|ministers of|ministry of|people of|edge of",
    "residents of|citizens of|embassy of",
    # "the Moscow-installed governor of the occupied part of the Zaporizhzhia region"
    r"(?:governor|head|mayor)s? of (?:the )?(?:[\w-]+ )?parts? of",
    _DISTANCE_FROM,
    r"(?:north|south)?(?:east|west)\s+of|(?:north|south)\s+of|outside of|on the edge of",
)
# where a delegation came from: "met a delegation from the Polish city of Lublin in Sumy"
_ORIGIN_BEFORE = re.compile(
    r"\b(from)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:city|town|village)\s+of\s+$", re.I
)
# "entered from Belarus near Włodawa": where it came from, then where it was
_FROM_THEN_NEAR = re.compile(r"\bfrom\s+\S+(?:\s+\S+)?\s+(?:near|in|at|over|outside)\s+$", re.I)
# "the Riyadh talks", "the Vilnius summit": a meeting named after the place where it is held
_MEETING_AFTER = re.compile(r"^\s+(?:peace\s+)?(?:talks|summit|meeting|conference)\b", re.I)
_HIT_AFTER = re.compile(
    # (an aside between commas: "X, far from the front, woke to ...")
    r"^(?:['’]s)?(?:\s*,[^,.;:]{1,50},)?(?:[\s-]+[\w-]+){0,3}?\s+"
    r"(?:(?:was|were|has been|had been|came|is|are)\s+(?:(?:also|again)\s+)?"
    r"(?:hit|struck|attacked|shelled|targeted|bombed|damaged|"
    r"under\s+(?:[\w-]+\s+){0,5}?(?:attack|fire|shelling|bombardment))|"
    # "X woke to a drone attack", "X was rocked by blasts": the place lived through it
    r"(?:woke|wakes|awoke|(?:was|were)\s+(?:woken|rocked|shaken|jolted))\s+(?:up\s+)?(?:to|by)\s+"
    r"(?:[\w-]+\s+){0,5}?(?:attacks?|strikes?|raids?|explosions?|blasts?|shelling|bombardment)|"
    # "the X power plant (Y region) took cruise missile hits", "X suffered a direct hit"
    r"(?:\([^()]{1,40}\)\s+)?(?:took|suffered|sustained)\s+(?:[\w-]+\s+){0,3}?(?:hits?|strikes?|damage)|"
    # "X has changed hands twice": fought over
    r"chang(?:ed|es|ing)\s+hands|"
    # "X without power after night raid", "X was left without water after the strike": the
    # town lives with what the attack left
    r"(?:(?:is|was|were|remains?|remained|left|stays?|stayed)\s+(?:(?:partly|largely|still)\s+)?)?"
    r"without\s+(?:power|electricity|water|heat(?:ing)?|gas|light|communications?)\s+"
    r"(?:after|following|since)\s+(?:[\w-]+\s+){0,4}?(?:attacks?|strikes?|raids?|shelling|"
    r"bombardment|hits?))\b",
    re.I,
)
# words after a town that name no facility of it: what acts or speaks, an auxiliary
_NOT_FACILITY = (
    r"(?:said|says|say|claim(?:s|ed)?|report(?:s|ed)?|and|or|it|they|he|she|we|had|has|have|"
    r"was|were|is|are|got|gets|also|then|forces|troops|army|units|soldiers|officials?|authorities|"
    r"residents|people|police|council|governor|mayor|administration|military|workers|crews|"
    r"gunners|pilots)\b"
)
# A timeline's or a headline's bare participle: "X shelled twice", "X hit by two glide bombs",
# "X bombed again" (not "X struck a deal": the participle is followed by no object)
# (also after the other towns of a list: "X and Y shelled again overnight", "X, Y and Z shelled,")
_BARE_HIT_AFTER = re.compile(
    r"^(?:(?:\s*,|\s+and|\s+&)\s+(?-i:[A-Z])[\w'’-]+(?:[ -](?-i:[A-Z])[\w'’-]+)?){0,4}?"
    # (or the place names the facility hit: "X grain terminal hit by drones", "X tram depot
    # shelled"; not people or a speaker: "X officials attacked the plan", "X says it hit")
    rf"(?:\s+(?!{_NOT_FACILITY})(?-i:[a-z])[\w-]+){{0,3}}?"
    r"(?:\s*,)?\s+(?:hit|struck|shelled|bombed|attacked|targeted|damaged|pounded)"
    r"(?=\s*[,;]|\s+(?:by|with|again|twice|repeatedly|overnight|every|at|during|for|in)\b)",
    re.I,
)
# "In the Kupiansk direction", "the Zaporizhzhia axis": a sector of the front named after a
# town, not the town.
# "Kharkiv's outskirts": near the place, as "the outskirts of Kharkiv" is.
_NEAR_AFTER = re.compile(
    r"^['’]s\s+(?:(?:north|south|east|west)\w*\s+)?(?:outskirts|suburbs?|vicinity|environs)\b",
    re.I,
)
# (also "the Volyn and Polissia directions", "KUPIANSK DIRECTION." as a heading)
DIRECTION_AFTER = re.compile(
    r"^(?:\s*(?:,|and)\s+(?-i:[A-Z])[\w'’-]+)*[\s-]*(?:directions?|ax[ie]s|sectors?|fronts?|groupings?)\b",
    re.I,
)
# "hit Kherson and 21 settlements of the region: Bilozerka, Stanislav, ...": a list of the
# places hit, after a colon.
_PLACES_HIT = r"settlements|villages|towns|cities|communities|localities|districts|places|locations"
_LISTED_AFTER = re.compile(rf"\b(?:{_PLACES_HIT})\b[^.;:]{{0,40}}:\s*$", re.I)
# (and a part of the place struck: "hit the primary processing unit of the Ryazan refinery")
_CUES_BEFORE = (_EVENT_BEFORE, _LISTED_AFTER, STRUCK_PART_BEFORE, APPROACHES)
# "over the Tula and Oryol regions and the Moscow region": one more region of the list
_AFTER_PLURAL = re.compile(r"^\s*(?:regions|oblasts|provinces)\s*,?\s+and\s+(?:the\s+)?$", re.I)

# Words before "of X" that name a person or a body, not a distance or direction from X.
_NOT_DIRECTIONS = tuple(
    "said in|correspondent|reporter|says in|told|speaking|spoke|from|mayor|governor|president|"
    "minister|ministry|people|edge|residents|citizens|embassy|on the edge".split("|")
)


def _listed(gap: str, region: bool) -> bool:
    """Whether the words between two places make the second one more of a list."""
    return bool(LIST_GAP.match(gap) or (region and _AFTER_PLURAL.match(gap)))


def _reference(before: str) -> re.Match | None:
    """The reference cue right before a place ("the mayor of", "from"), unless an event word
    stands between ("missiles launched from Belgorod struck Kharkiv": the cue is Belgorod's)."""
    m = _REFERENCE_BEFORE.search(before)
    return None if m is None or told_between(m.group(0)[len(m.group(1)) :]) else m


# the place's own kind after its name, part of what names it ("Sumy region", "Kursk airfield")
_REGION_TAIL = re.compile(
    r"^[\s-]*(?:(?:region|oblast|province|district|airport|airfield|air base)\b|obl\.)", re.I
)


def role(text: str, sentence: Sentence, hit: PlaceHit, previous: PlaceHit | None) -> PlaceHit:
    """The place's role in its sentence: where something happened (``event_place``) or only
    mentioned, its precision (1 place, 2 near, 3 region) and the words that name it."""
    before = text[max(sentence.start, hit.start - 60) : hit.start]
    after = text[hit.end : min(sentence.end, hit.end + 60)]
    approach = APPROACHES.search(before)  # "on the approaches to X": near X
    near = bool(_NEAR.search(before) or _NEAR_AFTER.match(after) or approach or hit.offset)
    region = hit.place.feature in ("admin1", "admin2", "region", "sea")
    # a village of the codifier stands at its community's centre, not its own: near it at best
    located = approximate_km(hit.place) > 0
    precision = 3 if region else (2 if near or located else 1)
    if _only_mentioned(text, sentence, hit, before, after, previous is not None):
        return replace_hit(hit, precision, False)
    if heading(text, sentence, hit):
        return replace_hit(hit, precision, True)
    # "fell in Kyiv obl. (Fastiv district)": the district in brackets is where, its region locates
    if region and DISTRICT_BRACKETED.match(after):
        return replace_hit(hit, precision, False)
    if previous is not None and DISTRICT_BRACKETED.match(text[previous.end : hit.end + 12]):
        where = _EVENT_BEFORE.search(
            text[max(sentence.start, previous.start - 60) : previous.start]
        )
        return replace_hit(hit, 2, bool(where))
    if previous is not None and locates(text, hit, previous, after, region):
        return replace_hit(hit, precision, False)
    if previous is not None and _listed(text[previous.end : hit.start], region):
        return replace_hit(
            hit, precision if not previous.geo_precision == 2 else 2, previous.event_place
        )
    event = _told_happening(text, sentence, hit, before, after, region)
    ousted = ousted_from(text, max(sentence.start, hit.start - 100), hit.start) or left_from(before)
    from_then_near = _FROM_THEN_NEAR.search(before)
    filmed = FILMED_AT.search(before)  # "footage from X", "geolocated to X": where it was seen
    reference = None if from_then_near or ousted or approach or filmed else _reference(before)
    reference = reference or _ORIGIN_BEFORE.search(before)
    event = event or bool(ousted or filmed)
    if reference or hit.offset is not None:
        event = _measured_event(text, sentence, hit, previous, before, reference)
    if hit.offset is not None:  # "30 km south of Kharkiv": its own words name the place
        return replace_hit(hit, precision, event)
    mention_start = _mention_start(before)
    hit = replace_hit(hit, precision, event)
    tail = _REGION_TAIL.match(after)
    hit.mention = (before[mention_start:] + hit.mention + (tail.group(0) if tail else "")).strip()
    return hit


def _only_mentioned(
    text: str, sentence: Sentence, hit: PlaceHit, before: str, after: str, follows: bool
) -> bool:
    """Whether the words around the place make it only mentioned: a speaker's or an actor's
    place, a direction of the front, a launch site, a hospital's or a speaker's town, a route's
    end (``follows``: a place was named before it in the sentence), where an advance came from,
    a document's seat, an earlier attack's place or a total's share (``mentioned_only``)."""
    return bool(
        speaks_or_acts(hit.place.feature == "capital", before, after)
        or DIRECTION_AFTER.match(after)
        or launch_site(text[sentence.start : hit.start])
        or hospital_town(before, after)
        or speakers_town(before, after)
        or route_end(before, after, follows)
        or mentioned_only(before)
        or road_name(text[hit.start : hit.end], after)
        or outage_town(after, follows)
    )


def _told_happening(
    text: str, sentence: Sentence, hit: PlaceHit, before: str, after: str, region: bool
) -> bool:
    """Whether the words around the place tell that something happened there: an event cue
    before it, a hit, air defences or a meeting after it, a tally's item, a region read out."""
    event = any(p.search(before) for p in _CUES_BEFORE) or bool(
        # (a longer look for "X power plant (Y region) took cruise missile hits")
        _HIT_AFTER.search(text[hit.end : min(sentence.end, hit.end + 90)])
        or _BARE_HIT_AFTER.match(after)
        or DEFENCES_AFTER.match(after)
        or _MEETING_AFTER.match(after)
    )
    # "shot down — Kyiv region (2), Chernihiv region (1)", "Sumy region — 14;": a tally's item
    event = event or tally_after(after) is not None or where_after(text, sentence, hit)
    return bool(event or (region and read_out(sentence.text)))  # "Zhytomyr region, 12 drones."


def _measured_event(
    text: str,
    sentence: Sentence,
    hit: PlaceHit,
    previous: PlaceHit | None,
    before: str,
    reference: re.Match | None,
) -> bool:
    """Whether a place named by a distance, a direction or a reference phrase is where the event
    was: "20 km west of Kharkiv" locates an event; "Fiuggi, 80 km outside Rome" only says where
    Fiuggi is: a distance or direction counts when no place came before it. A clause after the
    place that tells an event makes it the event's ("men from X, which came under fire")."""
    if reference is not None and where_after(text, sentence, hit):
        return True
    directional = hit.offset is not None or (
        _NEAR.search(before)
        and reference is not None
        and not reference.group(1).lower().startswith(_NOT_DIRECTIONS)
    )
    # ... but not as an aside right after another place ("Fiuggi, 80 km outside Rome").
    # ("Robotyne and Verbove, 5 km from the front and 10 km south of Orikhiv": distances alone)
    gap = text[previous.end : hit.start] if previous is not None else ""
    # (also after the place's own noun: "the Ryazan refinery, 200 km southeast of Moscow")
    aside = opens_aside(gap)
    # "a drone hit a car on the edge of Lgov" happened there; "Kurakhove on the edge of the
    # Donbas", "Antonivka, a suburb on the northern edge of Kherson" only locate a place
    edge = reference is not None and reference.group(1).lower().endswith("edge of")
    if edge and not (previous is not None and len(text[previous.end : hit.start].split()) <= 6):
        return True
    return bool(directional) and not aside


def _mention_start(before: str) -> int:
    m = re.search(
        r"\b(?:the\s+|a\s+)?(?:(?:port |small |major )?(?:city|cities|town|towns|village|region|area|areas)\s+"
        r"(?:of|around|near)\s+(?:the\s+)?|(?:near|around|outside|in|on|at)\s+(?:the\s+)?)(?:[\w-]+\s+){0,3}$",
        before,
        re.I,
    )
    if not m:
        return len(before)
    text = m.group(0)
    text = re.sub(r"^(?:in|on|at)\s+", "", text, flags=re.I)
    return len(before) - len(text)


def _lists_hit(text: str, s: Sentence, roles: list[PlaceHit]) -> list[PlaceHit]:
    """ "Chervonohryhorivka and Myrove hromadas also came under fire": a list of places that
    opens the sentence is hit when the words after its last say so."""
    for k, h in enumerate(roles):
        after = text[h.end : min(s.end, h.end + 60)]
        if h.event_place or not (_HIT_AFTER.search(after) or _BARE_HIT_AFTER.match(after)):
            continue  # ("Kupiansk and Borova shelled overnight": a timeline's participle)
        j = k
        while j > 0 and LIST_GAP.match(text[roles[j - 1].end : roles[j].start]):
            j -= 1
        for i in range(j, k + 1) if j < k else ():
            roles[i] = replace_hit(roles[i], roles[i].geo_precision, True)
    return roles


def sentence_roles(
    gazetteer: Gazetteer, text: str, s: Sentence, s_hits: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """The roles of a sentence's places, each read with the one before it (after a locator, the
    place it locates: "Vovchansk, a town in the Kharkiv region, and Kupiansk")."""
    previous, at = None, -1  # (and the index of its role)
    roles: list[PlaceHit] = []
    for h in s_hits:
        r = role(text, s, h, previous)
        after = text[h.end : min(s.end, h.end + 60)]
        region = h.place.feature in ("admin1", "admin2", "region", "sea")
        if previous is not None and not r.event_place and locates(text, h, previous, after, region):
            previous = dataclasses.replace(previous, end=r.end)
            # "Tyotkino in the Glushkovo district was shelled": the deed after the locator
            if _HIT_AFTER.search(text[r.end : min(s.end, r.end + 90)]):
                roles[at] = replace_hit(roles[at], roles[at].geo_precision, True)
        elif previous is None or not within_aside(text[previous.end : h.start]):
            previous, at = r, len(roles)  # (a place inside the aside of the one before: its part)
        roles.append(r)
    roles = flight_targets_left_out(text, s, roles)  # "including two flying towards Moscow"
    roles = _lists_hit(text, s, subjects_of_deeds(text, s, roles, triggers))
    roles = bare_items(text, s, roles, triggers)  # "Shelled overnight:" then "- Nikopol"
    roles = town_voices(text, s, joined_places(text, s, roles, triggers), triggers)
    roles = arrivals_met(text, s, roles, triggers)  # "came to Kyiv and met the president"
    roles = colon_lists(gazetteer, text, s.start, s.end, roles, triggers)  # "Under fire: X, Y"
    roles = regions_of_lists(gazetteer, text, roles)
    end = heading_end(text, s, roles[0]) if roles else None
    if end is not None and any(h.event_place for h in roles[1:] if h.start > end):
        # "🔻 Zhytomyr region — a drone hit a plant in Korostyshiv": the heading locates
        # (not "- Kupiansk and Borova: shelling": towns of the heading's own)
        roles[0] = replace_hit(roles[0], roles[0].geo_precision, False)
    roles = raions_that_locate(
        text, s, regions_that_locate(gazetteer, s, roles, triggers), triggers
    )
    roles = sound_sources_left_out(text, s, city_of_district(s, roles, triggers))
    roles = governed_region(gazetteer, text, s, roles, triggers)  # "over our region"
    roles = chain_heads(text, s.start, roles, triggers)  # "X oblast, Y community: shelling"
    return victims_homes(text, s, roles, triggers)  # "a man from X, with shrapnel wounds"


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_NEAR, _REFERENCE_BEFORE = cued(_NEAR), cued(_REFERENCE_BEFORE)
