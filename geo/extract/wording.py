"""The rules' word lists as patterns: any of several words or phrases, matched whole and in any
case, alone or right before what follows them, and a figure standing before or after the words
that say what it counts."""

from __future__ import annotations

import re


def words(*phrases: str) -> re.Pattern[str]:
    """Any of ``phrases`` (regular expressions themselves), as whole words in any case; the one
    found is group 1: ``words("today", "this morning")``."""
    return re.compile(rf"\b({'|'.join(phrases)})\b", re.I)


# A word between a cue and the place it names, or a name owning what follows ("near Russia's
# Kursk region", "in Ukraine's Sumy region": wire copy's way of naming a place abroad; not "the
# city's Saltivka district", a part of a place named before, whichever case the pattern reads).
GAP_WORD = r"(?:[\w-]+|(?-i:[A-Z])[\w-]*['’]s)"


def just_before(
    *phrases: str, gap: str = rf"(?:the\s+)?(?:{GAP_WORD}\s+){{0,2}}"
) -> re.Pattern[str]:
    """Any of ``phrases`` at the end of a text but for ``gap`` (by default "the" and two words):
    what comes right before a place ("near the village of", "the mayor of")."""
    return re.compile(rf"\b({'|'.join(phrases)})\s+{gap}$", re.I)


def figure_after(
    verbs: str, figure: str, name: str, between: str = "", unless: str = "", cell: bool = False
) -> re.Pattern[str]:
    """A figure after the words that say what it counts ("killing two", "shot down 14",
    "launched 40 drones"): the words are group ``what``, the figure group ``name``; ``between``
    may stand between them; no match when ``unless`` follows the figure (a distance, "of").
    With ``cell``, also a figure closing a timeline's cell or line after a comma or a colon
    ("| Kursk | drones shot down, 4", "shot down: 14")."""
    tail = f"(?!{unless})" if unless else ""
    gap = rf"(?:\s+{between}|\s*[,:]\s*(?=[\w,]+\s*(?:$|[|;\n])))" if cell else rf"\s+{between}"
    return re.compile(rf"\b(?P<what>{verbs}){gap}(?P<{name}>{figure})\b{tail}", re.I | re.M)


def figure_before(
    verbs: str, figure: str, name: str, between: str, not_after: str = ""
) -> re.Pattern[str]:
    """A figure before the words that say what it counts ("two people were killed", "14 were
    shot down"): the words are group ``what``, the figure group ``name``; ``between`` is what
    may stand between them; no match right after ``not_after`` ("aged", "no")."""
    return re.compile(rf"{not_after}\b(?P<{name}>{figure})\b{between}\s+(?P<what>{verbs})\b", re.I)


# a toll or a count that grows, as a report or a headline says it: "the toll rose to nine",
# "death toll climbs to six", "number of injured rises to six", "the count now stands at 22"
TOLL_RISE = (
    r"(?:rose|rises|risen|climbed|climbs|reached|reaches|increased|increases|grown|grew|grows|"
    r"stands|stood|is now|(?:gone|went|goes) up|"
    # "the death toll has been revised to three", "revised upwards to 12"
    r"(?:been\s+)?revised(?:\s+(?:up|down)(?:wards?)?)?)"
)
