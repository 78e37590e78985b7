"""The day a section's heading gives the event its body tells without one: a council decision's
item "On emergency repairs after the drone attack of 6 December" over "Russian drones struck two
blocks in Chernihiv", a police release's "Missile strike of 17 November on Shostka: suspect
identified" over "The missile hit a heating plant in Shostka". The heading names the event with
its day; the body tells it again without the day, among the document's own business (a
session, a filing, a payment) on the day of publication (issue 16: a notice's strike was stored
on the day the notice came out).

A heading here is a line standing alone (a blank line before it and after it; not the report's
title, whose day dates its own event only), of a few words and no full stop at its end, holding
an event word and a day of its own other than the publication's (a header's "Assessment, 9
December 2025"). It governs the sentences that name no day of their own in the paragraphs under
it, up to the next line of a heading's shape; a heading without an event or a day ("DECISION
No. 611", "8 December 2025") governs nothing and ends the section before it."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from geo.extract.dates import When, date_in
from geo.extract.lexicon import triggers_in
from geo.extract.sentences import BULLET

if TYPE_CHECKING:
    from geo.extract.publication import Publication

_WORDS = 20  # the most words of a heading line
_MARKS = " \t*_#"


def _heading_like(lines: list[str], n: int) -> bool:
    """Whether line ``n`` stands alone with a heading's shape: blank lines (or the text's start)
    round it, a few words, no full stop at its end, no bullet."""
    line = lines[n].strip(_MARKS)
    if not line or BULLET.match(lines[n]) or line.endswith((".", "!", "?", ";", ",")):
        return False
    alone = (n == 0 or not lines[n - 1].strip()) and (
        n + 1 < len(lines) and not lines[n + 1].strip()
    )
    return alone and len(line.split()) <= _WORDS


class SectionDays:
    """The sections of a text under headings that name a dated event, found once."""

    def __init__(self, text: str, pub: Publication) -> None:
        self._starts: list[int] = []  # where each section's body starts (after its heading)
        self._days: list[When | None] = []
        pos, titled = 0, False
        lines = text.split("\n")
        for n, line in enumerate(lines):
            end = pos + len(line) + 1
            if _heading_like(lines, n):
                self._starts.append(end)
                # (the report's title dates its own event only, as ``title_days`` says)
                self._days.append(self._event_day(line, pub) if titled else None)
            titled = titled or bool(line.strip())
            pos = end

    @staticmethod
    def _event_day(line: str, pub: Publication) -> When | None:
        """The day a heading line names its event on, or None when it names no event or no day
        (a bare date line, a document's number)."""
        if not triggers_in(line):
            return None
        when = date_in(line, pub)
        if when is None or not when.explicit or when.precision != 1 or when.day == pub.day:
            return None  # (the publication's own day: the document's, the default's anyway)
        return When(when.day, 1, False, True)

    def over(self, pos: int) -> When | None:
        """The day the heading over offset ``pos`` gives its section's event, or None."""
        i = bisect_right(self._starts, pos) - 1
        return self._days[i] if i >= 0 else None
