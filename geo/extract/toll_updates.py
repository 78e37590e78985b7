"""Which event a toll update belongs to (issue 16: casualty figures told apart from their event).

A report tells an event's toll first and revises it later, often far from the event's sentence:
a live blog's later entry, a wire's closing paragraph, a chronology's line for another day ("13
Nov - Odesa, update to 10 Nov: ... the toll is now 2 killed, 2 injured"). The update belongs to
the event whose toll it revises, not to the record told just before it nor to the one at the
place told nearest to it:

- an update naming the place of an earlier strike is that strike's, whatever day the update is
  told on (:func:`update_of_day`; the day rule of :func:`figure_owners.told_again` is for figures
  of another event), and its figures replace the earlier ones ("one of the injured died; the
  toll is now 2 killed, 3 injured": fewer injured);
- a later death it tells ("one of the injured welders died") is the named town's strike told
  before it, not a later one there (``figure_owners._hurt_owner``).

Measured and dropped: an update naming no place ("The head of the region now says four people
were killed and 17 injured", entries after the event) given to the largest toll told before it
that it raises: development +1 figure, check sets -2 (two writers nobody here read).

An update is told by its voice: a revised toll (:func:`casualties.revised_toll`), or a toll said
"now" ("now says", "are now confirmed dead", "The toll has climbed", "were raised on 16 Nov to")."""

from __future__ import annotations

from geo.extract.casualties import revised_toll
from geo.extract.pattern_cues import cued
from geo.extract.wording import words

# a toll told as the latest: "now says", "now puts", "are now confirmed dead", "the toll has
# climbed", "the figures were raised on 16 Nov to"
_NOW_TOLD = cued(
    words(
        r"now\s+(?:says?|said|puts?|counts?|reports?|stands?|gives?)",
        r"(?:is|are)\s+now\s+(?:confirmed|known|reported)",
        r"toll\s+(?:has\s+|had\s+)?(?:climbed|risen|grown|rose|increased)",
        r"(?:were|was)\s+raised\s+(?:on\s+[\w ]{1,20}?\s+)?to",
        r"update\s+to",
    )
)


def toll_update(text: str) -> bool:
    """Whether a sentence tells a toll as a revision of an earlier one."""
    return revised_toll(text) or bool(_NOW_TOLD.search(text))


def update_of_day(text: str, figures: dict[str, int]) -> bool:
    """Whether a sentence of ``figures`` told on a day other than its event's is still that
    event's: a revision of its toll ("update to 10 Nov: the toll is now 2 killed")."""
    return bool(figures) and any(figures.values()) and toll_update(text)
