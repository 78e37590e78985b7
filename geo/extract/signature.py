"""A post signed by an official at its end ("... two women injured. — Ivan Petrenko, head of the
regional military administration"; a last line "- Oleh Kovalenko, Kharkiv governor"): the whole
post is that official's word, as a post whose header names its issuer is (`side_author`).

Only a signature whose title is an office (head, governor, mayor, spokesperson, commander,
minister, chief) signs: "— Reporting by ..., editing by ..." and "— with reporting from Kyiv" name
the report's own writers, who claim nothing.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
_OFFICE = (
    r"(?:the\s+)?(?:[A-Z][\w’'-]+\s+){0,3}"
    r"(?:head|governor|mayor|spokes(?:man|woman|person)|commander|minister|chief|secretary)\b"
)
# ("— Tom Brown, chief correspondent": the report's own writer, who claims nothing)
_PRESS = r"(?![^.\n]*\b(?:correspondent|reporter|editor|journalist|photographer|writer)s?\b)"
_SIGNATURE = re.compile(
    rf"(?:^|\s)[—–-]{{1,2}}\s*(?P<who>{_NAME},\s+{_PRESS}{_OFFICE}[^.\n]{{0,80}}?)"
    r"(?:,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*$",
    re.M,
)


def signed_author(text: str) -> str | None:
    """The official who signs the post (name and office as written), when a line ends with a
    signature and the text names no other signer; None otherwise."""
    found = {m.group("who").strip() for m in _SIGNATURE.finditer(text)}
    return found.pop() if len(found) == 1 else None
