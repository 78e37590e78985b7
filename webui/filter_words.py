"""What the filters' words name: the Weapon box's options and labels, and the options a link's
words (or a box's) name for each filter, in any case, a weapon by its aliases, a region in any
spelling (:mod:`geo.region_menu`). Kept apart from the sidebar's widgets (``webui.filters``)."""

from __future__ import annotations

import geopandas as gpd

from geo import claimants, region_menu, weapon_menu, weapons
from geo.long_text import unsteered


def weapon_options(frame: gpd.GeoDataFrame) -> list[str]:
    """The categories present in the data, each followed by the systems named under it
    (:func:`geo.weapon_menu.menu`)."""
    pairs = frame[["weapon", "weapon_category"]].astype(object)
    pairs = pairs.where(pairs.notna(), None).drop_duplicates()
    return weapon_menu.menu(pairs.itertuples(index=False, name=None))


def weapon_label(option: str) -> str:
    """An option as the Weapon box shows it: a category with sub-kinds says it takes them in
    ("drone (all kinds)"), as the filter does (geo.weapons.kinds); an imported name without its
    direction overrides ("\u202eNo Such Thing" read "gnihT hcuS oN", and turned the chips after
    it: attack32)."""
    shown = unsteered(option)
    return f"{shown} (all kinds)" if len(weapons.kinds(option)) > 1 else shown


def from_words(words: list[str], allowed: list[str], weapon: bool = False) -> list[str]:
    """The options ``words`` name, in any case; for weapons, aliases too ("scalp-eg" gives
    Storm Shadow, "drones" the drone category). A system the vocabulary knows and no event names
    ("Kinzhal") stays itself, never its category (a link for Kinzhal showed every ballistic
    missile): the filter keeps it and shows no event (:func:`_unknown_in_url` says so). Words
    that name nothing are dropped."""
    by_fold = {a.casefold(): a for a in allowed}
    out: list[str] = []
    for word in words:
        found = _option_of(word, by_fold, weapon)
        if found and found not in out:
            out.append(found)
    return out


def _option_of(word: str, by_fold: dict[str, str], weapon: bool) -> str | None:
    """The option ``word`` names among ``by_fold`` (options by their case-folded spelling)."""
    system = weapons.canonical(word) if weapon else None
    if system:
        return by_fold.get(system.casefold(), system)
    kind = weapons.category_of(word) if weapon else None
    # a type or status in the plural, "strikes": weapons have their own aliases
    plural = not weapon and word[-1:] in "sS"
    names = [word, kind] if kind else [word, word[:-1]] if plural else [word]
    return next((by_fold[n.casefold()] for n in names if n and n.casefold() in by_fold), None)


def named_options(param: str, words: list[str], allowed: list[str]) -> list[str]:
    """The options of filter ``param`` that ``words`` name (a region in any spelling)."""
    if param == "region":
        return region_menu.chosen(words, allowed)
    if param == "claimed_by":
        return claimants.chosen(words, allowed)
    return from_words(words, allowed, weapon=param == "weapon")


def unknown_words(param: str, words: list[str], allowed: list[str]) -> list[str]:
    """The ``words`` of filter ``param`` that name no option (each region option's key made once,
    not once per word: :func:`geo.region_menu.unknown`; the others' spellings likewise)."""
    if param == "region":
        return region_menu.unknown(words, allowed)
    if param == "claimed_by":
        return claimants.unknown(words, allowed)
    by_fold = {a.casefold(): a for a in allowed}
    return [w for w in words if not _option_of(w, by_fold, param == "weapon")]
