"""A place named in a report's text (``PlaceHit``: where, what place, how precise, whether an
event is there, a distance and direction that moved it) and the small operations on hits every
reader shares: a copy with another role, the hits of a stretch of text, a heading's place."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from geo import offsets as off
from geo.gazetteer import Place


@dataclass(slots=True)
class PlaceHit:
    """One place name in the text, resolved, with its precision and whether an event is there."""

    start: int
    end: int
    place: Place
    mention: str
    geo_precision: int
    event_place: bool
    offset: off.Offset | None = None
    # the place stands for one the gazetteer lacks: the district or region the text names for a
    # village ("Timonovo in the Valuyki district"), the town after a suburb (geocoder "container")
    stand_in: bool = False


def short_mention(text: str) -> str:
    """The last eight words of a place mention."""
    words = text.split()
    return " ".join(words[-8:])


def heading_place(hits: list[PlaceHit]) -> PlaceHit | None:
    """The place a short heading names: one place alone ("Kharkiv."), or a town with its region
    after it ("Yunakivka, Sumy region.")."""
    if len(hits) == 1 or (len(hits) == 2 and hits[1].place.feature == "admin1"):
        return hits[0]
    return None


def replace_hit(hit: PlaceHit, precision: int, event: bool) -> PlaceHit:
    """A copy of ``hit`` with another precision and role."""
    return PlaceHit(
        hit.start, hit.end, hit.place, hit.mention, precision, event, hit.offset, hit.stand_in
    )


def hits_within(hits: list[PlaceHit]) -> Callable[[int, int], list[PlaceHit]]:
    """A function giving the hits that start from ``start`` to before ``end``, in the order
    found: each sentence's own, without going through every hit for every sentence (8,000 lines
    naming a town each took 9 s, twice as many four times as long)."""
    in_order = sorted(range(len(hits)), key=lambda i: hits[i].start)
    starts = [hits[i].start for i in in_order]

    def within(start: int, end: int) -> list[PlaceHit]:
        found = in_order[bisect_left(starts, start) : bisect_left(starts, end)]
        return [hits[i] for i in sorted(found)]

    return within
