"""A table's header: what each column holds by its header's words ("Date of attack" days,
"Means of attack" weapons, "Killed/Injured" both figures in one cell), whether a line reads as a
header (a bar line over a markdown rule row, or three or more short cells naming a place and
another kind of column), and the rule rows between a header and its body. Read by the table
reader (:mod:`geo.extract.tables`) and by a card's keys (:mod:`geo.extract.cards`)."""

from __future__ import annotations

import re

from geo.extract.table_cells import COMMA, SEPARATORS, Cell, cells_of, may_cut
from geo.extract.table_rows import counted_weapon
from geo.extract.wording import words

# a rule row: markdown's "|---|:--:|", a grid's "+-----+----+", a text table's "-----   ----"
# (dash runs apart by a bar, a cross or blanks: one way to read a line, no backtracking)
RULE = re.compile(r"\s*(?:[|+]\s*)?:?-{2,}:?(?:\s*[|+]\s*:?-{2,}:?|\s+:?-{2,}:?)*\s*(?:[|+]\s*)?")
# What a column holds, by its header; the first kind that fits ("Drones launched" is a count
# launched, "Claimed by" a source, "Change on week 9" nothing).
_COLUMNS = [
    ("source", words("(?:claimed|given|reported|stated) by", "sources?", "figures from", "according to")),
    ("check", words("check", "checked", "verified", "verification", "status")),
    ("day", words("day", "date", "when", "night ending")),
    ("killed", _KILLED := words("killed", "dead", "deaths", "fatalities", "died")),
    ("injured", _INJURED := words("injured", "wounded", "hurt")),
    ("launched", words("launched", "fired")),
    ("destroyed", words("downed", "shot down", "destroyed", "intercepted")),
    ("weapon", words("weapon", "weapons", "means", "what")),
    ("type", words("type", "event", "incident", "what happened")),
    ("place", words("region", "place", "village", "town", "city", "settlement", "location",
                    "area", "oblast", "province", "target", "where", "locality", "community",
                    "hromada", "district", "raion")),
]  # fmt: skip


def column_kind(header: str) -> str | None:
    """What a column holds by the first of its header's words that names a kind ("Means of
    attack (according to the administration)" are weapons, "Date of attack" days); a header
    naming a weapon alone ("UAV", "Kh-101") counts that weapon."""
    if _KILLED.search(header) and _INJURED.search(header):
        return "toll"  # "Killed/Injured", "Dead and hurt": one cell gives both, "2/6"
    found = [(m.start(), k) for k, (kind, p) in enumerate(_COLUMNS) if (m := p.search(header))]
    if found:
        return _COLUMNS[min(found)[1]][0]
    return "counted" if counted_weapon(header) else None


def header_of(line: str, base: int, below: str) -> tuple[re.Pattern[str], list[Cell]] | None:
    """The separator and cells of ``line`` when it reads as a table's header: a bar line over a
    markdown rule row, or three or more short cells without figures, one naming a place and one
    more naming another kind of column."""
    if line.lstrip().startswith("|") and RULE.fullmatch(below) and ("|" in below or "+" in below):
        return SEPARATORS[0], cells_of(line, base)
    for sep in (*SEPARATORS, COMMA):
        if (sep is COMMA and ", " in line) or not may_cut(line, sep):
            continue  # a prose list, not a spreadsheet's header; a line of one cell
        cells = cells_of(line, base, sep)
        # (a bar's header may explain a column: "Means of attack (according to the data of ...)")
        longest = 12 if sep is SEPARATORS[0] else 4
        if len(cells) < 3 or any(not c.text or len(c.text.split()) > longest for c in cells):
            continue
        if any(ch.isdigit() for c in cells if not counted_weapon(c.text) for ch in c.text):
            continue  # a row of figures, not a header (a weapon's name may hold some: "Kh-101")
        kinds = [column_kind(c.text) for c in cells]
        if "place" in kinds and sum(k is not None for k in kinds) >= 2:
            return sep, cells
    return None
