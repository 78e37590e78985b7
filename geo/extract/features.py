"""Town names that name something else here: a river with its article ("the Dnipro", "Saratov on
the Volga"), a common noun in an all-caps headline ("DRONE HITS ROAD BRIDGE")."""

from __future__ import annotations

import re
from functools import lru_cache

# Rivers of the theatre that share a name with a town ("on the Dnipro near Nova Kakhovka").
_RIVERS = {
    "dnipro",
    "dnieper",
    "donets",
    "oskil",
    "desna",
    "seim",
    "psel",
    "vorskla",
    "inhulets",
    "volga",  # "across the Volga from Saratov": not the town of Volga (Yaroslavl region)
}
_RIVER_AFTER = re.compile(r"\s+(?:region|oblast|province|direction|axis)\b", re.I)


# "Saratov on the Volga.", "Orsk on the Ural, ...": a name after a town's "on the", ending its
# clause, is the river the town stands on
_ON_THE = re.compile(r"(?-i:[A-Z])[\w'’-]+\s+on\s+the\s+$", re.I)
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")


def river(text: str, start: int, end: int) -> bool:
    """ "the Dnipro": a river, named with its article; the town is "Dnipro" bare."""
    if _ON_THE.search(text[max(0, start - 40) : start]) and _CLAUSE_END.match(text, end):
        return True
    return (
        text[start:end].casefold() in _RIVERS
        and text[max(0, start - 4) : start].casefold() == "the "
        and not _RIVER_AFTER.match(text, end)
    )


def common_word(text: str, mention: str) -> bool:
    """A word of an all-caps line that the report writes in lower case elsewhere ("DRONE HITS
    ROAD BRIDGE" and "struck cars on the bridge"): a common noun, not a town named Bridge."""
    if not mention.isupper() or len(mention) <= 3:
        return False
    word = mention.lower()
    if _WORD.fullmatch(word):
        # one word: among the text's words, gathered once (the text was searched for each
        # all-caps place: 6,000 blocks headed "KHARKIV" took the square of the report's length)
        return word in _words(text)
    return re.search(rf"\b{re.escape(word)}\b", text) is not None


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=2)
def _words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text))
