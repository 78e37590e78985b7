"""Whose figures, when one sentence tells two attacks on one town each in a clause of its own
with its own kind of weapon ("X came under a KAB attack in the morning; in the evening drones
hit the town again, wounding three"; "artillery shelled X overnight, and in the morning a drone
struck a car, injuring the driver"): the later kind's, when only its clause tells them. Two
kinds told together keep the figures on the first-named (geo.extract.kinds)."""

from __future__ import annotations

import re

from geo import weapons as wv
from geo.extract.casualties import casualty_figures
from geo.extract.draft import Draft

# a new clause between the two kinds: "; ", ", and", ", while", ", then"
_NEW_CLAUSE = re.compile(r";|,\s*(?:and|while|whereas|but|then)\b|\s(?:while|whereas)\s", re.I)


def told_in_own_clause(text: str, category: str | None) -> bool:
    """Whether the figures of sentence ``text`` are told only in the clause of its weapon of
    ``category``, which follows another kind's clause (see the module)."""
    if not category:
        return False
    found = wv.fired_arms(text)
    mine = next((w for w in found if w.category == category), None)
    if mine is None:
        return False
    other = [
        w for w in found if w.end <= mine.start and wv.family(w.category) != wv.family(category)
    ]
    return (
        bool(other)
        and _NEW_CLAUSE.search(text, other[-1].end, mine.start) is not None
        and not casualty_figures(text[: mine.start])
        and bool(casualty_figures(text[mine.start :]))
    )


def own_clause_figures(first: Draft, others: list[Draft], text: str) -> None:
    """A strike split into two kinds (``first`` and the one of ``others``): the figures move to
    the second when only its clause of ``text`` tells them."""
    if len(others) == 1 and told_in_own_clause(text, others[0].category):
        second = others[0]
        second.fatalities, second.injured = first.fatalities, first.injured
        first.fatalities, first.injured = None, None
