"""A place's aside: the words after a place that only say where it lies ("Stepnohirsk, a village
on the edge of the former Kakhovka reservoir north-west of Orikhiv"; "the Ryazan refinery, 200 km
southeast of Moscow"). A place named inside the aside (the reservoir's Kakhovka) is part of it: the
reference point after it ("north-west of Orikhiv") still only locates the place the aside is
about, no second event there."""

from __future__ import annotations

import re

from geo.extract.lexicon import triggers_in

# up to two words after the place, then a comma (not one opening a list) or a bracket
_OPENS_ASIDE = re.compile(r"^(?:\s+[\w-]+){0,2}?\s*(?:,(?!\s*(?:and|or)\b)|\()")
# an aside describes its place ("a village on", "the town's"), never a list's next item
_DESCRIBES = re.compile(r"\s*(?:a|an|the)\s+\w", re.I)
# what would end the aside: a clause of its own, another item of a list
_ASIDE_ENDS = re.compile(r"[,;:.!?()]|\b(?:and|or|while|but|where|which|who|as)\b", re.I)


def opens_aside(gap: str) -> bool:
    """Whether the words after a place (``gap``, up to the next place) open an aside about it
    that tells no event of its own."""
    return bool(_OPENS_ASIDE.match(gap)) and not triggers_in(gap)


def within_aside(gap: str) -> bool:
    """Whether a place named after ``gap`` (the words since the place before it) lies inside
    that place's aside, not ending it: "Stepnohirsk, a village by the Kakhovka" (the aside goes
    on after Kakhovka); not "Stepnohirsk, a village by the Kakhovka; and Orikhiv", nor a list
    ("Sumy, Kharkiv")."""
    if not opens_aside(gap):
        return False
    body = gap[gap.index(",") + 1 :] if "," in gap else gap[gap.index("(") + 1 :]
    return bool(_DESCRIBES.match(body)) and not _ASIDE_ENDS.search(body)
