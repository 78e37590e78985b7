"""Entries headed by a numbered or labelled line of their own: a police log's "No. 2 | 23:50 |
Huliaipole, Polohy district", an imagery note's "2. Feodosia oil depot" or "1. Saky air base,
western Crimea" over the lines that tell what happened there ("Mortar fire. Two garages
damaged.", "Pictures of 12 June show four tanks destroyed"). A heading's label and clock are
no words of its place; a numbered line heads the prose right under it, not the next item of a
list (a list of places one a line heads nothing); a town with its district after it ("Zolochiv,
Bohodukhiv district") heads as the town; a site's own noun or its region in brackets after the
place ("Feodosia oil depot", "Marinovka air base (Volgograd region)") still closes the heading."""

from __future__ import annotations

import re

from geo.extract.lexicon import triggers_in
from geo.extract.place_hits import PlaceHit
from geo.extract.sentences import BULLET, LIST_MARK

__all__ = [
    "ENTRY_WORDS",
    "entry_text",
    "labelled_heading",
    "numbered_heading",
    "site_closes",
    "town_with_district",
]

# the most words of a heading's place part, after its label and clock ("Kupiansk, Vokzalna St.")
ENTRY_WORDS = 6
# the parts of a labelled heading: "Entry 3 | 02:40 | Kupiansk", "No. 2 — 23:50 — Izium"
_PARTS = re.compile(r"\s[|\u2013\u2014-]\s")
# a label's part: a few words with a figure ("No. 2", "Entry 3", "02:40", "21 June")
_LABEL_WORDS = 3
_FIGURE = re.compile(r"\d")
_NUMBERED = re.compile(rf"\s*(?:No\.?\s*\d{{1,3}}\.?|{LIST_MARK})\s+")
# a district named by its town after the heading's town ("Pokrovske, Synelnykove district")
_DISTRICT_AFTER = re.compile(r"\s+(?:district|raion|hromada|municipality)\b", re.I)
# what may follow a numbered heading's place: its site's noun, or its region in brackets
_SITE_AFTER = re.compile(
    r"\s*\(|\s+(?:oil\s+|fuel\s+|ammunition\s+)?(?:depot|refinery|air\s*base|airfield|port|"
    r"arsenal|plant|terminal|bridge|substation|TPP|power\s+station|shipyard)\b",
    re.I,
)


def entry_text(line: str) -> str | None:
    """The words of a labelled heading after its label and clock ("Entry 3 | 02:40 | Kupiansk,
    Vokzalna St." -> "Kupiansk, Vokzalna St."): each part before the last, parted by a bar or
    a spaced dash, a few words with a figure; None for a line with no such label."""
    parts = _PARTS.split(line.strip())
    if len(parts) < 2:
        return None
    labels = parts[:-1]
    if all(len(p.split()) <= _LABEL_WORDS and _FIGURE.search(p) for p in labels):
        return parts[-1].strip()
    return None


def labelled_heading(line: str) -> bool:
    """Whether a line is a labelled entry's heading: its words after the label few, no event
    word among them ("No. 4 | 09:45 | Dnipro, Shevchenkivskyi district, Robocha St.")."""
    rest = entry_text(line)
    return rest is not None and 0 < len(rest.split()) <= ENTRY_WORDS and not triggers_in(rest)


def numbered_heading(lines: list[str], n: int) -> bool:
    """Whether line number ``n`` is a numbered item heading the prose right under it ("2.
    Feodosia oil depot" over "Fire-detection satellites recorded ..."): a few words with no
    event word, the next line neither blank nor another item."""
    line = lines[n]
    mark = _NUMBERED.match(line)
    if mark is None:
        return False
    rest = line[mark.end() :].strip()
    if not rest or len(rest.split()) > ENTRY_WORDS or rest.endswith(("!", "?")):
        return False
    below = lines[n + 1] if n + 1 < len(lines) else ""
    return bool(below.strip()) and not BULLET.match(below) and not triggers_in(rest)


def town_with_district(text: str, hits: list[PlaceHit]) -> PlaceHit | None:
    """The town of a heading that names it with its district after it ("Zolochiv, Bohodukhiv
    district": two places, the second a district by its town's name)."""
    if len(hits) == 2 and _DISTRICT_AFTER.match(text, hits[1].end):
        return hits[0]
    return None


def site_closes(text: str, head: PlaceHit) -> bool:
    """Whether a numbered heading's place is closed by its site's noun or its bracketed region
    ("Feodosia oil depot", "Marinovka air base (Volgograd region)")."""
    return bool(_SITE_AFTER.match(text, head.end))
