"""Warships named after towns are no places: "the cruiser Moskva", "the landing ship
Novocherkassk", "the submarine Rostov-on-Don", "the frigate Admiral Makarov". The strike is where
the ship lay (Feodosia, Sevastopol), not at the town it is named after (four development
writers name such ships)."""

from __future__ import annotations

import re

# a ship's kind right before its name, maybe a rank or first name and a quote between ("the
# patrol ship "Sergei Kotov""); a preposition between ("a tanker near Novorossiysk", capitalised
# too: "a grain ship Near Odesa", "the warship In Novorossiysk harbour") leaves a place
_PREPOSITION = r"(?:In|Near|At|Off|On|Outside|Of|From|To|Into|Towards?|By)\s"
_SHIP_BEFORE = re.compile(
    r"\b(?i:cruiser|frigate|corvette|destroyer|submarine|minesweeper|warship|flagship|tanker|"
    r"icebreaker|(?:landing|patrol|missile|reconnaissance|hospital)\s+(?:ship|boat)|ship|vessel)s?"
    rf"\s+[\"“'‘]?(?:(?!{_PREPOSITION})[A-Z][\w-]*\s+){{0,2}}$"
)


def no_ships(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names among ``spans`` that are no ship's name."""
    return [(s, e) for s, e in spans if not _SHIP_BEFORE.search(text, max(0, s - 60), s)]
