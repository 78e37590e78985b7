"""A heading that names its place down a path of areas, widest first: a regional channel's
"Sumy oblast / Shostka hromada:", a digest's "Kharkiv region > Chuhuiv district", "Zaporizhzhia
district, Stepnohirsk hromada". The path's last place is the heading's place (the one the lines
under it tell of); the areas before it only say where that place lies. (The other order, the
town first and its district or region after it, "Pokrovske, Synelnykove district", is
``numbered_entries.town_with_district`` and ``places.heading_place``.)"""

from __future__ import annotations

import re

from geo.extract.place_hits import PlaceHit
from geo.extract.sentences import line_bounds

__all__ = ["path_end"]

# an area's word after its name ("Sumy oblast", "Chuhuiv district", "Shostka hromada")
_AREA_WORD = re.compile(
    r"\s+(?:region|oblast|province|krai|district|raion|rayon|hromada|community|municipality)\b",
    re.I,
)
# what parts the steps of a path: a slash, an angle or an arrow, a comma
_STEP = re.compile(r"\s*(?:/|>|»|→|,)\s*")
# what may open the line before the widest area: spaces, markup, a bullet or a pictograph
_OPENS = re.compile(r"[^\w\n]*")
# what may close the line after the place: its area word, then markup and a colon or full stop
_CLOSES = re.compile(r"[ \t*_]*[:.]?[ \t*_]*$", re.M)


def path_end(text: str, hits: list[PlaceHit]) -> PlaceHit | None:
    """The last place of a line that is a path of areas down to it and nothing else ("Sumy
    oblast / Shostka hromada:"), each step an area (a region, or a place with its area's
    word after it); None for any other line (two towns: "Kharkiv, Sumy")."""
    if len(hits) < 2:
        return None
    line_start = line_bounds(text, hits[0].start)[0]
    if not _OPENS.fullmatch(text, line_start, hits[0].start):
        return None
    for step, nxt in zip(hits, hits[1:], strict=False):
        word = _AREA_WORD.match(text, step.end)
        if word is None and step.place.feature != "admin1":
            return None  # a town before another place is no area of a path
        if not _STEP.fullmatch(text, word.end() if word else step.end, nxt.start):
            return None
    last = hits[-1]
    word = _AREA_WORD.match(text, last.end)
    return last if _CLOSES.match(text, word.end() if word else last.end) else None
