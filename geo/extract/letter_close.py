"""A letter closed by its signer under a valediction ("With respect,\\nManagement of the
developer company", "With gratitude,\\nOleksandr, head of the cooperative"): when it tells harm
to the signer's own sites or people ("one drone hit the section 2 of our complex"), the letter
is the signer's word throughout, as a notice whose header or closing mark names its body is
(README, "Verification rule"; :mod:`geo.extract.signature` reads a "Press service of ..." mark).
"""

from __future__ import annotations

import re

from geo.extract.own_notice import tells_own_harm
from geo.extract.own_things import serves_others

# the valediction on a line of its own, and the signer's line under it (the letter's last)
_CLOSE = re.compile(
    r"^[ \t]*(?:with\s+(?:respect|gratitude|thanks|best\s+wishes|kind\s+regards|regards|"
    r"love|hope)|sincerely|yours(?:\s+(?:sincerely|faithfully|truly))?|(?:kind|best|warm)\s+"
    r"regards|regards|respectfully|gratefully|on\s+behalf\s+of\s+the\s+team)[ \t]*[,.!]?[ \t]*\n"
    r"(?:[ \t]*\n)?[ \t]*(?P<signer>[^\n]{3,120}?)[ \t]*\Z",
    re.I | re.M,
)
_TAIL = 400  # the close is among the letter's last characters
# the signer names a body, not only a person (review39: "Regards,\nOlena Petrenko" is a
# resident's letter): a firm, a management, an administration, a service, a cooperative
_BODY = re.compile(
    r"\b(?:company|companies|firm|management|administration|service|services|cooperative|co-op|"
    r"association|council|board|enterprise|plant|factory|farm|group|holding|corporation|agency|"
    r"office|department|directorate|committee|union|theatre|theater|museum|developer|LLC|Ltd|"
    r"JSC|PJSC|PrJSC|Inc|GmbH|OSBB|condominium|partnership|shop|store|chain|bakery|staff)\b",
    re.I,
)


def letter_signer(text: str) -> str | None:
    """The signer under a letter's valediction, when the signer names a body and the letter
    tells harm to what it runs or employs; None otherwise (a bare personal name too)."""
    tail = text.rstrip()[-_TAIL:]
    m = _CLOSE.search(tail)
    if not m or not _BODY.search(m.group("signer")) or serves_others(m.group("signer")):
        return None
    if not tells_own_harm(text):
        return None
    return m.group("signer").strip(" ,.—–-")
