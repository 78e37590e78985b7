"""A side's diplomats: its missions and envoys abroad ("Permanent Mission of Ukraine to the United
Nations", "Embassy of the Russian Federation in X"), who speak for their side, not for the UN; and
a letter an envoy has circulated as a United Nations document ("Letter dated 3 March 2025 from
the Permanent Representative of Ukraine to the United Nations addressed to the
Secretary-General"): the side's word, though the document's first lines are the UN's."""

from __future__ import annotations

import re

# a side's mission or embassy abroad, and its envoy to the United Nations
SIDES_DIPLOMATS = (
    r"(?:Permanent\s+(?:Mission|Representative)|Embassy)\s+of\s+"
    r"(?:Ukraine|Russia|the\s+Russian\s+Federation)"
)
_SIDES_DIPLOMAT = re.compile(rf"\b{SIDES_DIPLOMATS}\b", re.I)


def sides_diplomat(name: str) -> bool:
    """Whether ``name`` names a side's mission, embassy or envoy (to the UN or elsewhere)."""
    return bool(_SIDES_DIPLOMAT.search(name))


_HEAD_LINES = 12  # a UN document's symbol, date and distribution lines come before its title
_LETTER_FROM = re.compile(
    r"^(?:Identical\s+)?letters?\s+dated\s+[^\n]{1,40}?\s+from\s+the\s+(?P<envoy>"
    r"(?:Deputy\s+)?(?:Permanent\s+Representative|Charg[eé]\s+d['’]affaires\s+a\.i\.)\s+of\s+"
    r"(?:Ukraine|the\s+Russian\s+Federation)\s+to\s+the\s+United\s+Nations)\s+addressed\s+to\b",
    re.I,
)


def circulated_letter(text: str) -> str | None:
    """The side's envoy whose letter a UN document heads (its title among the first lines), or
    None."""
    for line in text.splitlines()[:_HEAD_LINES]:
        if len(line) <= 400 and (m := _LETTER_FROM.match(line.strip())):
            return m.group("envoy")
    return None
