"""A raion or a hromada named after its seat town is the area around the town: "air defence
downed two drones over the Konotop district", "a guided bomb hit the Mezhova community", "the
Pokrovske hromada". The gazetteer holds no raions nor hromadas (README "How places are
resolved"), so the record stays at the seat's point, marked near it (``geo_precision`` 2), as the
annotation rules place a district ("in the Myrhorod district": at the district's town, 2). Read on
the finished records: a precision set before the merge would join the area's event to every
event near the town."""

from __future__ import annotations

import re

# the area word after the town's name ("Konotop district", "Mezhova territorial community"); not
# a body of it ("the Sumy district council", "the district administration") nor a city's own
# district ("the Shevchenkivskyi district of Kharkiv": a part of the city, read as the city)
_AREA_AFTER = re.compile(
    r"\s+(?:(?:urban|rural|settlement|territorial|village)\s+)?(?:district|raion|rayon|hromada|"
    r"community|municipality)\b(?!\s+(?:of|council|administration|head|chief|court|hospital)\b)",
    re.I,
)


def seat_areas(records: list[dict]) -> None:
    """Mark near its seat (precision 2) each record at a town its sentence names as a district's
    or a community's ("over the Konotop district")."""
    for r in records:
        if r["geo_precision"] != 1:
            continue
        text, mention = r.get("source_text") or "", r.get("place_mention") or ""
        at = text.find(mention) if mention else -1
        if at >= 0 and _AREA_AFTER.match(text, at + len(mention)):
            r["geo_precision"] = 2
        elif at >= 0 and re.search(r"\s(?:district|raion|rayon)$", mention, re.I):
            r["geo_precision"] = 2  # the mention holds the word ("the Konotop district")
