"""Assaults counted in times on a named place: "the enemy attacked X 14 times", "the occupiers
attacked X and Y six times" (a General Staff's or a brigade's count of ground attacks) are
fighting there, not strikes; the strike word "attacked" stays a strike when the sentence names
what was fired ("attacked the X district 20 times with drones and artillery", "attacked Y twice
overnight with Shaheds": a governor's count of strikes)."""

from __future__ import annotations

import re

from geo.extract.numbers import NUMBER
from geo.weapons import find_weapons

_ATTACKED = re.compile(r"(?i)attack(?:ed|ing|s)?")
# a word from a capital letter to the next one ("Kyiv", "K" and "YIV" of "KYIV"): the same texts as
# a capital and any letters after it, but a word in capitals splits one way only, not in 2^n ways
# that a failing match would all try (3 s on a headline "KYIV AND THE BRITISH COUNCIL")
_CAPITALISED = r"(?-i:[A-Z](?:[^\WA-Z]|['’-])*)"
# the place, other places listed with it, then the count: "Pokrovsk and Myrnohrad 14 times"
_PLACES_THEN_COUNT = re.compile(
    rf"(?:{_CAPITALISED}|and|the|villages?|towns?|of|[,\s])+?"
    rf"(?:more\s+than\s+|over\s+|about\s+)?(?:{NUMBER}\s+times|twice)\b",
    re.I,
)
# the place, then the count in a clause of its own after it: "near Pokrovsk, where the enemy
# attacked 48 times", "holds Siversk, where they had attacked nine times" (the word after the place)
_PLACE_WHERE = re.compile(
    rf"(?:{_CAPITALISED}\s*)+,?\s+where\s+(?:(?!(?:and|but)\b)[\w'’-]+\s+){{1,4}}?$", re.I
)
_COUNT_AFTER = re.compile(
    rf"\s+(?:more\s+than\s+|over\s+|about\s+)?(?:{NUMBER}\s+times|twice)\b", re.I
)
# what the weapon finder does not name but fire is: "with aviation", "with guns"
_FIRED_BESIDES = re.compile(r"(?i)\b(?:aviation|guns?)\b")


def assaults_counted(word: re.Match[str], offset: int) -> bool:
    """Whether the strike word before the place at ``offset`` is "attacked" and the place (with
    the places listed after it) is followed by a count of times, or the word follows the place
    in a "where" clause with the count after it; no weapon named in the sentence."""
    text = word.string
    return (
        _ATTACKED.fullmatch(word.group()) is not None
        and (
            _PLACES_THEN_COUNT.match(text, offset) is not None
            or (
                word.start() > offset
                and _PLACE_WHERE.fullmatch(text, offset, word.start()) is not None
                and _COUNT_AFTER.match(text, word.end()) is not None
            )
        )
        and not find_weapons(text)
        and not _FIRED_BESIDES.search(text)
    )
