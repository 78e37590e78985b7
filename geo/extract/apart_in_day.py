"""Two attacks on one place in one day, each told at its own time of day with its own toll: two
events, not one told twice. "13:20 - Kherson: artillery shelled the centre and wounded a driver"
... "21:10 - Kherson: a woman was killed during an evening shelling"; "In the morning X was
shelled, two hurt. ... In the evening a shell killed a man in X". Mentions of one place, type,
day and weapon kind are otherwise merged (:mod:`geo.extract.merging`). A mention that refers
back to an attack told before ("the toll from the overnight attack has risen", "the same
shelling", "one of the wounded died") is that attack told again, whatever its time; so is one
with no toll of its own (a blast heard at 22:40, the hit at 23:15), or with the same toll told
again."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.daytime import CLOCK_CUE, NIGHTLY, PARTS_OF_DAY, SMALL_HOURS_CLOCK

if TYPE_CHECKING:
    from geo.extract.draft import Draft

# a clock where a report gives a time: after "at", "around", "from" (daytime's cue), after a dash
# or at a line's start ("13:20 - Kherson", "at 7:40", "around 8:15 p.m.", "at 9pm"); not a
# day.month date ("on 12.05") nor a sum ("UAH 1.50 million")
_CLOCK = re.compile(
    rf"(?:^[ \t]*|\b{CLOCK_CUE}|(?<![\d.])[-\u2013\u2014]\s*)"
    r"(2[0-3]|[01]?\d)(?:[:.]([0-5]\d)(?![:.]?\d)(?!\s*(?:%|(?:million|billion|thousand)\b)))?"
    r"(?:\s*([ap])\.?m\b)?",
    re.I | re.M,
)
# the part of the day a clock's hour falls in
_HOURS = ((5, "night"), (12, "morning"), (18, "afternoon"), (24, "evening"))
# a night in words, or a clock of the small hours by a.m. ("at around 3 a.m.")
_NIGHT = (NIGHTLY, SMALL_HOURS_CLOCK)
# how many of an event's mentions are read for their time of day
_READ = 4
# an attack told back, or its toll told again
_BACK = re.compile(
    r"(?i)\b(?:same|toll|risen|rose|rises|climbed|updated|succumbed|another\s+(?:victim|body)|"
    r"(?:later|since)\s+died|died\s+(?:in|at)\s+(?:hospital|the\s+hospital)|"
    r"(?:the|that|this|last\s+night's|yesterday's|today's|morning's|evening's)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attack|strike|shelling|bombing|raid|barrage))\b"
)


def _parts(text: str) -> set[str]:
    """The parts of the day a sentence names: by its clock or in words."""
    found = set()
    for m in _CLOCK.finditer(text):
        if m.group(2) is None and m.group(3) is None:
            continue  # a figure alone ("at 5"), no clock
        hour = int(m.group(1)) % 12 if m.group(3) else int(m.group(1))
        hour += 12 if (m.group(3) or "").lower() == "p" else 0
        found.add(next(part for end, part in _HOURS if hour < end))
    found.update(part for part, pattern in PARTS_OF_DAY if pattern.search(text))
    if any(pattern.search(text) for pattern in _NIGHT):
        found.add("night")
    return found


def _tolled(d: Draft) -> bool:
    return d.fatalities is not None or d.injured is not None


def apart_in_day(m: Draft, d: Draft) -> bool:
    """Whether ``d`` tells another attack on ``m``'s place the same day: each at its own part
    of the day, each with a toll of its own, and ``d`` not telling ``m``'s attack back."""
    if m.event_type != "strike" or not (_tolled(m) and _tolled(d)) or m.headline or d.headline:
        return False
    if (m.fatalities, m.injured) == (d.fatalities, d.injured):
        return False  # the same toll told again: the same attack
    later = _parts(d.sentence.text)
    if not later or _BACK.search(d.sentence.text):
        return False
    # (its first mentions only: an event joined by thousands is not read again at each one)
    earlier = set().union(*(_parts(s.text) for s in [m.sentence, *m.sentences[:_READ]]))
    return bool(earlier) and not (earlier & later)
