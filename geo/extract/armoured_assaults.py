"""A town attacked with armour: "attacked the village of X with armoured vehicles", "stormed Y
using tanks and infantry fighting vehicles", "attacked Z with artillery and assault groups",
"troops, supported by artillery, attacked W" (the ground's assault, fighting; "attacked" alone
before a place is a strike word). A fighting pattern of :mod:`geo.extract.event_phrases`."""

from __future__ import annotations

import re

# a town attacked with armour: "attacked the village of X with armoured vehicles", "stormed Y
# using tanks and infantry fighting vehicles"
ARMOUR = re.compile(
    r"\b((?:attack(?:ed|ing|s)?|assault(?:ed|ing|s)?|storm(?:ed|ing|s)?)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:with|using|backed\s+by|supported\s+by)\s+(?:[\w-]+\s+){0,3}?(?:armou?r(?:ed\s+vehicles?)?|"
    r"tanks?|infantry\s+fighting\s+vehicles?|IFVs?|APCs?|BMPs?|BTRs?|infantry|assault\s+groups?|"
    r"armou?red\s+personnel\s+carriers?)|"
    # troops with their fire support in an aside: "troops, supported by artillery, attacked X"
    r"(?:troops|forces|infantry|units|assault\s+groups?),?\s+(?:supported|backed|covered)\s+by\s+"
    r"[^,.;]{1,40},\s+(?:attacked|assaulted|stormed))\b",
    re.I,
)
CUES = (
    "armo",
    "tank",
    "infantry",
    "ifv",
    "apc",
    "bmp",
    "btr",
    "assault group",
    "supported",
    "backed",
    "covered",
)
THEN = ("attack", "assault", "storm")
