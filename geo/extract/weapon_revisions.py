"""A weapon the report revises ("the air force identifies the missile that hit X as an S-300,
not an Iskander-M"; "it was a drone, not a missile, that struck X"): the weapon said not to be
the one is taken back from the place's mentions that day, which then name the revised one and
merge as one event (a second record by the retracted weapon was the same strike told twice)."""

from __future__ import annotations

import re

from geo import weapons as wv
from geo.extract.dates import dates_agree
from geo.extract.draft import Draft

# the words that deny a weapon just after them: "..., not an Iskander-M", "rather than a drone"
_DENIED = re.compile(r"\b(?:not|rather\s+than|instead\s+of)\s+(?:an?\s+|the\s+)?$", re.I)
_REACH = 25  # characters before a weapon's name searched for the denial


def _revision(text: str) -> tuple[wv.WeaponMention, list[wv.WeaponMention]] | None:
    """The weapon a sentence says it was and those it says it was not, if it denies one."""
    found = wv.fired_weapons(text)
    denied = [w for w in found if _DENIED.search(text, max(0, w.start - _REACH), w.start)]
    if not denied:
        return None
    said = [w for w in found if w not in denied and (w.weapon or w.category != "missile")]
    named = [w for w in said if w.weapon] or said
    return (named[0], denied) if named else None


def _denied(d: Draft, denied: list[wv.WeaponMention]) -> bool:
    return any(
        (d.weapon == w.weapon) if d.weapon and w.weapon else d.category == w.category
        for w in denied
    )


def revise_weapons(drafts: list[Draft]) -> list[Draft]:
    """The drafts, the weapon a sentence revises given to its draft and to the mentions of its
    place, type and day that named the weapon it denies."""
    for d in drafts:
        if d.event_type not in ("strike", "interception"):
            continue
        revision = _revision(d.sentence.text)
        if revision is None:
            continue
        said, denied = revision
        for e in drafts:
            if e is d or (
                e.place.id == d.place.id
                and e.event_type == d.event_type
                and dates_agree(e.when, d.when)
                and _denied(e, denied)
            ):
                e.weapon, e.category = said.weapon, said.category
    return drafts
