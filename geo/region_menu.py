"""The region filter's words: one option per first-level region the events name, whatever the
spelling each source gives it, and which events a chosen region keeps.

Events extracted here carry GeoNames' first-level names ("Donetsk", "Zaporizhia"); imported files
name regions their own way (UCDP: "Donetsk oblast", "Zaporizhzhya oblast", "Kharkiv Oblast").
A region is matched by the skeleton of its name (:func:`geo.region_keys.name_skeleton`: without
its administrative word and the letters transliterations disagree on), so "Zaporizhia" and
"Zaporizhzhya oblast" are one option, and ``?region=zaporizhzhia oblast`` or
``geo export --region Zaporizhia`` keep both. (An analyst asked
for one oblast's artillery in one month had weapon and date filters but none for a region:
newuser35.)

A region that is a city of its own and the region around it that bears its name (the city of
Kyiv, GeoNames' "Kyiv", UCDP's "Kiev Special Republican city"; the oblast, GeoNames' "Kiev",
"Kyiv Oblast") are two options named as the map's labels name them, "Kyiv" and "Kyiv region"
(:mod:`geo.region_kinds`; they were "Kiev", "Kiev Special Republican city" and "Kyiv": newuser36).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from geo.gazetteer.regions import short_admin_name
from geo.region_keys import name_skeleton
from geo.region_kinds import pair_label, split_kind

_LABELLED = "="  # the start of a key that is the map's label of a city or the region around it
_CODE = "#"  # the start of a key that is a code, a name too short for a skeleton


def region_key(name: str) -> str:
    """What every spelling of one region's name shares: the map's label of a city of its own or
    of the region around it (:func:`geo.region_kinds.pair_label`), else its skeleton, or for a
    name too short to have one (a code) the name itself without its administrative word, in
    lower case, marked apart from the skeletons (the code "KV" was Kyiv's skeleton "kv", "LV"
    Lviv's: an import's codes were merged into those regions, and ``?region=KV`` kept Kyiv's
    events). A city's region with no region of its name around it is keyed by the city's name
    ("Misto Sevastopol'", "Sevastopol City" and "Sevastopol" are one option: review36)."""
    label = pair_label(name)
    if label:
        return _LABELLED + label
    base, kind = split_kind(name)
    skeleton = name_skeleton(base if kind == "city" else name)
    return skeleton or _CODE + short_admin_name(" ".join(name.split())).casefold()


def menu(names: Iterable[object]) -> list[str]:
    """The Region filter's options for the events' ``admin1`` values: one per region, named by
    its most frequent spelling without the administrative word ("Kherson" for 20 "Kherson
    oblast" and 3 "Kherson"), or a city's and the region around it by the map's labels ("Kyiv",
    "Kyiv region"), in alphabetical order. Empty and missing names are no option."""
    spellings: dict[str, Counter[str]] = {}
    for name, count in Counter(names).items():  # (each spelling read once, not once per event)
        if not isinstance(name, str) or not name.strip():
            continue
        short = short_admin_name(" ".join(name.split())) or name.strip()
        spellings.setdefault(region_key(name), Counter())[short] += count
    named = (
        key[len(_LABELLED) :] if key.startswith(_LABELLED) else counts.most_common(1)[0][0]
        for key, counts in spellings.items()
    )
    return sorted(named, key=str.casefold)


def chosen(words: Iterable[str], options: list[str]) -> list[str]:
    """The options ``words`` name, in any spelling of the region ("kherson oblast" gives
    "Kherson"); words naming no option are dropped."""
    by_key = {region_key(o): o for o in options}
    out: list[str] = []
    for word in words:
        found = by_key.get(region_key(word))
        if found and found not in out:
            out.append(found)
    return out


def unknown(words: Iterable[str], options: list[str]) -> list[str]:
    """The ``words`` that name no option, in their order: each option's key made once (a link
    repeating ``region=`` 10,000 times over 1,200 regions built them all for each word: 58 s)."""
    keys = {region_key(o) for o in options}
    return [w for w in words if region_key(w) not in keys]


def wanted_keys(regions: Iterable[str]) -> set[str]:
    """The keys a region filter keeps (:func:`region_key` of each chosen region)."""
    return {region_key(r) for r in regions}
