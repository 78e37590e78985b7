"""Other tools' and desks' words for an event's status, read into the schema's three
(:data:`geo.vocabulary.VERIFICATION`). newuser27's CSV said "reported" in 102 of its 300 rows,
and each was refused; a word of this table is now read as its status, and the import's note says
how many rows each word gave. A word not in it still refuses its row, naming the three."""

from __future__ import annotations

from collections import Counter

from geo.vocabulary import VERIFICATION
from geo.words import counted

# (the word as folded: lower case, single spaces) -> the schema's status
SYNONYMS: dict[str, str] = {
    "reported": "unverified",
    "alleged": "unverified",
    "unconfirmed": "unverified",
    "not confirmed": "unverified",
    "not verified": "unverified",
    "unverifiable": "unverified",
    "rumoured": "unverified",
    "rumored": "unverified",
    "pending": "unverified",
    "verified": "confirmed",
    "geolocated": "confirmed",
    "claim": "claimed",
}


def read_statuses(records: list[tuple[int, dict]]) -> str | None:
    """Put each record's status word of :data:`SYNONYMS` (or one of the three in other capitals,
    "Confirmed") as the schema's status, in place; the note naming the words read, with their
    counts and statuses, or None when no row had one."""
    read: Counter[tuple[str, str]] = Counter()
    for _, record in records:
        word = record.get("verification")
        if not isinstance(word, str) or word in VERIFICATION:
            continue
        folded = " ".join(word.lower().split())
        status = folded if folded in VERIFICATION else SYNONYMS.get(folded)
        if status is None:
            continue  # refused with the reason naming the three
        record["verification"] = status
        if folded != status:
            read[(folded, status)] += 1
    if not read:
        return None
    by_status = {
        s: ", ".join(f'"{w}" ({n:,})' for (w, t), n in read.items() if t == s) for s in VERIFICATION
    }
    said = "; ".join(f"{words} as {s}" for s, words in by_status.items() if words)
    return f"{counted(sum(read.values()), 'row')}' status read into the schema's: {said}"
