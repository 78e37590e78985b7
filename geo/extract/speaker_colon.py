"""The speaker a sentence opens with before a colon ("Acting governor of X region Y: in Z a drone
struck a car"), read in time that grows with the sentence.

What it reads is the pattern ``^\\W*(?P<who>[^:.;,]{3,80}?)\\s*:\\s+\\S``, the speaker taken after
the longest opening run of marks and spaces that leaves one. That pattern, run as it is, tries
each start of the speaker in a long opening run ("—" and 1,800 spaces before a sentence) and, for
each, every length of the speaker followed by the whole run of spaces: a second a sentence.
Here a start is tried only where the pattern can match there: the first of ``:.;,`` from it is a
colon followed by a blank and more, at least 3 characters on, and the spaces before the colon
begin at most 80 characters on (the speaker holds none of ``:.;,`` and at most 80 characters)."""

from __future__ import annotations

import re

_OPENING = re.compile(r"\W*")
_WHO_COLON = re.compile(r"(?P<who>[^:.;,]{3,80}?)\s*:\s+\S")
_COLON_TAIL = re.compile(r":\s+\S")
_STOP = re.compile(r"[:.;,]")
_LONGEST = 80


def speaker_before_colon(text: str) -> str | None:
    """The speaker ``text`` opens with before a colon (``who`` of the pattern above), or None."""
    if ":" not in text:
        return None  # (most sentences: the pattern needs a colon)
    opening = _OPENING.match(text)
    start = opening.end() if opening else 0
    found = _STOP.search(text, start)
    stop, spaces, told = _stop_at(text, found.start() if found else -1)
    for i in range(min(start, len(text) - 1), -1, -1):
        if _STOP.match(text, i):
            stop, spaces, told = _stop_at(text, i)
        if told and stop - i >= 3 and spaces - i <= _LONGEST:
            m = _WHO_COLON.match(text, i)
            if m is not None:
                return m.group("who")
    return None


def _stop_at(text: str, stop: int) -> tuple[int, int, bool]:
    """The first of ``:.;,`` from a start, where the run of whitespace that ends there begins,
    and whether it is a colon followed by a blank and more."""
    begin = stop
    while begin > 0 and text[begin - 1].isspace():
        begin -= 1
    return stop, begin, stop >= 0 and _COLON_TAIL.match(text, stop) is not None
