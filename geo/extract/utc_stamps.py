"""A live blog kept in GMT or UTC ("All times GMT" in its header, or "22:40 GMT" on its stamps):
an entry stamped late in the evening by that clock is already past midnight in Ukraine (UTC+2
in winter, UTC+3 from April to October), so its news is of the next day there, the day
Ukrainian officials and the map give it. "All times Kyiv (UTC+2)" is Kyiv time."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from datetime import timedelta

from geo.extract.publication import Publication

# GMT or UTC as the blog's clock, not an offset of another ("Kyiv (UTC+2)", "EEST, UTC+3")
_UTC = re.compile(r"\b(?:GMT|UTC)\b(?!\s*[+\u2212-]\s*\d)")


def late_utc_entries(text: str, stamps: list[tuple[int, int]], pub: Publication) -> list[int]:
    """The stamps (where they stand) of a GMT or UTC blog's entries that are past midnight in
    Ukraine on the publication day: stamped at 22:00 or later (21:00 in summer)."""
    if not stamps:
        return []
    head = text[: stamps[0][0]]
    # a stamp's line, or its first 16 characters (was cut by searching the rest of the text for
    # a line end at each stamp: 20,000 stamps 0.14 s, x69 the time of 2,000)
    lines = [text[at : at + 16].partition("\n")[0] for at, _ in stamps]
    if not (_UTC.search(head) or sum(bool(_UTC.search(ln[:16])) for ln in lines) * 2 > len(lines)):
        return []
    cut = 21 if 4 <= pub.day.month <= 10 else 22
    return [at for at, hour in stamps if cut <= hour < 24]


def kyiv_day(
    pub: Publication, stamps: list[tuple[int, int]], late: list[int], pos: int
) -> Publication:
    """The publication as of the entry at ``pos`` in Ukraine's day: the next day, in its small
    hours, under a stamp ``late_utc_entries`` gave."""
    # (by bisection: each entry's day read every stamp, 20,000 stamps' entries x89 the time of 2,000)
    k = bisect_right(stamps, pos, key=lambda s: s[0]) - 1
    if not late or k < 0 or not _holds(late, stamps[k][0]):
        return pub
    return dataclasses.replace(pub, day=pub.day + timedelta(days=1), morning=True)


def _holds(ordered: list[int], at: int) -> bool:
    k = bisect_left(ordered, at)
    return k < len(ordered) and ordered[k] == at
