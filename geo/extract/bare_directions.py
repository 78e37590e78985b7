"""A direction from a town with no distance ("Russian forces advanced southeast of Pokrovsk",
"fighting to the north-west of Siversk") places the event near the town, not at it: the record
keeps the town's point at precision 2 ("near it", DESIGN.md's scale) and its notes say so in
the report's own words ("southeast of Pokrovsk: near it, no distance given"), so that a reader
of the popup or the table does not take the pin for the town itself.
A distance given ("3 km southeast of Pokrovsk") is `geo/offsets.py`'s: its point is measured."""

from __future__ import annotations

import re

from geo.extract.draft import Draft, with_note

_CARDINAL = r"(?:north|south|east|west)"
# "southeast of ", "to the north-west of ", "on the southern outskirts of " (not "east of the
# Dnipro river": the town's own name must follow)
_DIRECTION_BEFORE = re.compile(
    rf"\b(?:to\s+the\s+)?(?P<dir>{_CARDINAL}(?:[\s-]?{_CARDINAL})?)\s+of\s+$", re.I
)
# a distance told before it that offsets.py did not measure ("another 1-2 km west of the town")
_DISTANCE_BEFORE = re.compile(r"\d\s*(?:km|kilomet|mile|m\b)[\w.]*\s+(?:to\s+the\s+)?$", re.I)
_LOOK_BACK = 40


def note_bare_directions(drafts: list[Draft]) -> None:
    """Notes on each draft near a town a direction names with no distance."""
    for d in drafts:
        if d.geo_precision != 2 or d.extra or d.event_type == "meeting":
            continue
        s = d.sentence.text
        at = d.place_offset()
        if at <= 0:
            continue
        m = _DIRECTION_BEFORE.search(s, max(0, at - _LOOK_BACK), at)
        if m is None or _DISTANCE_BEFORE.search(s, max(0, m.start() - 24), m.start()):
            continue
        note = f"{m.group('dir')} of {d.place_mention}: near it, no distance given"
        d.notes = with_note(d.notes, note)
