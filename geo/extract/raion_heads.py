"""A district named after its town, opening its clause before a village of its own where the
event was, only locates the village: "We begin in Kupiansk district, where Russian artillery
shelled the village of Kindrashivka", "In the Izium district, drones hit Kamianka": the strike is
on the village, not on Kupiansk or Izium. (A district of the gazetteer, or a region, is read by
``geo.extract.locating.regions_that_locate``; this is its town-named district, which the
gazetteer finds as the town.)"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.place_hits import PlaceHit, replace_hit

if TYPE_CHECKING:
    from geo.extract.lexicon import Trigger
    from geo.extract.sentences import Sentence

# "Kupiansk district", "the Izium raion", "Nikopol district's": the town's district (not
# "districts", a city's own quarters, nor "district court")
_RAION_AFTER = re.compile(r"\s+(?:district|raion|rayon)\b(?!s|\s+(?:court|council)\b)", re.I)


def raions_that_locate(
    text: str, s: Sentence, roles: list[PlaceHit], triggers: list[Trigger]
) -> list[PlaceHit]:
    """The roles, with a town-named district that opens its clause (no event word between the
    place before it and it) made a mere locator when a village of its own region after it is
    where the event was."""
    for k, h in enumerate(roles):
        if not h.event_place or h.place.feature not in ("city", "capital"):
            continue
        if not _RAION_AFTER.match(text, h.end):
            continue
        since = roles[k - 1].end if k else s.start
        if any(since <= m.start() + s.start < h.start for _, m in triggers):
            continue
        # the village's own deed follows the district ("..., where artillery shelled the village
        # of X"), not a list's next item ("four in the Kozelsk district, one near Lyudinovo")
        if any(
            o.event_place
            and o.place.id != h.place.id
            and (o.place.country, o.place.admin1) == (h.place.country, h.place.admin1)
            and any(h.end <= m.start() + s.start < o.start for _, m in triggers)
            for o in roles[k + 1 :]
        ):
            roles[k] = replace_hit(h, h.geo_precision, False)
    return roles
