"""Figures a sentence splits between its places, each told with its own place: "Four people died
in Kyiv and two in Kharkiv", "killed two people in Dnipro and six in the town of Synelnykove",
"wounding two in Nikopol and killing one in Marhanets", "in Sumy two people were injured, in
Konotop one man was killed". Each place has its own figure, of the
kind its clause says ("two were wounded in X") or, when it leaves it out ("and six in Y"), of the
casualty word before it; not the largest given to the first-named as a total for all."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.numbers import NUMBER, number

if TYPE_CHECKING:
    from geo.extract.draft import Draft

_DEAD = r"killed|killing|kills|dead|died|die|deaths"
_HURT = r"wounded|wounding|wounds|injured|injuring|injures|hurt|injuries"
_HARM = re.compile(rf"\b(?:(?P<dead>{_DEAD})|{_HURT})\b", re.I)
# the words a figure's clause may have between the figure and its place: who they were and
# what befell them ("two people were killed in", "six civilians in", "one more in")
_WHO = re.compile(
    rf"^(?:(?:people|persons?|civilians?|residents?|others?|more|m[ae]n|wom[ae]n|child(?:ren)?|adults?|"
    rf"local|of\s+them|were|was|have|has|had|been|also|{_DEAD}|{_HURT})\s+)*$",
    re.I,
)
# a figure told with its place: "two in", "five people were killed in the town of"
_FIGURE_IN = re.compile(
    rf"\b(?P<n>{NUMBER})\s+(?P<who>(?:[\w-]+\s+){{0,5}}?)(?:in|at)\s+"
    r"(?:the\s+(?:town|city|village|settlement|district)\s+of\s+)?$",
    re.I,
)


def _figure_before(text: str, at: int) -> tuple[str, int] | None:
    """The figure told just before a place's name at ``at`` and its kind ("killed" or
    "injured"), or None: its clause's own casualty word, else the last one before it in the
    same clause."""
    starts = [f.start() for f in re.finditer(NUMBER, text[max(0, at - 80) : at], re.I)]
    m = next(
        (m for s in reversed(starts) if (m := _FIGURE_IN.match(text, max(0, at - 80) + s, at))),
        None,
    )
    if m is None or not _WHO.match(m.group("who")):
        return None
    n = number(m.group("n").lower())
    harm = list(_HARM.finditer(m.group("who"))) or [
        h for h in _HARM.finditer(text, 0, m.start()) if ";" not in text[h.end() : m.start()]
    ]
    if n is None or not harm:
        return None
    return ("killed" if harm[-1].group("dead") else "injured"), n


# a figure told after its place: "In Sumy two people were injured, in Konotop one man was killed"
_FIGURE_AFTER = re.compile(
    rf"\s*,?\s*(?P<n>{NUMBER}|an?)\s+(?P<who>(?:[\w-]+\s+){{0,4}}?)(?:(?P<dead>{_DEAD})|{_HURT})\b",
    re.I,
)


def _figure_after(text: str, at: int) -> tuple[str, int] | None:
    """The figure told right after a place's name ending at ``at`` and its kind, or None."""
    m = _FIGURE_AFTER.match(text, at)
    if m is None or not _WHO.match(m.group("who")):
        return None
    n = 1 if m.group("n").lower() in ("a", "an") else number(m.group("n").lower())
    return None if n is None else ("killed" if m.group("dead") else "injured", n)


def split_figures(placed: list[Draft], text: str) -> dict[int, dict[str, int]]:
    """The figures each of the sentence's places is told with ("two in Y"), by the index of its
    first draft in ``placed``; empty unless two places or more each have one (one alone may be
    a total: "injured three in X and Y")."""
    own: dict[int, dict[str, int]] = {}
    seen: set[int] = set()
    for i, d in enumerate(placed):
        if d.place.id in seen:
            continue  # a place named once for two kinds of weapon: its first draft
        seen.add(d.place.id)
        names = [n for n in dict.fromkeys((d.place_mention, d.place.name)) if n]
        found = (m for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", text))
        # (its name told before with no figure: "shelled X and Y, wounding two in X")
        # (or after it: "in X two were injured, in Y one was killed")
        told = next(
            (
                t
                for m in found
                if (t := _figure_before(text, m.start()) or _figure_after(text, m.end()))
            ),
            None,
        )
        if told:
            own.setdefault(i, {})[told[0]] = told[1]
    return own if len(own) > 1 else {}
