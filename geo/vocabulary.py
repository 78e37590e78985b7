"""The event record's closed vocabularies (event types, verification statuses), without pandas.

:mod:`geo.events` checks records against them; the command line offers them as choices, and
builds its parser from this module alone so that ``python -m geo --help`` starts at once.
"""

from __future__ import annotations

EVENT_TYPES = ("strike", "fighting", "interception", "meeting", "other")
VERIFICATION = ("confirmed", "claimed", "unverified")


def unknown_notice(what: str, words: list[str], choices: list[str]) -> str | None:
    """One line naming the ``words`` (asked for as ``what``, e.g. "weapon") that are none of
    ``choices`` (compared without case), each with the nearest choices; None when all are known."""
    from difflib import get_close_matches

    by_fold = {c.casefold(): c for c in choices}
    parts = []
    for word in words:
        if word.casefold() in by_fold:
            continue
        near = [by_fold[n] for n in get_close_matches(word.casefold(), list(by_fold), n=3)]
        parts.append(f'"{word}"' + (f" (nearest: {', '.join(near)})" if near else ""))
    if not parts:
        return None
    return f"unknown {what} {'; '.join(parts)}"
