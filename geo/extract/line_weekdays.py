"""The day a log's, a ticker's or a week's digest line gives by the weekday that opens it,
abbreviated or written out in any case, before the entry's clock or the mark that parts it from
its text: "Tue 22:45 | KRAMATORSK | Two drones hit ...", "SAT 21:50 · GOVERNOR: ...", "Wed —
a drone came down on ...", "Thu, 19:30 - ...". The weekday is the entry's day in the week up to
the publication (a log issued on Friday: its "Mon" the Monday before); its clock, even after
midnight ("Fri 02:15"), is of that day (issue 16: such lines took the publication day, the
weekday written short being no word the sentence's dating reads).

Not a weekday inside a line ("shops open Mon-Sat"), nor one that opens a sentence of prose
("Sunday was quiet"): only the entry's head, a clock or a mark after it."""

from __future__ import annotations

import re
from datetime import date, timedelta

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# the weekday at the line's head, after a bullet or a pictograph, then the entry's clock or a
# mark: "Tue 22:45 |", "SAT 21:50 ·", "Wed — ", "Thu, 19:30 - ", "Friday 02:15 |"
_HEAD = re.compile(
    r"[^\w\n]{0,4}(?P<wd>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rs?|rsday|urday)?\.?,?"
    r"[ \t]*(?:\d{1,2}[:.]\d\d\b|[|·•▸►—–:]|-\s)",
    re.I,
)


def line_weekday(line_head: str, pub: date) -> date | None:
    """The day the weekday opening a line (``line_head``: the line's text from its start) gives
    its entry, the last such weekday up to ``pub``; None when the line opens with none."""
    m = _HEAD.match(line_head[:40])
    if m is None:
        return None
    back = (pub.weekday() - _DAYS.index(m.group("wd").lower())) % 7
    return pub - timedelta(days=back)
