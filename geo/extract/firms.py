"""Business names that look like places ("O'Neill & Sons", "Acme Ltd", "the Marks & Spencer
store"): pasted reports name shops and firms hit, and their names are no place."""

from __future__ import annotations

import re

# "O'Neill & Sons", "Smith Brothers Ltd", "the Marks & Spencer store": a business, not a place.
_FIRM_WORD = r"(?:Sons|Brothers|Bros|Ltd|Limited|Inc|LLC|LLP|plc|PLC|GmbH|Corp|Corporation)\b"
_FIRM_AFTER = re.compile(rf"(?:\s+[A-Z][\w'’-]*){{0,2}},?\s+{_FIRM_WORD}")
_PAIR = re.compile(r"[A-Z][\w'’-]*\s*&\s*[A-Z][\w'’-]*")
_SHOP_AFTER = re.compile(
    r"\s+(?:store|shop|supermarket|warehouse|factory|plant|office|outlet|branch|company|firm|"
    r"brand|chain|headquarters|premises)s?\b"
)


def business(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the name is part of a business's name: a firm's word after it ("O'Neill & Sons",
    "Acme Ltd"), or an "&" joining it to a word that is no place or to a name a business noun
    follows ("the Marks & Spencer store"); "drones hit Kharkiv & Sumy" names two places."""
    if _FIRM_AFTER.match(text, end):
        return True
    lo = max(0, start - 40)
    for pair in _PAIR.finditer(text, lo, min(len(text), end + 40)):
        if not pair.start() <= start < pair.end():
            continue
        left, right = pair.start(), pair.end() - len(pair.group().split("&")[-1].strip())
        both_places = left in dict(spans) and right in dict(spans)
        return not both_places or bool(_SHOP_AFTER.match(text, pair.end()))
    return False
