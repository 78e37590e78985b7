"""How far a region's official speaks: a governor's or a regional administration's word is about
his own region. A strike told later in the same paragraph in another region ("In Chernihiv a
drone hit a block of flats, the regional head says. In Konotop an Iskander struck near the
centre, wounding nine.": Konotop lies in the Sumy region) is not his claim; the report tells it
in its own voice. His region is the one of the event he spoke of: the last event told in his
paragraph up to the sentence that gives his word (his own sentence's, or the one "he said"
follows). A city's official is read by :mod:`geo.extract.seat_reach`; a national body (the air
force, a ministry, the General Staff) speaks for the whole country and is not read here.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from geo.extract.pattern_cues import cued
from geo.extract.seat_reach import seat_of
from geo.extract.wording import words

if TYPE_CHECKING:
    from geo.extract.draft import Draft

# a region's official or body: "regional governor", "the regional head", "Sumy RMA", "OVA",
# "the head of the oblast administration", "provincial admin"
_REGIONAL = words(
    "governor|regional|oblast|province|provincial|krai|(?-i:RMA|OVA|ODA|ОВА)",
)


def regional(claimant: str) -> bool:
    """Whether ``claimant`` is a region's official or body (not a city's)."""
    return bool(_REGIONAL.search(claimant)) and seat_of(claimant) is None


class Regions:
    """The report's events (``drafts``) by paragraph, in order, to find the one told last before
    an event in its paragraph by a bisection (not by reading the paragraph for every event: a
    paste of thousands of events in one paragraph)."""

    def __init__(self, drafts: list[Draft]) -> None:
        paras: dict[int, list[tuple[int, Draft]]] = {}
        for x in drafts:
            if x.place.admin1:
                paras.setdefault(x.sentence.paragraph, []).append((x.sentence.start, x))
        self.paras: dict[int, tuple[list[int], list[Draft]]] = {}
        for p, told in paras.items():
            told.sort(key=lambda t: t[0])
            self.paras[p] = ([a for a, _ in told], [x for _, x in told])

    def before(self, d: Draft) -> Draft | None:
        """The event told last in ``d``'s paragraph in a sentence before ``d``'s, or None."""
        starts, told = self.paras.get(d.sentence.paragraph, ([], []))
        i = bisect_left(starts, d.sentence.start)
        return told[i - 1] if i else None


def beyond_region(claimant: str | None, d: Draft, regions: Regions) -> bool:
    """Whether the event ``d`` lies in another region than the one its would-be claimant, a
    region's official, spoke of: the region of the event told last before it in its paragraph."""
    if not claimant or not d.place.admin1 or not regional(claimant):
        return False
    his = regions.before(d)
    if his is None:
        return False
    return his.place.country == d.place.country and his.place.admin1 != d.place.admin1


def reaching(speaker: str | None, d: Draft, regions: Regions) -> str | None:
    """``speaker`` when his word, carried on from an earlier sentence, may reach the event ``d``
    (:func:`beyond_region`), else None."""
    return None if beyond_region(speaker, d, regions) else speaker


_REGIONAL = cued(_REGIONAL)
