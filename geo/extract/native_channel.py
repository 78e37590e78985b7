"""A post headed by its channel's name in Cyrillic script, as a Ukrainian or Russian official's,
body's or channel's Telegram post is when it is given in English: "Олег Синєгубов / Oleh
Syniehubov", "Вячеслав Гладков | 13 May, 08:55", "Поліція Донеччини | Police of Donetsk region".
The whole post is that channel's word (README, "Verification rule": a side's post, its name on
its first line), named as its Latin part names it when it has one, else as written. A long line,
a sentence, a headline telling an event, a channel of the UN and a text itself in Cyrillic (an
article in its own language, whose first line is its title) head nothing.
"""

from __future__ import annotations

import re

from geo.extract.attribution import CLAIM_VERB, independent
from geo.extract.lexicon import triggers_in

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
# the channel's name first, before its other parts: "Name | Latin name", "Name / date"
_OPENS_CYRILLIC = re.compile(r"^\W*[\u0400-\u04ff]")
_PARTS = re.compile(r"\s+[|/—–-]+\s+|\s*\|\s*")
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "(English mirror, translated by admin)"
_NAME_WORDS = 4  # a name's words in Cyrillic: a person's, a body's ("Поліція Донеччини")
_LINE_WORDS = 14
_LINE_CHARS = 200
# the text below in English: more Latin letters than Cyrillic ones (a mirror, a translation)
_SAMPLE = 2000


def native_channel(text: str) -> str | None:
    """The channel a post's first line names in Cyrillic script, the post itself in English;
    None otherwise."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if len(first) > _LINE_CHARS or len(first.split()) > _LINE_WORDS or first.endswith("."):
        return None
    if not _OPENS_CYRILLIC.match(first) or CLAIM_VERB.search(first) or triggers_in(first):
        return None
    body = text[text.find(first) + len(first) :][:_SAMPLE]
    if len(_LATIN.findall(body)) <= len(_CYRILLIC.findall(body)):
        return None  # an article in its own language: its first line is a title
    parts = [_NOTE.sub("", p).strip(" ⚡✅🔴❗️") for p in _PARTS.split(first)]
    name = parts[0]
    if len(name.split()) > _NAME_WORDS or not name:
        return None
    latin = next((p for p in parts[1:] if _names(p)), None)
    name = latin or name
    return None if independent(name) else name


def _names(part: str) -> bool:
    """Whether a header's part is a name in Latin letters (not a date, a time or a place's
    name in Cyrillic)."""
    return bool(part and part[0].isupper() and _LATIN.match(part) and not re.search(r"\d", part))
