"""Which approximate region outline a region-level event names, whatever its spelling.

Events extracted here carry GeoNames' first-level names ("Donetsk", "Zaporizhia", "Mykolaiv"),
the names the outlines are keyed by. Imported data names regions its own way: UCDP's Ukraine
file writes "Donetsk oblast", "Zaporizhzhya oblast", "Mykolayiv oblast", "Kharkiv Oblast" (639
of its 3,883 rows), so those events were drawn as a circle instead of their region's outline. A
name is matched by its exact key first, then by its skeleton: the name without its
administrative word, in lower case, without the letters transliterations disagree on (y, i, j,
h, apostrophes) and doubled letters ("zaporizhzhya" and "zaporizhia" are both "zaporza"). A
skeleton is used only when exactly one outline of the event's country has it. Last, a name is
matched by its stem to an outline named by its adjective, as GeoNames names some oblasts
("Vinnyts'ka" for Vinnytsia oblast, "Odes'ka" for Odesa, "Kharkivs'ka" for Kharkiv): the
adjective's skeleton without its "-ska" ("-s'ka", "-skaya") and the name's without its last
vowels and an "s" before them are the same stem ("vnt", "ode"), again only when one outline of the country has it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from geo.gazetteer.regions import short_admin_name

_SOFT_LETTERS = re.compile(r"[^a-z]|[yijh]")
_DOUBLED = re.compile(r"(.)\1+")
_ADJECTIVE = re.compile(r"ska$")  # the skeleton of "-s'ka", "-ska", "-skaya" ("y" is dropped)
_NOUN_END = re.compile(r"[aeou]*$")
# A name of so few letters is a code or an abbreviation ("KV", "L.V."), not a spelling of one
# region's name, whatever its skeleton ("kv" is Kyiv's).
_FEWEST_LETTERS = 4


def name_skeleton(name: str) -> str:
    """What is left of a region's name once spelling variants are taken out (see the module);
    empty for a name too short to tell a region by."""
    # compatibility forms first: "Donetsk\u00a0oblast" (a no-break space copied from a page)
    # and a zero-width space before the administrative word still lose it
    plain = unicodedata.normalize("NFKD", name).casefold()
    plain = "".join(c for c in plain if unicodedata.category(c) not in ("Mn", "Cf"))
    plain = short_admin_name(" ".join(plain.split()))
    if sum(c.isalpha() for c in plain) < _FEWEST_LETTERS:
        return ""
    return _DOUBLED.sub(r"\1", _SOFT_LETTERS.sub("", plain))


def outline_keys(wanted: Iterable[str], known: Iterable[str]) -> dict[str, str]:
    """The outline key (``"country|admin1"`` among ``known``) each wanted key names; a wanted
    key with no outline, or whose skeleton two outlines of its country share, is left out."""
    known = tuple(known)
    exact, by_skeleton = set(known), _skeleton_index(known)
    found = {}
    for key in wanted:
        if key in exact:
            found[key] = key
            continue
        paired = _paired_outline(key, known)
        if paired:
            found[key] = paired
            continue
        country, _, admin1 = key.partition("|")
        skeleton = name_skeleton(admin1)
        same = by_skeleton.get((country, skeleton), ()) if skeleton else ()
        if len(same) == 1:
            found[key] = same[0]
            continue
        stem = _noun_stem(skeleton)
        same = _adjective_index(known).get((country, stem), ()) if stem else ()
        if len(same) == 1:
            found[key] = same[0]
    return found


def _paired_outline(key: str, known: tuple[str, ...]) -> str | None:
    """The outline of a city of its own or of the region around it, by the map's label of each
    (:func:`geo.region_kinds.pair_label`): "Kyiv Oblast", and "Kyiv region" as the exports write
    it, are GeoNames' "Kiev", not the city's "Kyiv", whose skeleton they share; UCDP's "Kiev
    Special Republican city" is the city (newuser36)."""
    from geo.region_kinds import pair_label  # (it reads the skeletons of this module)

    country, _, admin1 = key.partition("|")
    label = pair_label(admin1)
    if label is None:
        return None
    mine = country + "|"
    same = [k for k in known if k.startswith(mine) and pair_label(k[len(mine) :]) == label]
    return same[0] if len(same) == 1 else None


def _noun_stem(skeleton: str) -> str:
    """A name's skeleton without its last vowels and an "s" before them ("vntsa": "vnt")."""
    stem = _NOUN_END.sub("", skeleton)
    return stem[:-1] if stem.endswith("s") else stem


@functools.lru_cache(maxsize=4)
def _adjective_index(known: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, ...]]:
    """The outline keys named by an adjective, by country and the adjective's stem."""
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in known:
        country, _, admin1 = key.partition("|")
        skeleton = name_skeleton(admin1)
        if _ADJECTIVE.search(skeleton):
            index[(country, _ADJECTIVE.sub("", skeleton))].append(key)
    return {k: tuple(v) for k, v in index.items()}


@functools.lru_cache(maxsize=4)
def _skeleton_index(known: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, ...]]:
    """The outline keys by country and skeleton, made once per set of outlines (a map is built
    on every filter change; its outlines file changes only when rebuilt)."""
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in known:
        country, _, admin1 = key.partition("|")
        index[(country, name_skeleton(admin1))].append(key)
    return {k: tuple(v) for k, v in index.items()}
