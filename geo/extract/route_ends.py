"""The ends of a route are no event's places: a road, a railway or a line named by the towns it
joins locates what happened on it, the towns themselves saw nothing.

"An FPV drone struck a van on the road between Vovchansk and the village of Vilkhuvatka": the
first-named carries the event (near it), the second none. "A drone damaged a substation at
Bakhmach station; trains on the Kyiv - Konotop line are late": neither end is hit; the first end
still carries an event named by the route alone ("a drone hit a lorry on the Kherson - Mykolaiv
highway"), but not when the sentence has its place already or the route is located by a place
after it ("on the Lgov - Kursk line near Lgov"). A road named by where it leads, after the
sentence's own place ("a drone hit a truck near X on the road to Y"), leads away from it."""

from __future__ import annotations

import re

from geo.extract.pattern_cues import cued

_ROUTE = r"(?:road|highway|motorway|railway|rail\s+line|line|track|route|section|stretch)s?"
_TOWN_OF = r"(?:the\s+)?(?:(?:town|city|village|settlement)\s+of\s+)?"
_NAME = r"[\w'’-]+(?:\s+[\w'’-]+){0,2}"
# "on the road between Rylsk and the village of ": the place after is the route's second end
_SECOND_BETWEEN = re.compile(rf"\b{_ROUTE}\s+between\s+{_TOWN_OF}{_NAME}\s+and\s+{_TOWN_OF}$", re.I)
# "on the road to ", after the sentence's own place: where the road leads, not where it was hit
_LEADS_TO = re.compile(rf"\b(?:road|highway|route|railway)\s+(?:to|towards)\s+{_TOWN_OF}$", re.I)
# "the Kyiv - " before and " line" after: the second end of a route named by its ends
_DASH_BEFORE = re.compile(r"[\w'’]\s*[-–—]\s*$")
_ROUTE_AFTER = re.compile(rf"^\s+{_ROUTE}\b", re.I)
# " - Konotop line" after the first end; " near Lgov" or the like after the route locates it
_FIRST_END = re.compile(
    rf"^\s*[-–—]\s*{_NAME}?\s+{_ROUTE}\b(?P<located>\s+(?:near|outside|at|by)\b)?", re.I
)


def route_end(before: str, after: str, placed_before: bool) -> bool:
    """Whether the place between ``before`` and ``after`` (its sentence's words on either side)
    is an end of a route that is no place of the event (see the module's docstring);
    ``placed_before`` tells whether another place came before it in the sentence."""
    if _SECOND_BETWEEN.search(before) or (
        _DASH_BEFORE.search(before) and _ROUTE_AFTER.match(after)
    ):
        return True
    if placed_before and _LEADS_TO.search(before):  # "hit a truck in X on the road to Y"
        return True
    first = _FIRST_END.match(after)
    return bool(first and (placed_before or first.group("located")))


# (each tried only on a text holding a word every match of it needs: the same matches, sooner)
_SECOND_BETWEEN = cued(_SECOND_BETWEEN)
