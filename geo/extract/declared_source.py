"""The source a document declares for its entries, as its head or its last line names it:
"Source: official channels of the Sumy regional administration. Auto-generated, not edited.",
"Figures from Mayor X and Governor Y; we add them as they come." The source is the clause after
the label, up to the clause's end (what follows is the publisher's own remark), without the
medium it was taken from ("official channels of", "the Telegram channel of")."""

from __future__ import annotations

import re

# the end of the source's clause: a semicolon, a full stop before the next sentence, a dash
# parting a remark ("Source: Kharkiv RMA — we update hourly")
_CLAUSE_END = re.compile(r";|(?<=[a-z)])\.\s+(?=[A-Z])|\s[—–]\s")
# the medium before the body ("official channels of the ...", "the Telegram channel of ...",
# "posts by ...", "the website of ...")
_MEDIUM_BEFORE = re.compile(
    r"^(?:the\s+)?(?:official\s+)?(?:Telegram\s+|Facebook\s+)?"
    r"(?:channels?|posts?|pages?|accounts?|websites?|sites?|updates?|feeds?)\s+(?:of|by|from)\s+",
    re.I,
)


def declared_who(who: str) -> str:
    """The body a source line's label is followed by, without the remark after its clause and
    the medium before it."""
    who = _CLAUSE_END.split(who, maxsplit=1)[0].strip()
    return _MEDIUM_BEFORE.sub("", who)
