"""A night's arsenal and a town's hit told in one sentence, set apart by a semicolon, a colon or a
dash ("Russia launched 80 drones and six missiles at Ukraine overnight; in Poltava, a missile hit
an industrial site"): the two kinds named together are what was launched, not what struck the
town; the weapon of the town's own clause is its record's, one record, not one per kind."""

from __future__ import annotations

import re

from geo import weapons as wv
from geo.extract.draft import Draft

# a clause boundary stronger than a comma: a semicolon, a colon, a dash between spaces
_STRONG = re.compile(r";|:\s|\s[—–-]\s")


def took_own_hit(
    d: Draft, pair: tuple[wv.WeaponMention, wv.WeaponMention], found: list[wv.WeaponMention]
) -> bool:
    """Whether the strike's place's own clause names one kind, now the draft's weapon, while the
    two kinds named together (``pair``) stand in another clause of its sentence (``found``: the
    sentence's weapons)."""
    text, at = d.sentence.text, d.place_offset()
    if at < 0 or d.event_type != "strike":
        return False
    start = max((m.end() for m in _STRONG.finditer(text, 0, at)), default=0)
    end = m.start() if (m := _STRONG.search(text, at)) else len(text)
    if any(start <= w.start < end for w in pair):
        return False
    own = [w for w in found if start <= w.start < end]
    if len({wv.family(w.category) for w in own}) != 1:
        return False
    hit = next((w for w in own if w.weapon), own[0])
    d.weapon, d.category = hit.weapon, hit.category
    return True
