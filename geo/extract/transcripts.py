"""A transcript's turns ("VOLOSHYN: Thank you. ...", "QUESTION (Suspilne): ..."): the events told
in a speaker's turns are that speaker's word; a moderator's, a questioner's or a bulletin's
presenter's are nobody's claim; in a council's verbatim record, a side's delegate's turns are
that side's word ("Mr. Sidorov (Russian Federation): ...")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from geo.extract.attribution import independent
from geo.extract.cast import cast_of

_TURN = re.compile(r"(?m)^(?P<who>[A-Z][A-Z'’ .-]{0,30}?)(?:\s*\([^)\n]{0,60}\))?:\s")
# the labels of those who ask or present (a bulletin's presenter or anchor reads the news):
# nobody's claim, and no answer to a question (geo.extract.asked)
QUESTIONERS = frozenset(
    "MODERATOR QUESTION Q HOST INTERVIEWER REPORTER JOURNALIST PRESENTER PRESENTERS ANCHOR "
    "NEWSREADER".split()
)
_NO_SPEAKER = QUESTIONERS | {"A", "ANSWER"}
# a hearing's members, who ask ("SENATOR HALVORSEN:", "CHAIRMAN:"): what they cite is nobody's
# claim of their own
_MEMBERS = frozenset("SENATOR CHAIR CHAIRMAN CHAIRWOMAN CONGRESSMAN CONGRESSWOMAN".split())


def _nobody(who: str) -> bool:
    """Whether a label's turns are nobody's claim (a moderator's, a questioner's, a member's)."""
    return who in _NO_SPEAKER or who.split(" ", 1)[0] in _MEMBERS


# a council's verbatim record: "The President: ...", "Mr. Sidorov (Russian Federation): ..."; a
# delegate of a side at war speaks for it, the chair and other delegates for no side
_DELEGATE_TURN = re.compile(
    r"(?m)^(?:The\s+President|(?:Mr|Ms|Mrs|Mme)\.?\s+[A-Z][\w'’-]{1,30}"
    r"(?:\s+\((?P<country>[^)\n]{1,40})\))?):\s"
)
_SIDES = frozenset(("Ukraine", "Russian Federation", "Russia"))


def _delegates(text: str) -> list[tuple[int, str | None]]:
    """A verbatim record's turns (two or more delegates' at least), each a side's
    representative's or nobody's."""
    found = [(m.start(), m.group("country")) for m in _DELEGATE_TURN.finditer(text)]
    if sum(country is not None for _, country in found) < 2:
        return []
    return [(at, f"{c} representative" if c in _SIDES else None) for at, c in found]


# an interview's header naming whom it asks ("Phone interview with the press officer of a
# brigade", "A conversation with the mayor of X"): that speaker's answers ("A: ...") are his word
_INTERVIEWEE = re.compile(
    r"\b(?:interview|conversation|talk|Q\s?&\s?A)\s+(?:of|with)\s+(?:the\s+)?(?P<who>[^\n.,:;!?\"“”()]{3,80})",
    re.I,
)
_HEADER = 400  # (how far into the text a header names the interviewee)


def _interviewee(text: str) -> str | None:
    """Whom an interview's header says it asks, or None."""
    m = _INTERVIEWEE.search(text, 0, _HEADER)
    return m.group("who").strip() if m else None


def turns(text: str) -> list[tuple[int, str | None]]:
    """Where each turn of a transcript starts and whose it is (None for a moderator's or a
    question; an answer's, "A:", is the interviewee's the header names); no turns unless some
    speaker has two or more (a transcript, not a label)."""
    if delegates := _delegates(text):
        return delegates
    found = [(m.start(), m.group("who").strip()) for m in _TURN.finditer(text)]
    if any(who in ("A", "ANSWER") for _, who in found) and (asked := _interviewee(text)):
        found = [(at, asked if who in ("A", "ANSWER") else who) for at, who in found]
    # (counted once: a count of each name in all names read a paste of 20,000 labels 4x10^8 times)
    if not any(n > 1 for n in Counter(who for _, who in found if not _nobody(who)).values()):
        return []
    named = cast_of(text, {who for _, who in found if not _nobody(who)})  # header's names
    return [
        (at, None if _nobody(who) else named.get(who) or (who.title() if who.isupper() else who))
        for at, who in found
    ]


def speaker_at(found: list[tuple[int, str | None]], at: int) -> str | None:
    """Whose is the turn of ``found`` (:func:`turns`) that holds offset ``at``: None before the
    first turn and in nobody's. By bisection, not a scan of the turns for each event (a 1,600-turn
    transcript's events read 2.6 million turns twice; attack37)."""
    i = bisect_right(found, at, key=lambda turn: turn[0])
    return found[i - 1][1] if i else None


def speak_for(drafts: list, starts: list[tuple[int, str | None]]) -> None:
    """Events told in a speaker's turn of a transcript (``starts``: its :func:`turns`, read once
    per report by the days' reader) are the speaker's word."""
    for d in drafts:
        who = speaker_at(starts, d.sentence.start)
        if who and not independent(d.claimed_by):
            d.attributed, d.claimed_by = True, d.claimed_by or who
