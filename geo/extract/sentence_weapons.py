"""A sentence's strikes at several places, read again once drafted: a place listed after
another ("X, and Y ...") keeps the weapon of its own clause rather than the list's first place's
("A missile hit the port of Odesa, and Izmail was attacked by drones"), and a weapon named only in
a later place's clause is not an earlier place's ("In Kharkiv two were injured, and later a
drone hit a car in Sumy"). Clauses as geo.extract.weapon_clauses reads them."""

from __future__ import annotations

from geo import weapons as wv
from geo.extract.draft import Draft
from geo.extract.weapon_clauses import clause_of, in_own_clause
from geo.extract.weapon_words import weapon_for


def _by_sentence(drafts: list[Draft]) -> list[list[tuple[Draft, int]]]:
    """Each sentence's strikes with their places' offsets in it, in the order of the text, for
    sentences with strikes at two places or more."""
    out: dict[int, list[tuple[Draft, int]]] = {}
    for d in drafts:
        at = d.place_offset()
        if d.event_type == "strike" and at >= 0:
            out.setdefault(d.sentence.start, []).append((d, at))
    return [
        sorted(placed, key=lambda x: x[1])
        for placed in out.values()
        if len({d.place.id for d, _ in placed}) > 1
    ]


def sentence_weapons(drafts: list[Draft]) -> None:
    """Read the weapons of each sentence's several strikes again (see the module)."""
    for placed in _by_sentence(drafts):
        text = placed[0][0].sentence.text
        mentions = wv.fired_arms(text)
        _own_clauses(placed, text, mentions)
        _later_places(placed, text, mentions)


def _own_clauses(
    placed: list[tuple[Draft, int]], text: str, mentions: list[wv.WeaponMention]
) -> None:
    """A place whose own clause names a weapon, none of its drafted kind, takes that weapon
    (the list's first place's was given it: "X, and Y was attacked by drones")."""
    floor = 0
    for d, at in placed:
        own = in_own_clause(mentions, text, floor, at) if d.category else None
        floor = at + len(d.place_mention)
        if own and all(m.category != d.category for m in own):
            d.weapon, d.category = weapon_for(own, at, 0, text)
            d.kinds = d.inherited = None


def _later_places(
    placed: list[tuple[Draft, int]], text: str, mentions: list[wv.WeaponMention]
) -> None:
    """Take from a strike the weapon its sentence names only after its own clause, in the clause
    of another place struck later ("In Kharkiv two were injured, and later a drone hit a car in
    Sumy": the drone is Sumy's; Kharkiv's attack named no weapon). A list's places share theirs
    ("Kharkiv, Sumy, Poltava and Odesa were attacked by drones")."""
    for d, at in placed:
        if not d.category:
            continue
        end = clause_of(text, 0, at)[1]
        same = [m for m in mentions if m.category == d.category]
        later = [
            clause_of(text, end, o_at)
            for o, o_at in placed
            if o_at >= end and o.place.id != d.place.id and not (o.lists & d.lists)
        ]
        if same and all(m.start >= end and any(a <= m.start < b for a, b in later) for m in same):
            d.weapon = d.category = d.kinds = d.inherited = None
