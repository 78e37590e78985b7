"""Corrections made in the same breath (issue 16, spoken transcripts): a speaker who says "nine,
no, eleven drones", "on Wednesday, sorry, Thursday evening" or "Eleven people are hurt, sorry,
twelve" meant the second figure or day. The struck-out words are blanked before the report is
read, keeping every offset, so the figure and the day read are the corrected ones."""

from __future__ import annotations

import re

from geo.extract.numbers import NUMBER, number

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_GAP = r"[^\S\n]{0,3}"
# what a speaker says between the word said and the word meant; "no" and "rather" only right
# between the two and set off by breaks ("nine, no, eleven"), never after other words ("two
# killed, no, ...") nor before a word they govern ("Injured: 4, no one was killed")
_SAYS_LATER = r"(?:sorry|I\s+mean|pardon|correction|excuse\s+me)"
_BREAK = rf"{_GAP}[,—–]{_GAP}"
_SAID_BETWEEN = rf"{_BREAK}(?:(?:no|rather){_BREAK}|{_SAYS_LATER}(?:{_BREAK}|[^\S\n]{{1,3}}))"
# the word said and the word meant side by side: "nine, no, eleven", "Tuesday, sorry, on Wednesday"
_NEXT = re.compile(
    rf"\b(?P<old>{NUMBER}|{_DAY})(?P<cut>{_SAID_BETWEEN}"
    rf"(?:(?:on|in|at)[^\S\n]{{1,3}})?)(?P<new>{NUMBER}|{_DAY})\b",
    re.I,
)
# a figure said again after the words it counts: "Eleven people are hurt, sorry, twelve," (the
# figure meant closes the clause: a comma, a stop, a dash or the line's end follows it)
_LATER = re.compile(
    rf"\b(?P<old>{NUMBER})(?P<words>(?:[^\S\n]{{1,3}}[a-z]{{2,15}}){{1,4}})"
    rf"(?P<cut>{_BREAK}{_SAYS_LATER}{_BREAK}(?P<new>{NUMBER}))(?=[^\S\n]*(?:[,.;:—–)]|$))",
    re.I | re.M,
)
_CUES = ("sorry", ", no,", ", no ", "i mean", "rather", "pardon", "correction", "excuse me")


def _kind(word: str) -> str:
    return "day" if re.fullmatch(_DAY, word, re.I) else "number"


def _next(m: re.Match) -> str:
    old, new = m.group("old"), m.group("new")
    if _kind(old) != _kind(new) or old.lower() == new.lower():
        return m.group(0)
    return " " * (m.start("new") - m.start()) + new


def _later(m: re.Match) -> str:
    value = number(m.group("new"))
    old = m.group("old")
    if value is None or value == number(old) or len(str(value)) > len(old):
        return m.group(0)
    return str(value).rjust(len(old)) + m.group("words") + " " * len(m.group("cut"))


def struck_out(text: str) -> str:
    """``text`` with each figure or weekday a speaker corrected at once blanked, the corrected
    one in its place (same length: offsets kept)."""
    low = text.lower()
    if not any(cue in low for cue in _CUES):  # (most reports correct nothing aloud)
        return text
    return _LATER.sub(_later, _NEXT.sub(_next, text))
