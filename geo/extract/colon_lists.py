"""Places a line ties to its event by its shape, with no event word beside them: a list of
places after a colon whose lead-in tells the event ("Under fire: Nikopol, Marhanets and
Tomakivka communities", "brought down in three regions: Sumy, Kharkiv and Dnipropetrovsk"), a
list that goes on from the sentence before ("... shelled 38 settlements. Among them Beryslav,
Bilozerka and the city of Kherson itself"), and a chain of places that heads its line from the
region down to the town ("Mykolaiv oblast, Ochakiv community: heavy artillery fire damaged a
school"), whose last place is where it happened and whose others only locate it."""

from __future__ import annotations

import re

from geo.extract.entry_headings import opens_line
from geo.extract.launch_sites import launch_site
from geo.extract.place_hits import PlaceHit, replace_hit
from geo.extract.places import list_gap
from geo.gazetteer import Gazetteer
from geo.geocode.city_regions import region_around

# a place's kind after its name, and the glue of a list: "Nikopol, Marhanets and Tomakivka
# communities", "Antonivka, and the city of Kherson itself"
_KIND = r"(?:regions?|oblasts?|provinces?|districts?|raions?|communit(?:y|ies)|hromadas?|villages?|towns?|cities|city)"
_OF = r"(?:the\s+)?(?:(?:city|town|village|settlement)\s+of\s+)?"
_GAP = list_gap(_KIND, tail=_OF)
# what may stand between the colon and the list's first place, and after its last
_OPEN = re.compile(rf"^\s*{_OF}$", re.I)
_CLOSE = re.compile(rf"^\s*(?:{_KIND}\s*)?(?:itself\s*)?(?:[.;!]\s*)?$", re.I)
_LEAD = 160  # how far before a list its lead-in's colon is looked for
# a lead-in whose list is of regions: "in three regions:", "over the following oblasts:"
_REGIONS_LEAD = re.compile(r"\b(?:regions|oblasts|provinces)\s*$", re.I)
# a lead-in of earlier events: "Affected areas after last month's attacks:", "hit since May:"
_EARLIER = re.compile(
    r"\b(?:(?:last|previous|past)\s+(?:week|month|year|winter|summer|autumn|spring)['’]?s?|"
    r"(?:earlier|previous|former|past)\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|shelling)|since|"
    r"in\s+(?:19|20)\d\d)\b",
    re.I,
)
# a sentence that goes on with the places of the one before
_AMONG = re.compile(
    r"^\W*(?:among\s+them|among\s+these|among\s+those|including|in\s+particular|namely)\b[\s,:]*",
    re.I,
)
# the lead-in "Under fire:" (its own event word, the list after it the places)
UNDER_FIRE_LEAD = re.compile(
    r"(?:^|(?<=[\n.;]))[^\w\n]{0,6}(under\s+(?:[\w-]+\s+){0,2}?(?:fire|shelling))"
    r"(?=\s*(?:\([^)\n]{0,40}\)\s*)?(?:[\w-]+\s+){0,3}?:)",
    re.I,
)
# a chain that heads its line: "Dnipropetrovsk oblast, Nikopol district, Marhanets hromada:"
_CHAIN_GAP = re.compile(rf"^\s*{_KIND}?\s*,\s*$", re.I)
# (the chain goes down to a town's community: "Slavutych, Kyiv oblast:" only names its region)
_CHAIN_END = re.compile(
    r"\s*(?:communit(?:y|ies)|hromadas?|villages?|towns?|city|settlement)\s*:", re.I
)
_REGIONAL = ("admin1", "admin2", "region")
_STAMP_BACK = 40  # how far a line's number or stamp may stand before its sentence's start
_TOWN_COLON = re.compile(r"\s*:")
_LINE_OPEN = re.compile(r"^[^\w\n]*(?:in\s+)?(?:the\s+)?$", re.I)


def _runs(text: str, roles: list[PlaceHit]) -> list[tuple[int, int]]:
    """The runs of places joined as a list, as (first index, last index)."""
    runs, k = [], 0
    while k < len(roles):
        j = k
        while j + 1 < len(roles) and _GAP.match(text[roles[j].end : roles[j + 1].start]):
            j += 1
        runs.append((k, j))
        k = j + 1
    return runs


