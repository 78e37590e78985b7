"""The weapon filter's words: the options its box offers for the events shown, and the one line
that names a filter word no system, alias or category of the vocabulary knows."""

from __future__ import annotations

from collections.abc import Iterable

from geo.weapon_entries import CATEGORIES, SYSTEMS
from geo.weapons import category_of, kinds, lookup


def unknown_notice(words: list[str], present: Iterable[str] = ()) -> str | None:
    """One line naming the weapon filter ``words`` that name no system, alias or category of the
    vocabulary nor any of ``present`` (the data's own weapon names), with the nearest names; None
    when every word is known (``geo export --weapon Shahedd``: a typo says so)."""
    from geo.vocabulary import unknown_notice as notice

    present = [str(p) for p in present]
    unknown = [w for w in words if not (lookup(w) or category_of(w))]
    names = sorted({w.name for w in SYSTEMS if w.name} | set(CATEGORIES) | set(present))
    return notice("weapon", unknown, names)


def menu(present: Iterable[tuple[str | None, str | None]]) -> list[str]:
    """The Weapon filter's options for the (weapon, category) pairs of the events shown: every
    category present, with the kind it belongs to ("missile" when a ballistic or a cruise missile
    is there: the filter takes them all in), each followed by its sub-kinds and the systems named
    under it ("missile", "ballistic missile", "Iskander", "cruise missile", "Kh-101"); systems of
    no known category last. (Names first, then categories, left the categories at the foot of a
    long list, under the fold of the box: newuser18 found no "glide bomb" there.)"""
    under: dict[str, set[str]] = {}
    loose: set[str] = set()
    for weapon, category in present:
        cat = str(category) if category else category_of(weapon)
        if cat:
            under.setdefault(cat, set())
        if weapon:
            (under[cat] if cat else loose).add(str(weapon))
    for cat in list(under):
        for parent in CATEGORIES:
            if parent != cat and cat.casefold() in kinds(parent):
                under.setdefault(parent, set())
    names = {n for ns in under.values() for n in ns} | loose
    cats = [c for c in under if c not in names]
    tops = sorted(c for c in cats if not any(c.casefold() in kinds(p) for p in cats if p != c))
    out: list[str] = []
    for top in tops:
        for cat in [top, *sorted(c for c in cats if c != top and c.casefold() in kinds(top))]:
            out += [cat, *sorted(under[cat] - set(out))]
    return out + sorted(names - set(out))
