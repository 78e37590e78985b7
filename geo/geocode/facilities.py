"""Facilities named by their kind in running text: "the Zaporizhzhia nuclear power plant", "the
Engels air base", "the Kerch bridge". The kind words, written small, are taken into the name
only when the whole is a facility the gazetteer has (``data/aliases.csv``, OurAirports)."""

from __future__ import annotations

import re
from collections.abc import Callable

# The words that name a facility by its kind after the name it is called by, written small in
# running text ("the Zaporizhzhia nuclear power plant", "the Engels air base", "the Kerch bridge").
_FACILITY_WORDS = re.compile(
    r"(?:[ \t]+(?:nuclear|thermal|hydroelectric|hydro|power|electric|plant|station|npp|tpp|hpp|"
    r"chp|oil|refinery|depot|terminal|air|base|airfield|bridge|dam)\b){1,4}",
    re.I,
)
_FACILITIES = ("facility", "airport")


def with_kind_words(
    lookup: Callable[[str], list], text: str, start: int, end: int
) -> tuple[int, int]:
    """A name's span, taken on over the kind words after it when the whole is the name of a
    facility the gazetteer has ("the Zaporizhzhia nuclear power plant" is the plant at
    Enerhodar, not the city 50 km off); else the name alone, whose town the caller resolves
    ("the Burshtyn thermal power plant": no plant of that name is indexed, Burshtyn is)."""
    m = _FACILITY_WORDS.match(text, end)
    if m is None:
        return start, end
    cuts = [w.end() for w in re.finditer(r"\w+", m.group(0))]
    for cut in reversed(cuts):
        found = lookup(text[start : end + cut])
        if any(place.feature in _FACILITIES for place, _ in found):
            return start, end + cut
    return start, end
