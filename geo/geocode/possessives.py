"""A capitalised run with a possessive inside that names no place whole: "Kharkiv's Saltivskyi
district", "Monday's Odesa attack" (read whole, as "John Kirby" is, the run is no place). Its
pieces are read in turn: the one before each possessive, and the one after it when the possessor
is a place or a function word ("Russia's Belgorod region", "Yesterday's Sumy strike"); not in
"Donetsk People's Republic", one name, nor after "Mr Smith's", a person's."""

from __future__ import annotations

import re
from collections.abc import Callable

# a possessive inside a capitalised run, a word after it
_POSSESSED = re.compile(r"(?<=\w)['’]s(?= )")


def past_possessives(
    text: str,
    start: int,
    end: int,
    names: Callable[[int, int], bool],
    function_word: Callable[[str], bool],
) -> None:
    """Read the pieces of the run from ``start`` to ``end`` with ``names`` (which keeps the
    names a piece holds and says whether it held one), as far as the possessors allow."""
    if text.find("'s ", start, end) < 0 and text.find("’s ", start, end) < 0:
        return  # (most runs: no possessive, nothing to read again)
    at = start
    for m in _POSSESSED.finditer(text, start, end):
        possessor = text[at : m.start()].split()[-1]
        if not names(at, m.end()) and not function_word(possessor):
            return
        at = m.end() + 1
    if at > start:
        names(at, end)
