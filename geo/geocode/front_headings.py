"""The front a section heading or a sentence names places the villages told of under it:
"Kupiansk direction" over a think tank's paragraph, "Pokrovsk axis:" in a staff's summary, "On
the Kupiansk axis, Russian troops shelled Pishchane".

The context rounds take a report's other places as evidence, each alike: a think tank's section
on the Sumy front made the Kupiansk section's Pishchane the Poltava region's town (300 km off),
nearer the Sumy section's villages than Kupiansk. In a war report, a village or small town told
of under a front's heading, or in the sentence that names the front, lying farther than
``FRONT_KM`` from the front's town, takes its best candidate within that reach, where it has
one. The front of a city of 50,000 or more reaches over its region ("Zaporizhzhia direction":
Huliaipole, 90 km off, is still the Zaporizhzhia region's). A city of some size, a name with its
own region after it and a name called a region stay."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from geo.gazetteer import Place
from geo.geocode.candidates import Resolution
from geo.geocode.context import CITY_OVER_VILLAGE
from geo.geocode.distance import distance_km
from geo.geocode.heading_regions import LABEL_REACH, may_move, move_to_best
from geo.geocode.named_regions import lies_in

FRONT_KM = 80.0  # how far from its town a front's fighting reaches
# The front's word after its town: "Kupiansk direction", "Pokrovsk axis", "the Lyman front".
_FRONT_WORD = re.compile(r"\s+(?:direction|axis|front|sector)\b", re.I)
# What may come before the town: a line's or sentence's start, a heading's marks, "On the".
_OPENS = re.compile(
    r"(?:^|[.!?;]\s+|\n)[ \t#*•>-]*(?:(?:on|in|along|at|near)\s+the\s+|the\s+)?$", re.I
)
# What ends a heading after the front's word: the line's end, a colon, a full stop, a dash.
_HEADING_END = re.compile(r"[ \t]*(?:[.:]|[-–—][ \t]|\r?$)", re.M)
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def keep_to_fronts(mentions: Sequence[Resolution], text: str) -> None:
    """Move ``mentions`` near the front their heading or sentence names (see the module's
    docstring)."""
    fronts: list[tuple[int, int, Resolution]] = []  # (start, end of reach, front's town)
    for f in mentions:
        if f.place is None or f.place.feature not in ("city", "capital") or f.cue == "region":
            continue
        word = _FRONT_WORD.match(text, f.end)
        if word is None or not _OPENS.search(text, max(0, f.start - 40), f.start):
            continue
        if _HEADING_END.match(text, word.end()):
            fronts.append((f.start, f.end + LABEL_REACH, f))  # until the next front
        else:
            stop = _SENTENCE_END.search(text, word.end())
            fronts.append((f.start, stop.start() if stop else len(text), f))
    if not fronts:
        return
    fronts.sort(key=lambda f: f[0])
    starts = [s for s, _, _ in fronts]
    for m in mentions:
        k = bisect_right(starts, m.start) - 1
        if k < 0 or m.start >= fronts[k][1]:
            continue
        town = fronts[k][2].place
        place = m.place
        if town is None or place is None or m is fronts[k][2]:
            continue
        if not may_move(m, text):
            continue
        if _km(place, town) <= FRONT_KM or (
            town.population >= CITY_OVER_VILLAGE and lies_in(place, town)
        ):
            continue  # a city's front reaches over its region: "Zaporizhzhia direction"
        move_to_best(m, [c for c in m.candidates if _km(c.place, town) <= FRONT_KM])


def _km(a: Place, b: Place) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)
