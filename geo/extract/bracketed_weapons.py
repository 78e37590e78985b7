"""A place's own weapons in brackets right after it, in a list of places ("Attacks were recorded
in Nikopol (artillery, drones), Marhanets (a KAB) and Pokrov (FPV drones)"): each place is
struck by the weapons of its brackets, not by the first place's or the list's lead-in's; two
kinds there, a record each (geo.extract.kinds). A place of the list without such brackets has
no weapon from another place's ("X (Iskander-M), Y (Shahed drones) and Z (Donetsk region)")."""

from __future__ import annotations

import re

from geo import weapons as wv
from geo.extract.draft import Draft
from geo.extract.weapon_words import category_near

# the bracket right after a place's name (a toll or a region there names no weapon)
_BRACKET = re.compile(r"[^\S\n]*\(([^()\n]{1,60})\)")


def bracketed_weapons(drafts: list[Draft]) -> None:
    """Give each strike whose place is followed by brackets naming a weapon that weapon (two
    kinds: the first, the second at the split); take from the sentence's other strikes a
    weapon named only in those brackets."""
    by_sentence: dict[int, list[Draft]] = {}
    spans: dict[int, list[tuple[int, int]]] = {}
    for d in drafts:
        if d.event_type != "strike":
            continue
        at = d.place_offset()
        bracket = _BRACKET.match(d.sentence.text, at + len(d.place_mention)) if at >= 0 else None
        found = wv.fired_arms(bracket.group(1)) if bracket else []
        if bracket is None or not found:
            by_sentence.setdefault(d.sentence.start, []).append(d)
            continue
        spans.setdefault(d.sentence.start, []).append(bracket.span(1))
        _give(d, found, bracket.group(1))
    for start, spanned in spans.items():
        for d in by_sentence.get(start, []):
            outside = [
                w
                for w in wv.fired_arms(d.sentence.text)
                if not any(a <= w.start < b for a, b in spanned)
            ]
            if d.category and d.category not in {w.category for w in outside}:
                d.weapon = d.category = d.kinds = d.inherited = None


def _give(d: Draft, found: list[wv.WeaponMention], inside: str) -> None:
    first = found[0]
    # ("Iskander-M missile": the system's kind; "artillery, drones": two kinds)
    category = category_near(found, first, inside) if first.weapon else first.category
    d.weapon, d.category, d.inherited = first.weapon, category, None
    other = next(
        (w.category for w in found if wv.family(w.category) != wv.family(first.category)), None
    )
    d.kinds = (d.category, other) if other else None
