"""Whether a report relays one source or several: the names its speakers go by, one per source.
A region's governor and its regional administration (which he heads) are one source, and so are
a city's mayor and its city administration or council; an official named in full and later by
his surname alone ("Regional governor Oleh Syniehubov", "Syniehubov") is one speaker. A report
relaying one source carries his word over its plain paragraphs (`geo.extract.relayed`)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# the region's authority: its governor, the head of its administration, the administration
_REGION = re.compile(
    r"\bgovernor\b|\bregional\s+(?:military\s+|state\s+)?administration\b|"
    r"\boblast\s+(?:military\s+|state\s+)?administration\b|\b(?:[OR]VA|RMA|ODA|OVA)\b|"
    r"\bhead\s+of\s+(?:the\s+)?[\w\s]{0,30}?region(?:al)?\b",
    re.I,
)
# the city's: its mayor, its city (military) administration or council
_CITY = re.compile(
    r"\bmayor\b|\bcity\s+(?:military\s+|state\s+)?(?:administration|council)\b", re.I
)


def _key(who: str) -> str:
    if _REGION.search(who):
        return "the region's authority"
    if _CITY.search(who):
        return "the city's authority"
    return who.lower()


def sources(speakers: Iterable[str]) -> set[str]:
    """The distinct sources among the names ``speakers`` go by."""
    names = {w.lower() for w in speakers}
    words = {n: set(re.findall(r"[\w'’-]+", n)) for n in names}
    # a surname alone that is a word of another speaker's name is that speaker
    alone = {n for n in names if len(words[n]) == 1 and any(n in words[o] for o in names - {n})}
    return {_key(n) for n in names - alone}
