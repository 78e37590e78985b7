"""A town attacked with armour: "attacked the village of X with armoured vehicles", "stormed Y
using tanks and infantry fighting vehicles" (the ground's assault, fighting; "attacked" alone
before a place is a strike word). A fighting pattern of :mod:`geo.extract.event_phrases`."""

from __future__ import annotations

import re

# a town attacked with armour: "attacked the village of X with armoured vehicles", "stormed Y
# using tanks and infantry fighting vehicles"
ARMOUR = re.compile(
    r"\b((?:attack(?:ed|ing|s)?|assault(?:ed|ing|s)?|storm(?:ed|ing|s)?)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:with|using|backed\s+by|supported\s+by)\s+(?:[\w-]+\s+){0,3}?(?:armou?r(?:ed\s+vehicles?)?|"
    r"tanks?|infantry\s+fighting\s+vehicles?|IFVs?|APCs?|BMPs?|BTRs?|"
    r"armou?red\s+personnel\s+carriers?))\b",
    re.I,
)
CUES = ("armo", "tank", "infantry fighting", "ifv", "apc", "bmp", "btr")
THEN = ("attack", "assault", "storm")
