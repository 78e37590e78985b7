"""The front or district a section heading or a sentence names places the villages told of
under it: "Kupiansk direction" over a think tank's paragraph, "Pokrovsk axis:" in a staff's
summary, "On the Kupiansk axis, Russian troops shelled Pishchane"; an administration's
"SYNELNYKOVE DISTRICT" over its "Pokrovske hromada", "Vasylivka district" over "Kamianske:
shelling".

The context rounds take a report's other places as evidence, each alike: a think tank's section
on the Sumy front made the Kupiansk section's Pishchane the Poltava region's town (300 km off),
nearer the Sumy section's villages than Kupiansk; a district heading's Pokrovske became the one
by Nikopol, the district told of just before. In a war report, a village or small town told
of under a front's heading, or in the sentence that names the front, lying farther than
``FRONT_KM`` from the front's town, takes its best candidate within that reach, where it has
one. The front of a city of 50,000 or more reaches over its region ("Zaporizhzhia direction":
Huliaipole, 90 km off, is still the Zaporizhzhia region's). A city of some size, a name with its
own region after it and a name called a region stay. A district's heading (its seat's name and
"district" alone on a line, up to the next front or district; on a line with news after a colon,
that line) reaches ``DISTRICT_KM`` from its seat, and moves a town of any size: under
"Vasylivka district" a bare "Kamianske" is the district's village, not the city of 230,000.
(A district named in a sentence is ``geo.extract.raion_heads``'s.)"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from geo.gazetteer import Place
from geo.geocode.candidates import Resolution
from geo.geocode.city_namesakes import CITY_OVER_VILLAGE
from geo.geocode.distance import distance_km
from geo.geocode.heading_regions import LABEL_REACH, may_move, move_to_best
from geo.geocode.named_regions import lies_in

FRONT_KM = 80.0  # how far from its town a front's fighting reaches
DISTRICT_KM = 100.0  # how far from its seat a district reaches (Ukraine's raions since 2020)
# The front's word after its town: "Kupiansk direction", "Pokrovsk axis", "the Lyman front";
# or a district's ("Synelnykove district", "the Izium raion").
_FRONT_WORD = re.compile(
    r"\s+(?:direction|axis|front|sector|(?P<district>district|raion|rayon))\b", re.I
)
# What may come before the town: a line's or sentence's start, a heading's marks, "On the".
_OPENS = re.compile(
    r"(?:^|[.!?;]\s+|\n)[ \t#*•>\u25a0-\u25ff\u2600-\u27bf\ufe0f\U0001f300-\U0001faff-]*"
    r"(?:(?:on|in|along|at|near)\s+the\s+|the\s+)?$",
    re.I,
)
# What ends a heading after the front's word: the line's end, a colon, a full stop, a dash.
_HEADING_END = re.compile(r"[ \t]*(?:[.:]|[-–—][ \t]|\r?$)", re.M)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# a district's seat, a region's or the country's capital (GeoNames' codes of a seat)
_SEATS = frozenset({"PPLA2", "PPLA", "PPLC"})


def keep_to_fronts(mentions: Sequence[Resolution], text: str) -> None:
    """Move ``mentions`` near the front or district their heading or sentence names (see the
    module's docstring)."""
    fronts = _fronts(mentions, text)
    if not fronts:
        return
    starts = [s for s, _, _, _ in fronts]
    for m in mentions:
        k = bisect_right(starts, m.start) - 1
        if k < 0 or m.start >= fronts[k][1]:
            continue
        _, _, front, district = fronts[k]
        town, place = front.place, m.place
        if town is None or place is None or m is front:
            continue
        if not may_move(m, text, any_size=district):
            continue
        reach = DISTRICT_KM if district else FRONT_KM
        if _km(place, town) <= reach or (
            not district and town.population >= CITY_OVER_VILLAGE and lies_in(place, town)
        ):
            continue  # a city's front reaches over its region: "Zaporizhzhia direction"
        move_to_best(m, [c for c in m.candidates if _km(c.place, town) <= reach])


def _fronts(mentions: Sequence[Resolution], text: str) -> list[tuple[int, int, Resolution, bool]]:
    """The fronts and districts named, in text order: where each is named, the end of its
    reach, its town, and whether it is a district's heading."""
    fronts: list[tuple[int, int, Resolution, bool]] = []
    for f in mentions:
        if f.place is None or f.place.feature not in ("city", "capital") or f.cue == "region":
            continue
        word = _FRONT_WORD.match(text, f.end)
        if word is None or not _OPENS.search(text, max(0, f.start - 40), f.start):
            continue
        district = bool(word.group("district"))
        if district and f.place.code not in _SEATS:
            continue  # not a district's seat: the name read as another town ("Novomoskovsk")
        end = _HEADING_END.match(text, word.end())
        line_end = text.find("\n", end.end()) if end else -1
        if end and district and line_end != end.end():
            # a district's label before its line's news ("Nikopol district: ..."): that line
            fronts.append((f.start, len(text) if line_end < 0 else line_end, f, True))
        elif end:  # until the next front
            fronts.append((f.start, f.end + LABEL_REACH, f, district))
        elif not district:  # (a district in a sentence: ``geo.extract.raion_heads``)
            stop = _SENTENCE_END.search(text, word.end())
            fronts.append((f.start, stop.start() if stop else len(text), f, False))
    return sorted(fronts, key=lambda f: f[0])


def _km(a: Place, b: Place) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)
