"""A toll given in brackets after each place of a list ("Casualties of the shelling: Kupiansk (2
wounded), Izium (1 killed, 3 injured)"): each place is where a strike was (see
geo.extract.events_after), and its figures are those of its own brackets, not the sentence's
sum on its first place."""

from __future__ import annotations

import re

from geo.extract.casualties import NUMBER, number
from geo.extract.draft import Draft

_DEAD = r"killed|dead"
_HURT = r"wounded|injured|hurt"
# one figure of a bracket: "2 wounded", "one killed"
_FIGURE = re.compile(
    rf"(?P<n>{NUMBER})\s+(?:people\s+)?(?:(?P<dead>{_DEAD})|(?P<hurt>{_HURT}))\b", re.I
)
TOLL_BRACKETED = re.compile(
    rf"\s*\((?:{NUMBER})\s+(?:people\s+)?(?:{_DEAD}|{_HURT})\b[^()]{{0,40}}\)", re.I
)


def bracketed_tolls(drafts: list[Draft]) -> None:
    """Give each strike whose place is followed by a bracketed toll the figures of that toll;
    the sentence's other strikes none (the figures were read as the sentence's)."""
    by_sentence: dict[int, list[tuple[Draft, re.Match[str] | None]]] = {}
    for d in drafts:
        if d.event_type != "strike":
            continue
        at = d.place_offset()
        toll = TOLL_BRACKETED.match(d.sentence.text, at + len(d.place_mention)) if at >= 0 else None
        by_sentence.setdefault(d.sentence.start, []).append((d, toll))
    for told in by_sentence.values():
        if not any(toll for _, toll in told):
            continue
        for d, toll in told:
            d.fatalities = d.injured = None
            for m in _FIGURE.finditer(toll.group(0) if toll else ""):
                if m.group("dead"):
                    d.fatalities = number(m.group("n"))
                else:
                    d.injured = number(m.group("n"))
