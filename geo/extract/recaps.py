"""A closing recap of the report's own events: a live page that ends "Summary: four killed in X, a
drone on Y's port, fighting claimed at Z" or "A quick recap: ..." retells what its entries told.
Its places told before get no second record (the list's nearest event word typed them anew: a
"fighting" at X); a place the recap alone names keeps its record."""

from __future__ import annotations

import re

from geo.extract.draft import Draft
from geo.geocode.distance import distance_km

# the recap's label opening its sentence: "Summary:", "A quick recap:", "To recap the day:",
# "In summary:", "To sum up:"
_RECAP = re.compile(
    r"\s*(?:(?:a|our|the)\s+)?(?:(?:quick|brief|short)\s+)?(?:recap|summary|round-?up)|"
    r"\s*(?:to|in)\s+(?:sum\s+up|recap|summary|short)(?:\s+(?:the|today's)\s+day)?",
    re.I,
)
_LABEL_END = re.compile(r"\s*[:—–]")
SAME_PLACE_KM = 30.0  # a recap's place this near a place told before is that place


def _is_recap(text: str) -> bool:
    m = _RECAP.match(text)
    return m is not None and _LABEL_END.match(text, m.end()) is not None


def drop_recapped(drafts: list[Draft]) -> list[Draft]:
    """The drafts less a recap's at a place an earlier sentence's draft already holds."""
    out: list[Draft] = []
    for d in drafts:
        if _is_recap(d.sentence.text) and any(
            e.sentence.start < d.sentence.start
            and not _is_recap(e.sentence.text)
            and distance_km(d.place.lat, d.place.lon, e.place.lat, e.place.lon) <= SAME_PLACE_KM
            for e in drafts
        ):
            continue
        out.append(d)
    return out
