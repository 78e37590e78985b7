"""The region a sentence's own authority names, or a wire's dateline city, places the villages
and small towns of that sentence or lead: "The Kharkiv Regional Military Administration said a
drone struck Zolochiv", "According to the Kharkiv regional police, shelling hit Borova",
"KHARKIV, Ukraine (AP) — A drone hit a house in Zolochiv".

The context rounds weigh each other place of a report alike: a national round-up's strikes in
the west (Lviv, Ternopil) made Zolochiv the Lviv region's town of 22,600, though the sentence
told of the Kharkiv region's administration reporting it. ``heading_regions`` reads a region
that opens a sentence or labels a paragraph; here, in a war report, a region called so anywhere
in the sentence (not one another sentence names: "The Zaporizhzhia region was quiet. Russian
troops advanced near Kupiansk but were stopped near Stepove"), a region's administration,
governor, police or council ("Kharkiv RMA", "Sumy regional authorities"), and the region of a
dateline's city (its lead only, and not the capital's: a wire filed from Kyiv tells of the
whole country) place a village or small town lying in none of them at its best candidate
inside one, where it has one. A city of some size, a name with its own region after it
("Zolochiv, Lviv region") and a name called a region stay; regions named together ("over the
Odesa and Mykolaiv regions") place nothing."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence, Set

from geo.gazetteer import Gazetteer, Place
from geo.geocode.candidates import Resolution
from geo.geocode.cues import in_region_list
from geo.geocode.heading_regions import may_move, move_to_best
from geo.geocode.named_regions import lies_in

# A region's authority after its name: "Kharkiv Regional Military Administration", "Sumy
# regional authorities", "Zaporizhzhia Oblast Military Administration", "Kharkiv RMA", "the
# Kherson governor" (a governor heads a region, never a town).
_AUTHORITY = re.compile(
    r"\b(?P<name>[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)\s+"
    r"(?:(?:[Rr]egional|[Oo]blast|[Rr]egion)\s+(?:(?:[Mm]ilitary|[Ss]tate)\s+)?"
    r"(?:[Aa]dministration|[Aa]uthorities|[Pp]olice|[Cc]ouncil|[Gg]overnor|[Pp]rosecutor)"
    r"|[Gg]overnor|RMA|OVA|ODA)\b"
)
# A wire's dateline after the city at a line's start: its country, its day, its agency, a dash.
_DATELINE_TAIL = re.compile(
    r"(?:,\s+[A-Z][a-z]+)?(?:,?\s+[\w ,]{1,20}?)??(?:\s*\([^()\n]{1,30}\))?\s*(?:--|[-–—])\s"
)
DATELINE_TAIL_CHARS = 120  # the most a dateline's tail is read (a run of spaces tried once)
_PLURAL = re.compile(r"\s+(?:regions|oblasts|provinces)\b", re.I)
REGION_SEAT = 100_000  # the least population of a city taken for the seat of a region of its name
_HEAD_LINES = 6
_SENTENCE_END = re.compile(
    r"[.!?](?=\s)|\n"
)  # what a region's sentence reaches to  # the lines a dateline may open (a headline and a byline may come first)


def keep_to_line_regions(
    mentions: Sequence[Resolution],
    areas: Sequence[Resolution],
    text: str,
    gazetteer: Gazetteer,
    theatre: Set[str],
) -> None:
    """Move ``mentions`` to the region their line names (see the module's docstring);
    ``areas``: all the text's mentions, the regions called so among them."""
    home_at, home = _dateline_region(mentions, text, theatre)
    named = [
        (r.start, r.place)
        for r in areas
        if r.place is not None
        and r.place.feature == "admin1"
        and r.cue == "region"
        and not _in_list(text, r.end)
    ]
    if not named and home is None and not _AUTHORITY.search(text):
        return
    authorities = [
        (m.start(), region)
        for m in _AUTHORITY.finditer(text)
        if (region := _region_named(gazetteer, m.group("name"), theatre)) is not None
    ]
    stops = [e.end() for e in _SENTENCE_END.finditer(text)]
    for m in mentions:
        place = m.place
        if place is None or not may_move(m, text):
            continue
        k = bisect_right(stops, m.start)
        start, end = stops[k - 1] if k else 0, stops[k] if k < len(stops) else len(text)
        regions = [p for at, p in (*named, *authorities) if start <= at < end]
        line_start = text.rfind("\n", 0, m.start) + 1
        if not regions and home is not None and line_start <= home_at < m.start:
            regions = [home]
        if not regions or any(lies_in(place, r) for r in regions):
            continue
        move_to_best(m, [c for c in m.candidates if any(lies_in(c.place, r) for r in regions)])


def _in_list(text: str, end: int) -> bool:
    """Whether a region is one of several ("over the Odesa and Mykolaiv regions"): a round-up of
    the country, whose other places lie anywhere."""
    return in_region_list(text, end) or _PLURAL.match(text, end) is not None


def _region_named(gazetteer: Gazetteer, name: str, theatre: Set[str]) -> Place | None:
    """The theatre's first-level region of ``name``, or its largest city of the name standing
    for its region (the gazetteer spells some regions otherwise: "Zaporizhia"), if any."""
    found = [p for p, _ in gazetteer.lookup(name) if p.country in theatre]
    regions = [p for p in found if p.feature == "admin1"]
    cities = [p for p in found if p.feature in ("city", "capital") and p.population >= REGION_SEAT]
    return regions[0] if regions else max(cities, key=lambda p: p.population, default=None)


def _dateline_region(
    mentions: Sequence[Resolution], text: str, theatre: Set[str]
) -> tuple[int, Place | None]:
    """Where the dateline's city is named, and the city, standing for its region (``lies_in``
    reads only the country and the first-level region), when a theatre city other than a
    capital opens one of the first lines followed by a dateline's tail ("KHARKIV, Ukraine (AP) —"). It places the lead only, the line
    it opens: a wire's later paragraphs go to the front ("DNIPRO (Wire) - ... On the front line,
    Russia claimed Orlivka": Orlivka by Avdiivka, not the Dnipropetrovsk region's)."""
    head_end = sum(len(line) + 1 for line in text.split("\n", _HEAD_LINES)[:_HEAD_LINES])
    for m in mentions:
        if m.start >= head_end:
            continue
        place = m.place
        if place is None or place.feature != "city" or place.country not in theatre:
            continue
        if text[text.rfind("\n", 0, m.start) + 1 : m.start].strip():
            continue
        if _DATELINE_TAIL.match(text, m.end, m.end + DATELINE_TAIL_CHARS):
            return m.start, place
    return -1, None
