"""The region that opens a sentence or labels a paragraph places the villages after it: "In the
Dnipropetrovsk region drones struck Pokrovske and Andriivka", "Zaporizhzhia region. Guided bombs
hit Novoselivka", a live page's heading "ZAPORIZHZHIA REGION" over its lines.

``named_regions.keep_to_named_regions`` reads a region named right after a village ("X in the
Kursk region"); the context rounds weigh a region named anywhere in the text alike for every
name, so a report naming several regions let a namesake of another region win (a village nearer
the report's other places, a larger town). In a war report, a village or small town whose place
lies outside the region heading its sentence or paragraph takes its best candidate inside it,
where it has one; a city of some size is not moved, nor a name with its own region after it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from geo.gazetteer import Place
from geo.geocode.candidates import Resolution, move_to_best
from geo.geocode.city_namesakes import CITY_OVER_VILLAGE
from geo.geocode.named_regions import lies_in

# The end of a sentence (what a region opening a sentence governs up to).
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
# A region word right after a region's name ("Kharkiv region", "Sumy Oblast"), and the mark
# after it that makes it a label or heading: a full stop, a colon, a dash, the line's end.
_REGION_WORD = re.compile(r"\s+(?:region|oblast|province|obl\.)", re.I)
_LABEL_END = re.compile(r"[ \t]*(?:[.:]|[-–—][ \t]|\r?$)", re.M)
# An opening word before a region in a sentence: "In the Kharkiv region, ..."
_OPENING = re.compile(r"(?:^|[.!?;]\s+|\n)[ \t]*(?:in|across|over)\s+(?:the\s+)?$", re.I)
# A region of its own right after a name ("X in the Kursk region", "X, Sumy region").
OWN_REGION = re.compile(
    r",?\s+(?:in\s+)?(?:the\s+)?[\w'’-]+\s+(?:region|oblast|province|district|raion)\b", re.I
)
_MID_LABEL_END = re.compile(r"[ \t]*(?::|[-–—][ \t])")
# What may open a region's heading before its name: nothing, "the", a compass word ("Northern
# Sumy region", "the south-eastern Zaporizhzhia region").
_HEADING_OPENER = re.compile(
    r"(?i:(?:the\s+)?(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ern)?|the)?"
)
LABEL_REACH = 2_000  # the most characters a label governs (until the next label)


def keep_to_heading_regions(
    mentions: Sequence[Resolution], areas: Sequence[Resolution], text: str
) -> None:
    """Move ``mentions`` to their heading region (see the module's docstring); ``areas``: all
    the text's mentions, the regions among them."""
    regions = sorted(
        (
            r
            for r in areas
            if r.place is not None and r.place.feature == "admin1" and r.cue == "region"
        ),
        key=lambda r: r.start,
    )
    if not regions:
        return
    labels = [r for r in regions if _is_label(text, r)]
    label_starts = [r.start for r in labels]
    region_starts = [r.start for r in regions]
    for m in mentions:
        if not may_move(m, text):
            continue
        region = _opening_region(text, m, regions, region_starts) or _label_region(
            m, labels, label_starts
        )
        if region is None or m.place is None or lies_in(m.place, region):
            continue
        move_to_best(m, [c for c in m.candidates if lies_in(c.place, region)])


def may_move(m: Resolution, text: str, any_size: bool = False) -> bool:
    """Whether the text leaves ``m`` free to be moved to the region or front around it: a
    village or small town (a town of any size under a district's heading, "Vasylivka
    district" over "Kamianske: shelling"), not called a region, with no region of its own
    after it."""
    place = m.place
    if place is None or m.cue == "region":
        return False
    if not (movable(place) or (any_size and place.feature == "city")):
        return False
    return OWN_REGION.match(text, m.end) is None


def movable(place: Place) -> bool:
    """A village or a small town: a city of some size is what a bare name means."""
    return place.feature in ("city", "village") and place.population < CITY_OVER_VILLAGE


def _is_label(text: str, r: Resolution) -> bool:
    """Whether the region opens its line, or a sentence within it, and ends a label there
    ("Sumy region.", "SUMY REGION", "- Kharkiv Oblast:")."""
    line_start = text.rfind("\n", 0, r.start) + 1
    before = text[line_start : r.start].strip(" \t#*-•>")
    word = _REGION_WORD.match(text, r.end)
    end = word.end() if word else r.end
    if _HEADING_OPENER.fullmatch(before):
        return _LABEL_END.match(text, end) is not None
    # within a line, after a sentence's end, a colon or a dash makes it one: "... hit Kherson.
    # Zaporizhzhia region: drones hit Vasylivka", "Zaporizhzhia oblast — a drone hit Bilenke"
    return before.endswith((".", "!", "?", ";")) and _MID_LABEL_END.match(text, end) is not None


def _opening_region(
    text: str, m: Resolution, regions: Sequence[Resolution], starts: Sequence[int]
) -> Place | None:
    """The last region before ``m`` in its sentence that opens a clause ("In the X region,")."""
    k = bisect_right(starts, m.start) - 1
    if k < 0:
        return None
    r = regions[k]
    if _SENTENCE_END.search(text, r.end, m.start):
        return None
    if not _OPENING.search(text, max(0, r.start - 40), r.start):
        return None
    return r.place


def _label_region(
    m: Resolution, labels: Sequence[Resolution], starts: Sequence[int]
) -> Place | None:
    """The last label before ``m``, within its reach."""
    k = bisect_right(starts, m.start) - 1
    if k < 0 or m.start - labels[k].end > LABEL_REACH:
        return None
    return labels[k].place
