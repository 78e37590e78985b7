"""A heading that names a site at its place, over the lines that tell what befell it: an
insurer's "Odesa, grain terminal in the port.", an annex's "Sumy region, Shostka railway
station.", "Lviv region, village of Lapaivka.", an exhibition label's "2.1 Kyiv, Okhmatdyt
children's hospital, 8 July 2024", a photo's "Kherson, Freedom Square". The line is a few
parts parted by commas, with no event word and no clause (no verb of being or saying, no
participle): its one town (before or after its region) is the place of the lines under it
(:class:`geo.extract.blocks.Blocks`), the site and a day only say where in it and when.
"Meanwhile, in Kharkiv, residents queued." is a sentence; "Kharkiv, Sumy, Poltava." a list of
places (two towns head nothing)."""

from __future__ import annotations

import re

from geo.extract.caption_labels import label_end
from geo.extract.lexicon import triggers_in
from geo.extract.place_hits import PlaceHit
from geo.extract.publication import MONTH_RE, WEEKDAY_RE

__all__ = ["site_line", "site_place"]

# the most words of the line and of one of its parts ("Odesa, Transfiguration Cathedral, night
# of 22 to 23 July 2023")
_MOST_WORDS = 12
_PART_WORDS = 7
_MOST_CHARS = 160
# what opens the line before its place: a bullet, a pictograph, a label's number ("2.1", "1.")
_OPENING = re.compile(
    r"[ \t]*(?:[-–•*#>\u25a0-\u25ff\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]*|"
    r"\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+)*"
)
# words of a clause: a verb of being, having or saying, a past participle in lower case
_CLAUSE = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|says?|said|told|"
    r"remains?|stays?|[a-z]+ed)\b"
)
_COMMA = re.compile(r"\s*,\s*")
# a part opened by a word that joins a clause ("Chernihiv remembers the siege, as drones return")
_JOINS = re.compile(
    r"(?:as|while|when|whe?re|after|before|but|and|because|since|though|although|which|who|"
    r"then|so|if|until|dear)\b",
    re.I,
)
# a verb and its object: a lower-case word other than a preposition before an article or a
# possessive ("remembers the siege"; not "terminal in the port", "village of Lapaivka")
_OBJECT = re.compile(
    r"\b(?!(?:in|on|at|of|near|by|off|from|to|over|under|behind|beside|outside|inside|for|"
    r"with|and|or)\b)(?-i:[a-z]+)\s+(?:the|a|an|its|his|her|their|our|my)\b",
    re.I,
)
# a part that only dates the heading ("Sunday", "8 July 2024", "night of 22 to 23 July")
_DAY_PART = re.compile(rf"(?i:\b(?:{MONTH_RE}|{WEEKDAY_RE})\b)|\d")
_AREA_WORD = re.compile(
    r"(?i)\b(?:region|oblast|province|krai|territory|district|raion|hromada|city|town)\b"
)
# a town's or a village's place features (not a region's, a country's or a district's)
_AREAS = frozenset({"admin1", "admin2", "region", "country"})


def site_line(line: str) -> bool:
    """Whether a line of its own reads as a site's heading: parts parted by commas (two to four),
    each of a few words, the first a name, no event word and no clause."""
    if len(line) > _MOST_CHARS:
        return False  # (a paste's long line: no pattern tried on it)
    opening = _OPENING.match(line, label_end(line, 0))  # (after a caption's "Frame 1.")
    body = line[opening.end() if opening else 0 :].rstrip(" \t\r\n*_.:")
    if not body or "," not in body or len(body.split()) > _MOST_WORDS or body[-1] in "!?":
        return False
    parts = _COMMA.split(body)
    if not 2 <= len(parts) <= 4 or not parts[0][:1].isupper():
        return False
    if any(not p or len(p.split()) > _PART_WORDS or _JOINS.match(p) for p in parts):
        return False
    return not _CLAUSE.search(body) and not _OBJECT.search(body) and not triggers_in(body)


def site_place(line: str, start: int, hits: list[PlaceHit]) -> PlaceHit | None:
    """The place a site heading ``line`` (at ``start`` in its text) gives the lines under it: its
    one town, beside any number of regions ("Sumy region, Shostka railway station."); None for
    two towns, a region alone, a line that is no site heading, or one that names no site beside
    its places and days (a header's "Kyiv, 7 December 2026", "Kharkiv, Ukraine")."""
    towns = [h for h in hits if h.place.feature not in _AREAS]
    if len(towns) != 1 or not site_line(line):
        return None
    first_end = line.find(",")
    if not any(h.start - start < first_end for h in hits):
        return None  # the heading opens with its place (not "Good morning, dear X residents")
    words = list(line)
    for h in hits:  # the places' own words out
        words[max(0, h.start - start) : h.end - start] = " " * (h.end - h.start)
    rest = "".join(words)
    for part in rest.split(","):
        if not _DAY_PART.search(part) and _AREA_WORD.sub("", part).strip(" .:*_"):
            return towns[0]  # words that are neither a place, its area's noun nor a day: a site
    return None
