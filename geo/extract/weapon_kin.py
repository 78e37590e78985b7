"""One weapon told twice, once by a generic word and once precisely (a report's lede and its
body, a live blog's first entry and its update): "an air strike" and the glide bomb it dropped,
"shelling" and the Grad rockets, "rockets" and the S-300 missile, "S-300 missiles" and "ballistic
missiles". Two such mentions of one place and day are one strike (:func:`kin`, asked by
:mod:`geo.extract.merging`), whose kind is the precise one (:func:`precise_over`); a report that
tells the second as another attack ("later that day", "a second strike") keeps two."""

from __future__ import annotations

import re
from collections.abc import Iterable

from geo import weapons as wv
from geo.extract.draft import Draft

# (generic, precise): what the first word may name in general and the second names precisely
_KIN = frozenset(
    {
        ("aircraft", "glide bomb"),  # "an air strike", "Russian aviation" ... "a guided bomb"
        ("artillery", "rocket artillery"),  # "shelled" ... "Grad rockets", "an MLRS"
        ("rocket artillery", "air defence missile"),  # "rockets" ... "an S-300 missile"
        ("ballistic missile", "air defence missile"),  # "ballistic missiles" ... "S-300s"
    }
)
# the second telling is another attack: "a second strike", "later that day", "again"
_ANOTHER = re.compile(
    r"\b(?:another|a\s+(?:second|third|new|fresh|renewed|repeated)|again|separately|"
    r"later\s+(?:that|the\s+same|in\s+the|on)|once\s+more)\b",
    re.I,
)


def _generic(a: Draft, b: Draft) -> Draft | None:
    """Which of two mentions names the weapon generically, when the other names it precisely
    (the generic one names no system: "Grad rockets" are no "rockets" in general)."""
    for g, p in ((a, b), (b, a)):
        if (g.category, p.category) in _KIN and not g.weapon:
            return g
    return None


def kin(a: Draft, b: Draft) -> bool:
    """Whether the event ``a`` and the later mention ``b`` of its place and day may tell one
    strike, one of them by a generic word for what the other names precisely; not when ``b``
    tells itself as another attack."""
    return _generic(a, b) is not None and not told_as_another(b)


def told_as_another(d: Draft) -> bool:
    """Whether a mention tells itself as another attack ("a second strike", "later that day")."""
    return any(_ANOTHER.search(s.text) for s in d.sentences or [d.sentence])


def precise_over(m: Draft, d: Draft) -> bool:
    """Whether the merged event ``m``'s generic kind gives way to the mention ``d``'s precise one."""
    return _generic(m, d) is m


def precise_told(d: Draft, categories: Iterable[str], text: str) -> str | None:
    """The precise kind a sentence continuing ``d`` (``text``, naming ``categories``) gives
    ``d``'s generic one ("An air strike hit X. Warplanes dropped a guided bomb on its market"),
    unless it tells another attack."""
    if d.weapon or _ANOTHER.search(text):
        return None
    return next((c for c in categories if (d.category, c) in _KIN), None)


def alike_kinds(a: str, b: str) -> bool:
    """Whether two weapon kinds may name one attack's weapon: one family (guns and rocket
    launchers, missiles of any kind, a naval drone and a drone), or a generic word and the precise
    kind it may stand for."""
    fa, fb = wv.family(a), wv.family(b)
    return (
        fa == fb
        or fa.endswith(" " + fb)
        or fb.endswith(" " + fa)
        or (a, b) in _KIN
        or (b, a) in _KIN
    )
