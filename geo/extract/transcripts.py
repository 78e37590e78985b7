"""A transcript's turns ("VOLOSHYN: Thank you. ...", "QUESTION (Suspilne): ..."): the events told
in a speaker's turns are that speaker's word; a moderator's, a questioner's or a bulletin's
presenter's are nobody's claim."""

from __future__ import annotations

import re

from geo.extract.attribution import independent

_TURN = re.compile(r"(?m)^(?P<who>[A-Z][A-Z'’ .-]{1,30}?)(?:\s*\([^)\n]{0,60}\))?:\s")
# (a bulletin's presenter or anchor reads the news: nobody's claim either)
_NO_SPEAKER = frozenset(
    "MODERATOR QUESTION Q A ANSWER HOST INTERVIEWER REPORTER PRESENTER PRESENTERS ANCHOR "
    "NEWSREADER".split()
)


def turns(text: str) -> list[tuple[int, str | None]]:
    """Where each turn of a transcript starts and whose it is (None for a moderator's or a
    question); no turns unless some speaker has two or more (a transcript, not a label)."""
    found = [(m.start(), m.group("who").strip()) for m in _TURN.finditer(text)]
    names = [who for _, who in found if who not in _NO_SPEAKER]
    if not any(names.count(who) > 1 for who in names):
        return []
    return [(at, None if who in _NO_SPEAKER else who.title()) for at, who in found]


def speak_for(drafts: list, text: str) -> None:
    """Events told in a speaker's turn of a transcript are the speaker's word."""
    starts = turns(text)
    for d in drafts:
        who = next((w for at, w in reversed(starts) if at <= d.sentence.start), None)
        if who and not independent(d.claimed_by):
            d.attributed, d.claimed_by = True, d.claimed_by or who
