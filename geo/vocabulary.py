"""The event record's closed vocabularies (event types, verification statuses), without pandas.

:mod:`geo.events` checks records against them; the command line offers them as choices, and
builds its parser from this module alone so that ``python -m geo --help`` starts at once.
"""

from __future__ import annotations

EVENT_TYPES = ("strike", "fighting", "interception", "meeting", "other")
VERIFICATION = ("confirmed", "claimed", "unverified")
# What each status means, as README's "Verification rule" has it, in words for an analyst who
# sets one by hand (an event added from memory is not confirmed by being typed).
VERIFICATION_MEANINGS = {
    "unverified": "nobody has checked it: the report hedges, or you add it from memory or from "
    "a source you could not check",
    "claimed": "one side says so, officials included (a ministry, a governor, an air force): "
    "name who in Claimed by",
    "confirmed": "the report asserts it itself, or an independent body bears it out (the UN, "
    "the IAEA, the outlet's own reporters, satellite images, geolocated footage)",
}
# The status a hand-added event starts at: the analyst raises it when a source bears it out.
HAND_ADDED_STATUS = "unverified"


# An unknown-word notice names at most this many words, each cut to this many characters.
NOTICE_WORDS, NOTICE_CHARS = 5, 60


def shortened(text: str, most: int = NOTICE_CHARS) -> str:
    """``text`` for a one-line message: cut to ``most`` characters, the cut marked "…"."""
    return text if len(text) <= most else text[: most - 1] + "…"


def quoted(word: str) -> str:
    """``word`` in quotes for a notice, cut to :data:`NOTICE_CHARS` characters."""
    return f'"{shortened(word)}"'


def unknown_notice(what: str, words: list[str], choices: list[str]) -> str | None:
    """One line naming the ``words`` (asked for as ``what``, e.g. "weapon") that are none of
    ``choices`` (compared without case), each with the nearest choices; None when all are known."""
    from difflib import get_close_matches

    by_fold = {c.casefold(): c for c in choices}
    unknown = list(dict.fromkeys(w for w in words if w.casefold() not in by_fold))
    if not unknown:
        return None
    parts = []
    for word in unknown[:NOTICE_WORDS]:  # a link may repeat a word or hold a long one
        near = [by_fold[n] for n in get_close_matches(word.casefold(), list(by_fold), n=3)]
        parts.append(quoted(word) + (f" (nearest: {', '.join(near)})" if near else ""))
    more = len(unknown) - NOTICE_WORDS
    return f"unknown {what} {'; '.join(parts)}" + (f" and {more} more" if more > 0 else "")
