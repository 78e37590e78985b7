"""Two weapons of different kinds, each the subject of its own verb of hitting, in one sentence
at one place ("a drone hit a school and a missile struck a depot in Kharkiv"; "in Kupiansk a
glide bomb destroyed a shop, while artillery shelled the outskirts"; each after a "with" of its
own verb: "attacked X with drones, then hit the centre with a KAB"): two strikes there, one
record per weapon, the figures on the first-named (as for two kinds joined: geo.extract.kinds)."""

from __future__ import annotations

import re

from geo import weapons as wv

# a weapon's own verb of hitting right after it: "a drone hit", "a missile later struck",
# "artillery shelled", "an FPV drone wounded" (not "a drone was shot down", "drones and a missile hit")
_HITS = re.compile(
    r"s?\s+(?:(?!(?:and|or|plus|as|with|nor)\b)[\w-]+\s+){0,2}?(?:hit|hits|struck|strikes|slammed|landed|exploded|destroyed|"
    r"damaged|shelled|pounded|wrecked|levelled|leveled|attacked|killed|wounded|injured)\b",
    re.I,
)
# a place that came under a weapon's attack: "X came under a KAB attack in the morning"
_UNDER = re.compile(r"\bunder\s+(?:an?\s+)?(?:[\w-]+\s+)?$", re.I)
_ATTACK = re.compile(r"s?\s+(?:attacks?|fire|shelling)\b", re.I)


def _hits(text: str, w: wv.WeaponMention) -> bool:
    return bool(
        _HITS.match(text, w.end)
        or (_ATTACK.match(text, w.end) and _UNDER.search(text, max(0, w.start - 30), w.start))
    )


# a weapon told after "with" in a clause with a verb of attack of its own ("attacked X with
# drones, then hit the centre with a KAB"): each struck
_VERB_WITH = re.compile(
    r"\b(?:hit|struck|attacked|shelled|pounded|targeted|bombed)\b[^,;:.]{0,50}?\bwith\s+"
    r"(?:[\w-]+\s+){0,2}?$",
    re.I,
)


def _with_own_verb(text: str, w: wv.WeaponMention, floor: int) -> bool:
    return _VERB_WITH.search(text, floor, w.start) is not None


def clause_kinds(
    text: str, found: list[wv.WeaponMention]
) -> tuple[wv.WeaponMention, wv.WeaponMention] | None:
    """The first two weapons of different kinds in ``text`` (one per name, ``found``) that each
    hit something with a verb of their own."""
    hitting = [
        w for w in found if w.category != "aircraft" and _hits(text, w) and not wv.told_hit(text, w)
    ]
    arms = [w for w in found if w.category != "aircraft"]
    for a, b in zip(arms, arms[1:], strict=False):
        # each after its own "with", a verb of attack between them ("with drones, then hit")
        if (
            wv.family(a.category) != wv.family(b.category)
            and _with_own_verb(text, a, 0)
            and _with_own_verb(text, b, a.end)
        ):
            return a, b
    for a in hitting:
        for b in hitting:
            if b.start > a.end and wv.family(a.category) != wv.family(b.category):
                return a, b
    return None
