"""Which of a sentence's places its casualty figures go to: the one a figure's clause names
("two were wounded in Y"), each place its own "where" clause's ("X, where a dozen were hurt, and Y,
where a missile killed two"), each place the toll told between its name and the next place's when
two places have differing ones ("In X a shell wounded a woman, and in Y ...; two were hurt
there"), else the first-named, the figures a total for all (issue 16: a total
for several places is not copied to each; its note says which places it covers)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.extract.casualties import CASUALTY_WORD, casualty_figures
from geo.extract.figure_owners import zero_each_place
from geo.extract.people import ONE_PERSON
from geo.extract.split_figures import split_figures

if TYPE_CHECKING:
    from geo.extract.draft import Draft

# the clause after a place that tells what happened there: "Odesa, where drones hit a hospital"
_WHERE = re.compile(r"\s*,\s*where\b", re.I)


def _place_spans(placed: list[Draft], text: str) -> list[tuple[int, int, int, Draft]]:
    """Each place's first mention in ``text``, in order: its start, end, the start of the next
    place's mention (or the text's end) and its draft."""
    at: list[tuple[int, int, Draft]] = []
    for d in placed:
        # (a listed place's mention may run from the place before: "Poltava and at Kremenchuk")
        names = (d.place_mention, d.place_mention.split()[-1], d.place.name)
        found = (re.search(rf"\b{re.escape(n)}\b", text) for n in names if n)
        # a place named once for two kinds of weapon: its first draft
        m = next((m for m in found if m and all(m.start() != a for a, _, _ in at)), None)
        if m:
            at.append((m.start(), m.end(), d))
    at.sort(key=lambda x: x[0])
    return [
        (start, end, at[k + 1][0] if k + 1 < len(at) else len(text), d)
        for k, (start, end, d) in enumerate(at)
    ]


def _where_figures(placed: list[Draft], text: str) -> list[tuple[Draft, dict[str, int]]]:
    """The drafts of places followed by a "where" clause with figures, and those figures (the
    clause runs to the next place named)."""
    own = []
    for _, end, stop, d in _place_spans(placed, text):
        if _WHERE.match(text, end):
            semi = text.find(";", end, stop)  # (the clause ends at a semicolon: "...; 120 in all")
            told = casualty_figures(text[end : semi if semi >= 0 else stop])
            if told:
                own.append((d, told))
    return own


def _clause_figures(placed: list[Draft], text: str) -> list[tuple[Draft, dict[str, int]]]:
    """Each place's figures told between its name and the next place's ("In X a shell wounded
    a pensioner, and in Y a drone hit a depot; three were hurt there"), when two places or more
    have figures of their own and they differ; else none (one place's figures may be a total)."""
    own = [
        (d, told)
        for _, end, stop, d in _place_spans(placed, text)
        if (told := casualty_figures(text[end:stop]))
    ]
    if len({d.place.id for d, _ in own}) < 2 or len({str(t) for _, t in own}) < 2:
        return []
    return own


# Where a figure's clause says it happened: "wounded in Kherson", "injured three in Kherson and
# Nikopol", up to the clause's end.
_FIGURE_PLACE = re.compile(r"[^.;,:]*?\b(?:in|at|near)\s+(?P<where>[^.;,:]*)")


# Where the people the figure counts come from, in its clause before the casualty word: "two
# residents of Prymorske were wounded", "a woman from Kozacha Lopan was hurt".
# (people, not the attack: "attacks on the district of Kherson city and the village of X")
_PEOPLE_PLACE = re.compile(
    rf"\b(?:(?:{ONE_PERSON})s?|men|women|children|people|persons|civilians|villagers|locals|"
    r"inhabitants|residents|workers|employees|families)\s+(?:of|from)\s+(?P<where>[^.;,:]*?)\s*$",
    re.I,
)


def _named_by_figures(placed: list, text: str) -> list:
    """The drafts whose place the clause after a casualty word names ("two people were wounded
    in Kherson"), or its people before it ("two residents of Y were hurt"): the figure is
    theirs."""
    wheres = [
        w.group("where")
        for m in CASUALTY_WORD.finditer(text)
        if (w := _FIGURE_PLACE.match(text, m.end()))
    ]
    for m in CASUALTY_WORD.finditer(text):
        clause = re.split(r"[.;,:]", text[max(0, m.start() - 120) : m.start()])[-1]
        if w := _PEOPLE_PLACE.search(clause):
            wheres.append(w.group("where"))
    return [
        d for d in placed if any(re.search(rf"\b{re.escape(d.place_mention)}\b", w) for w in wheres)
    ]


def give_figures(placed: list, figures: dict[str, int], text: str = "") -> None:
    """A sentence's figures go to its event (the first of ``placed``, drafts with ``place``,
        ``fatalities``, ``injured`` and ``notes``); a total for several places is not copied to
        each: it stays on the first-named, and its note says so. A figure whose clause names one
        of the places ("shelled X and Y; two were wounded in Y"), or told in a clause after one
    ("aimed at X and at Y, where drones killed two"), is that place's alone."""
    if not figures or not placed:
        return
    if zero_each_place(placed, figures):  # "X and Y were hit; no one was hurt": 0/0 each
        return
    own = _where_figures(placed, text) if len(placed) > 1 else []
    for d, told in own:  # "X, where two were hurt, and Y, where a missile killed one"
        d.fatalities, d.injured = told.get("killed"), told.get("injured")
    if own:
        return
    if split := split_figures(placed, text) if len(placed) > 1 else {}:
        # "four died in X and two in Y": each its own; a kind not split is the first-named's
        for i, told in split.items():
            placed[i].fatalities, placed[i].injured = told.get("killed"), told.get("injured")
        rest = {k: n for k, n in figures.items() if all(k not in t for t in split.values())}
        placed[0].fatalities = placed[0].fatalities if "killed" not in rest else rest["killed"]
        placed[0].injured = placed[0].injured if "injured" not in rest else rest["injured"]
        return
    for d, told in _clause_figures(placed, text) if len(placed) > 1 else []:
        d.fatalities, d.injured = told.get("killed"), told.get("injured")
        own.append((d, told))
    if own:  # "In X one was wounded, and in Y ...; two were hurt there": each its own
        return
    named = _named_by_figures(placed, text) if len(placed) > 1 and text else []
    if len({d.place.id for d in named}) == 1:
        named[0].fatalities, named[0].injured = figures.get("killed"), figures.get("injured")
        return
    first = placed[0]
    first.fatalities = figures.get("killed")
    first.injured = figures.get("injured")
    others = sorted({d.place.name for d in placed[1:]} - {first.place.name})
    if others:
        first.notes = (
            f"casualty figures are the total given for {first.place.name} and {', '.join(others)}"
        )
        first.shared_total = frozenset(d.place.id for d in placed)
