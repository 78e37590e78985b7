"""A post signed by an official at its end ("... two women injured. — Ivan Petrenko, head of the
regional military administration"; a last line "- Oleh Kovalenko, Kharkiv governor"): the whole
post is that official's word, as a post whose header names its issuer is (`geo.extract.issuer.side_author`).

Only a signature whose title names an office or a side's body signs: "— Reporting by ...,
editing by ...", "— with reporting from Kyiv" and "— Name, chief correspondent" name the report's
own writers, who claim nothing.
"""

from __future__ import annotations

import re

from geo.extract.attribution import official
from geo.extract.issuer import HEADER_CHARS, speaks_for_itself
from geo.extract.own_notice import tells_own_harm
from geo.extract.own_things import serves_others

_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
# "— Name, title[, date]" ending a line
_SIGNATURE = re.compile(
    rf"(?:^|\s)[—–-]{{1,2}}\s*(?P<who>{_NAME},\s+(?P<title>[^.\n]{{1,80}}?))"
    r"(?:,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\s*$",
    re.M,
)
# ... or, undashed, the post's last line alone: "Serhiy Lysak, head of the regional military
# administration"
_LAST_LINE = re.compile(rf"(?P<who>{_NAME},\s+(?P<title>[^.\n]{{1,80}}?))")
# ("— Tom Brown, chief correspondent": the report's own writer, who claims nothing)
_PRESS = re.compile(r"\b(?:correspondent|reporter|editor|journalist|photographer|writer)s?\b")


def signed_author(text: str) -> str | None:
    """The official who signs the post (name and office as written), when a line ends with a
    signature whose title is an office (:func:`~geo.extract.attribution.official`) and the text
    names no other signer; None otherwise."""
    last = next((line.strip() for line in reversed(text.splitlines()) if line.strip()), "")
    lines = [m] if (m := _LAST_LINE.fullmatch(last)) else []
    found = {
        m.group("who").strip()
        for m in [*_SIGNATURE.finditer(text), *lines]
        if official(m.group("title")) and not _PRESS.search(m.group("title"))
    }
    return found.pop() if len(found) == 1 else None


# A body's mark as the post's last line: "— Odesa Regional Military Administration", "Press
# service of Poltavaoblenergo"
_BODY_LINE = re.compile(
    r"^(?:[—–-]{1,2}\s*(?:(?:the\s+)?press[ -](?:service|office|cent(?:re|er))\s+of\s+)?|"
    r"(?:the\s+)?press[ -](?:service|office|cent(?:re|er))\s+of\s+)(?:the\s+)?(?P<body>[^.]+?)(?<!\s)\s*$",
    re.I,
)
_BODY_WORDS = 10


# ... or closing the last line after its last sentence: "Thank you for your patience. Press
# service of the company"
_MARK_AFTER = re.compile(
    r"(?<=[.!?])[ \t]+(?P<mark>(?:the\s+)?press[ -](?:service|office)\s+of\s+(?:the\s+)?"
    r"(?P<body>[^.!?]+?))[ \t]*$",
    re.I,
)


def signing_body(text: str) -> str | None:
    """The body whose mark ends the post (its last line, or the end of it after a sentence):
    a side's body or one that speaks for its own sites (:func:`speaks_for_itself`), or a firm
    whose notice tells of harm to "our" sites or staff
    (:func:`~geo.extract.own_notice.tells_own_harm`); None otherwise."""
    last = next((line.strip() for line in reversed(text.splitlines()) if line.strip()), "")
    if len(last) > HEADER_CHARS:
        return None
    m = _BODY_LINE.match(last) if len(last.split()) <= _BODY_WORDS else None
    m = m or _MARK_AFTER.search(last)
    if not m or len(m.group("body").split()) > _BODY_WORDS:
        return None
    body = m.group("body")
    if speaks_for_itself(body):
        return body
    if serves_others(body) or not tells_own_harm(text):
        return None
    # a firm by its name ("Apteka Zdorovia"), else by its mark ("Press service of the company")
    return body if body[:1].isupper() else (m.groupdict().get("mark") or m.group(0)).strip(" —–-")
