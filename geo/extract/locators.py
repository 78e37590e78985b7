"""A place that only says where the place named before it lies, one event at the more precise
place: "Kotluban in the Volgograd region", "Lyptsi near Kharkiv", "Tyotkino, a village of the
Glushkovo district", "Nova Kakhovka, Kherson Oblast, was hit", a heading's "🔻 Smila, Cherkasy
region — ..."; unless the words between tell an event of their own."""

from __future__ import annotations

import re

from geo.extract.entry_headings import HEADING_MARK
from geo.extract.lexicon import triggers_in
from geo.extract.place_hits import PlaceHit
from geo.extract.region_lists import SINGLE_REGION

# "Lyptsi near Kharkiv", "the Saky airfield near Yevpatoria", "Starytsia and Buhruvatka near
# Vovchansk" (a name the gazetteer lacks between): the town after "near" locates the place before
_NEAR_GAP = re.compile(
    r"^(?:\s+(?:and|&)\s+[A-Z][\w'’-]+)?(?:\s+(?:air\s*base|airfield|airport|port|plant|refinery|"
    r"depot|station))?\s*,?\s*(?:near|outside|close to|not far from)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.I,
)
_LOCATOR_GAP = re.compile(
    r"^[\s-]*(?:(?:(?!(?:and|or|but|while|as)\b)[\w-]+\s+){0,2}?,?\s*in\s+(?:the\s+)?(?:occupied\s+)?"
    # "Ceadîr-Lunga, in the autonomous region of Gagauzia"; "X, a village of the Y district"
    r"(?:(?:autonomous\s+|administrative\s+)?(?:region|province|county|district|republic)\s+of\s+)?|"
    r",\s*(?:near|outside|close to|not far from)\s+(?:the\s+)?(?:city\s+of\s+)?|"
    # "Tyotkino, a village of the Glushkovo district", "Bilopillia, a town of the Sumy district"
    r",\s*an?\s+(?:[\w-]+\s+)?(?:village|town|city|settlement|suburb|hamlet|community)\s+(?:of|in)\s+"
    r"(?:the\s+)?)$",
    re.I,
)
# the region of "🔻 Smila, Cherkasy region — ...": the text from the town, "|", the text after
_HEADING_LOCATOR = re.compile(
    rf"^,\s*(?:the\s+)?\|\s+(?:region|oblast|province){HEADING_MARK}", re.I
)
# (matched where a place ends: no "^", which only matches at the text's start)
_COMMA_GAP = re.compile(r"^\s*,\s*(?:the\s+)?$")
# A region whose name found holds its region word, as SINGLE_REGION reads one after it:
# "Kherson Oblast", "Donetsk People's Republic", "DPR", "LNR" (data/aliases.csv)
_REGION_IN_NAME = re.compile(r"\b(?:region|oblast|province|republic|krai|[DL][PN]R)$", re.I)


def locates(text: str, hit: PlaceHit, previous: PlaceHit, after: str, region: bool) -> bool:
    """Whether the place only says where the place named before it lies: one event at the more
    precise place."""
    gap = text[previous.end : hit.start]
    if _HEADING_LOCATOR.match(gap + "|" + after):
        return True  # "🔻 Smila, Cherkasy region — ...": the region locates the heading's town
    # ("a delegation from Lublin in Sumy": a town of another country right before "in" is no
    # town of it)
    abroad = previous.place.country != hit.place.country and gap.strip() == "in"
    if _LOCATOR_GAP.match(gap) and not told_between(gap) and not abroad:
        return True  # "Kotluban in the Volgograd region", "Belaya, in the Irkutsk region"
    if previous.geo_precision < 3 and _NEAR_GAP.match(gap):
        return True
    # "Nova Kakhovka, Kherson Oblast, was hit": a town's own region after a comma (or "Seversk,
    # Donetsk People's Republic")
    return bool(
        region
        and previous.geo_precision < 3
        and _COMMA_GAP.match(gap)
        and (SINGLE_REGION.match(after) or _REGION_IN_NAME.search(text, hit.start, hit.end))
        and hit.place.admin1
        and (previous.place.country, previous.place.admin1) == (hit.place.country, hit.place.admin1)
    )


def told_between(gap: str) -> bool:
    """Whether the words between a cue or a place and the place after them tell an event
    ("from Belgorod struck", "shelling from Belgorod damaged houses in"): the place after is
    the event's, not a reference point or a locator of the words before. (A meeting word is
    none: "ministers of the Ramstein group meet in Brussels" names no deed of war.)"""
    return bool(re.search(r"[a-z]", gap)) and any(t != "meeting" for t, _ in triggers_in(gap))
