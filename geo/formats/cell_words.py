"""What the words of an imported row's cells say: the weapon they tell was fired and the event
type they describe, for formats with no such column (ACLED's notes, UCDP's headline)."""

from __future__ import annotations


def weapon_in(*texts: str | None) -> tuple[str | None, str | None]:
    """The first named weapon system the texts tell was used, else the first generic category:
    the extractor's reading (:func:`geo.weapons.fired_weapons`), so a system told as hit
    ("destroyed ... four tanks and Buk air defense systems") is no weapon of the row."""
    from geo.weapons import fired_weapons

    found = [m for t in texts if t for piece in _pieces(t) for m in fired_weapons(piece)]
    named = [m for m in found if m.weapon]
    if named:
        return named[0].weapon, named[0].category
    specific = [m for m in found if m.category != "missile"] or found
    return (None, specific[0].category) if specific else (None, None)


# A cell is read for weapons as report text is, a sentence of at most 2,000 characters at a time
# (each weapon word's reading looks back over its text: a notes cell of 72,000 characters of "a
# drone hit Sumy, " took 19 s, one of 1 MB would take hours)
_PIECE = 2000


def _pieces(text: str) -> list[str]:
    """``text`` in pieces of at most :data:`_PIECE` characters, cut after a full stop or a line
    end where there is one, else at a space."""
    out, start = [], 0
    while len(text) - start > _PIECE:
        end = start + _PIECE
        stop = max(text.rfind(". ", start, end), text.rfind("\n", start, end))
        cut = stop + 1 if stop > start else text.rfind(" ", start + 1, end)
        end = cut if cut > start else end
        out.append(text[start:end])
        start = end
    return [*out, text[start:]]


def event_type_in(text: str | None, default: str) -> str:
    """strike / interception / fighting from words of a description, else ``default``."""
    low = (text or "").lower()
    if any(w in low for w in ("shot down", "intercept", "downed")):
        return "interception"
    strike_words = (
        "strike",
        "shell",
        "missile",
        "drone",
        "bomb",
        "artillery",
        "rocket",
        "airstrike",
        "attack",
    )
    if any(w in low for w in strike_words):
        return "strike"
    return default
