"""A question and its answer in a transcript: the place and the day a question names are the
answer's when it names none of its own. "Q (Suspilne): What happened in Orikhiv on Tuesday?"
then "HEAD: Three glide bombs, one of them in the school yard" is Orikhiv's strike on that
Tuesday; "PRESENTER: And the border villages in Grayvoron district?" then "GOVERNOR: A drone
dropped a charge on a tractor" is the district's; minutes' "Question from resident X: what
happened in Dniprovske on Tuesday?" then "Answer (Y): a guided bomb fell on the farm".

A transcript here is three or more lines opening with a speaker's label ("NAME:", "Q:",
"QUESTION (Dnipro TV):", "[00:01:04] ROMAN:", "Answer (Hrytsenko O.):") under two labels at
least. A question is a turn labelled so ("Q:", "Question from ...:") or one that asks ("?");
its answer is the next turn, by another speaker who is no questioner (a host, a presenter, an
anchor, a moderator); an answer that has told an event goes on with it. What a question names only locates its answer: the question itself tells no
event."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from geo.extract.place_hits import PlaceHit, hits_within
from geo.extract.transcripts import QUESTIONERS

__all__ = ["Asked"]

# a turn's label at the start of a line, after a time code: an upper-case name or office
# ("HEAD OF ADMINISTRATION", "KRAVETS (Deputy Head, State Emergency Service)"), or a question's
# or answer's word in any case ("Q", "Question from resident Panasenko L.", "Answer (X)")
_LABEL = re.compile(
    r"(?m)^[ \t]*(?:\[[\d:. -]{4,24}\][ \t]*)?"
    r"(?P<who>[A-Z][A-Z'’ .-]{0,40}?|(?:Question|Answer)\b[^:\n?]{0,50}?)"
    r"(?:[ \t]*\([^)\n]{0,60}\))?:[ \t]+(?=\S)"
)


@dataclass(frozen=True)
class _Turn:
    start: int  # where the label starts
    body: int  # where its words start
    end: int  # where the next turn starts
    who: str  # the label's first word, upper case


def _turns(text: str) -> list[_Turn]:
    """The labelled turns of a transcript, in order; none unless three or more under two
    labels or more."""
    found = [(m.start(), m.end(), m.group("who").split()[0].upper()) for m in _LABEL.finditer(text)]
    if len(found) < 3 or len({who for _, _, who in found}) < 2:
        return []
    ends = [start for start, _, _ in found[1:]] + [len(text)]
    return [_Turn(s, b, e, w) for (s, b, w), e in zip(found, ends, strict=True)]


def _asks(text: str, turn: _Turn) -> bool:
    """Whether a turn is a question: a questioner's ("Q:"), or one that asks (a host's or a
    moderator's words that ask nothing, "With us today is ...", locate nothing)."""
    return turn.who in ("Q", "QUESTION") or "?" in text[turn.body : turn.end]


class Asked:
    """The questions of a transcript and the answers they locate."""

    def __init__(self, text: str) -> None:
        self.text = text
        turns = _turns(text)
        # (question, answer) pairs, by the answer's start
        self.pairs: list[tuple[_Turn, _Turn]] = [
            (q, a)
            for q, a in zip(turns, turns[1:], strict=False)
            if _asks(text, q) and a.who != q.who and a.who not in QUESTIONERS
        ]
        self._starts = [a.start for _, a in self.pairs]
        self._asked = [q.start for q, _ in self.pairs]
        self._hits: list[PlaceHit] | None = None
        self._within: Callable[[int, int], list[PlaceHit]] = lambda start, end: []

    def _pair(self, at: int) -> tuple[_Turn, _Turn] | None:
        i = bisect_right(self._starts, at) - 1
        if i < 0 or at >= self.pairs[i][1].end:
            return None
        return self.pairs[i]

    def question_of(self, at: int) -> tuple[int, int] | None:
        """The span of the question whose answer holds offset ``at``, or None."""
        pair = self._pair(at)
        return (pair[0].body, pair[0].end) if pair else None

    def answer_start(self, at: int) -> int | None:
        """The start of the answer that holds offset ``at``, or None."""
        pair = self._pair(at)
        return pair[1].start if pair else None

    def place(self, at: int, hits: list[PlaceHit], told: int | None) -> PlaceHit | None:
        """The place the question names (its last) for the answer that holds offset ``at``;
        None outside an answer, when the question names none, or once the answer has told an
        event of its own (``told``, where the last event drafted was told: what follows it
        goes on with it, "We lost nobody that morning")."""
        pair = self._pair(at)
        if pair is None or (told is not None and told >= pair[1].start):
            return None
        if self._hits is not hits:  # (the drafter passes the same list each time)
            self._hits, self._within = hits, hits_within(hits)
        # the question's hits by bisection, not a scan of the report's hits for each answer's
        # sentence (8,000 answers x17 for x4; review36)
        named = self._within(pair[0].body, pair[0].end)
        return named[-1] if named else None

    def in_question(self, at: int) -> int | None:
        """The start of the answer to the question that holds offset ``at``, or None."""
        i = bisect_right(self._asked, at) - 1
        if i < 0 or at >= self.pairs[i][0].end:
            return None
        return self.pairs[i][1].start
