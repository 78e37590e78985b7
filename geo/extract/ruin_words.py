"""A strike told only by the ruin it left, in a sentence with no strike word of its own (issue
16, 'no event word in its sentence'): a building, a roof or a block that collapsed or caved in,
one wrecked, a facade or floors torn away or off, people pulled from or trapped under the rubble
(a block "reduced to rubble" is ``event_phrases``') ("Drones attacked the region overnight. In Chuhuiv the roof of a
school caved in"). What fell is named, so prices, talks or a front that "collapsed" are none;
a collapse put down to snow, a flood or age is no attack (``event_words.no_attack``)."""

from __future__ import annotations

import re

from geo.extract.event_words import _STRIKE as _TRACES
from geo.extract.event_words import Cued
from geo.extract.first_letters import whole_pattern

# what stands and can fall: buildings and their parts, and what is parked beside them
BUILT = (
    r"(?:houses?|homes?|buildings?|blocks?|high-rises?|apartments?|flats?|roofs?|facades?|"
    r"fa[cç]ades?|floors?|walls?|stairwells?|entrances?|storeys?|wings?|balcon(?:y|ies)|"
    r"schools?|kindergartens?|lyceums?|hospitals?|clinics?|shops?|stores?|warehouses?|"
    r"hangars?|depots?|garages?|churche?s?|bridges?|structures?|workshops?|sheds?|barns?|"
    r"enterprises?|factor(?:y|ies)|plants?|dormitor(?:y|ies)|hostels?|offices?|cars?|lorr(?:y|ies)|"
    r"trucks?|buses)"
)

_RUIN = re.compile(
    # "the roof of a school caved in", "a two-storey house collapsed", "two houses partly
    # collapsed", "a warehouse was wrecked", "the facade was torn away"
    rf"\b({BUILT}\s+(?:[\w'’-]+\s+){{0,4}}?(?:(?:partly|partially|completely|fully)\s+)?"
    r"(?:collapsed|caved\s+in|(?:was|were|been)\s+(?:(?:partly|partially|completely|badly)\s+)?"
    r"(?:wrecked|torn\s+(?:away|off|apart)|ripped\s+(?:away|off|apart)))|"
    # "a collapsed stairwell", "a wrecked warehouse"
    rf"(?:collapsed|wrecked)\s+(?:[\w'’-]+\s+){{0,2}}?{BUILT}|"
    # "with its upper floors torn away"
    rf"{BUILT}\s+torn\s+(?:away|off)|"
    # people "pulled from the rubble", "trapped under the rubble", "died under the rubble"
    r"(?:from|under|beneath)\s+the\s+rubble)\b",
    re.I,
)

TRIGGERS: list[tuple[str, Cued]] = [
    ("strike", Cued(_RUIN, ("collaps", "caved", "wreck", "torn", "ripped", "rubble"))),
]


def told_by_ruin(triggers: list[tuple[str, re.Match[str]]]) -> bool:
    """Whether a sentence tells its strike only by what it left (a ruin, blown windows): its weapon is then the one its paragraph named before ("Artillery fired on the
    border villages all day. In X a warehouse was wrecked"), as a sentence of figures alone."""
    return bool(triggers) and all(
        t == "strike" and whole_pattern(m.re) in (_RUIN, _TRACES) for t, m in triggers
    )
