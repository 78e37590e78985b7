"""A place called a hromada ("Pokrovske hromada", "POKROVSKE HROMADA: ...") is the settlement a
Ukrainian municipality is named after and governed from, its centre: of several namesakes, the
larger settlement of the region, where the context rounds took a village nearer the report's other places (a
ticker's Nikopol news made "POKROVSKE HROMADA" the village of 2,800 by Nikopol, not the
Synelnykove district's centre of 9,900). A district's heading over it still decides
(``front_headings``, read after); a city of some size and a name with its own region after it
stay."""

from __future__ import annotations

import re
from collections.abc import Sequence

from geo.geocode.candidates import Resolution, move_to_best
from geo.geocode.heading_regions import may_move

# the municipality's word after its centre's name
_HROMADA = re.compile(r"\s+(?:hromada|territorial\s+community)\b", re.I)


def keep_to_hromada_centres(mentions: Sequence[Resolution], text: str) -> None:
    """Move a place called a hromada to its largest namesake of the same region (the region
    the context chose: a table's "Kharkiv | Zolochiv hromada" is not the Lviv region's town)."""
    for m in mentions:
        place = m.place
        if place is None or not _HROMADA.match(text, m.end) or not may_move(m, text):
            continue
        larger = [
            c
            for c in m.candidates
            if (c.place.country, c.place.admin1) == (place.country, place.admin1)
            and c.place.population > place.population
        ]
        if larger:
            top = max(c.place.population for c in larger)
            move_to_best(m, [c for c in larger if c.place.population == top])