def colon_lists(
    gazetteer: Gazetteer, text: str, s_start: int, s_end: int, roles: list[PlaceHit], triggers: list
) -> list[PlaceHit]:
    """The places of a list that closes its sentence, after a colon whose lead-in tells an
    event, or in a sentence opened by "Among them" that goes on from an event told before
    (``triggers`` then the ones carried from it): each is where it happened. Before "regions:"
    each is its region."""
    if not roles or not triggers:
        return roles
    out = list(roles)
    told = s_start + min(m.start() for _, m in triggers)  # the first event word
    among = _AMONG.match(text[s_start : s_start + 40])
    for first, last in _runs(text, out):
        if s_end - out[last].end > 40 or not _CLOSE.match(text[out[last].end : s_end]):
            continue  # (not a list that closes its sentence)
        start = max(s_start, out[first].start - _LEAD)  # (a bounded look: a long paste)
        before = text[start : out[first].start]
        colon = before.rfind(":")
        if among and s_start + among.end() == out[first].start:
            regions = False
        elif colon >= 0 and _OPEN.match(before[colon + 1 :]):
            lead = before[:colon]
            if launch_site(lead + ":") or told >= start + colon or _EARLIER.search(lead):
                continue  # ("Launch areas: Kursk, Oryol"; no event word before the colon)
            regions = bool(_REGIONS_LEAD.search(lead))
        else:
            continue
        for i in range(first, last + 1):
            hit = replace_hit(out[i], out[i].geo_precision, True)
            region = gazetteer.admin1_of(hit.place) if regions else None
            if region is not None and hit.place.feature not in ("admin1", "admin2", "region"):
                hit = replace_hit(hit, 3, True)
                hit.place = region_around(gazetteer, region)
            out[i] = hit
    return out


def carried_list(sentence: str) -> bool:
    """Whether the sentence goes on with the places of the one before ("Among them X, Y")."""
    return bool(_AMONG.match(sentence))


def _town_under_regions(text: str, chain: list[PlaceHit]) -> re.Match | None:
    """The colon after a chain that goes down from its regions to a town ("Donetsk oblast,
    Druzhkivka: ..."; not "Slavutych, Kyiv oblast:", whose last place only names its region)."""
    town = chain_town(chain)
    return None if town is None else _TOWN_COLON.match(text, town.end)


def _stamped_opening(text: str, s_start: int, at: int) -> bool:
    """Whether a line opens with a number or a stamp and then the place at ``at`` ("3. 15 July,
    Donetsk oblast, ..."), within a few words of the sentence's start."""
    low = max(0, s_start - _STAMP_BACK)
    if at - low > 2 * _STAMP_BACK:
        return False
    newline = text.rfind("\n", low, at)
    if newline < 0 and low > 0:
        return False
    return opens_line(text, newline + 1, at)


def chain_town(cell: list[PlaceHit]) -> PlaceHit | None:
    """The town a place cell names under its regions ("Kherson oblast, Beryslav": Beryslav),
    None for a cell that opens with its own place ("Zolochiv, Kharkiv region")."""
    if len(cell) < 2 or cell[-1].place.feature in _REGIONAL:
        return None
    return cell[-1] if all(h.place.feature in _REGIONAL for h in cell[:-1]) else None


def chain_heads(text: str, s_start: int, roles: list[PlaceHit], triggers: list) -> list[PlaceHit]:
    """A chain of places opening its line, each after a comma, the last followed by its kind
    and a colon ("Mykolaiv oblast, Ochakiv community: heavy artillery fire ..."): the last is
    where the event after the colon happened, when that clause names no place of its own; the
    others locate it."""
    if len(roles) < 2 or not triggers:
        return roles
    opening = text[s_start : roles[0].start]
    if (len(opening) > 12 or not _LINE_OPEN.match(opening.rsplit("\n", 1)[-1])) and not (
        _stamped_opening(text, s_start, roles[0].start)
    ):
        return roles  # (the chain opens its line, after a bullet, "In", a number or a stamp)
    last = 0
    while last + 1 < len(roles) and _CHAIN_GAP.match(text[roles[last].end : roles[last + 1].start]):
        last += 1
    end = _CHAIN_END.match(text, roles[last].end) or _town_under_regions(text, roles[: last + 1])
    if last == 0 or end is None or len(roles) > last + 1:
        return roles  # (a single place, no colon, or a place after the colon: its own)
    if not any(s_start + m.start() >= end.end() for _, m in triggers):
        return roles
    out = [replace_hit(h, h.geo_precision, False) for h in roles[:last]]
    return out + [replace_hit(roles[last], roles[last].geo_precision, True)]
