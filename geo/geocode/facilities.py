"""Facilities named by their kind in running text: "the Zaporizhzhia nuclear power plant", "the
Engels air base", "the Kerch bridge". The kind words, written small, are taken into the name
only when the whole is a facility the gazetteer has (``data/aliases.csv``, OurAirports).

A power plant named by the adjective of its town ("the Trypilska thermal power plant" of
Trypillia, "the Zmiivska" of Zmiiv, "the Kurakhivska" of Kurakhove, "the Shaturskaya" of
Shatura), which no registry package lists, is put at that town: the adjective without its
ending is the town's name without its own. Not where the adjective also names the town's
region ("Khmelnytska", "Rivnenska", "Kurskaya"): a plant named after a region lies anywhere in
it, often 50 to 100 km from its capital ("Khmelnytska" is at Netishyn)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from geo.gazetteer import normalize
from geo.geocode.respell import respelled

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer, Place

# The words that name a facility by its kind after the name it is called by, written small in
# running text ("the Zaporizhzhia nuclear power plant", "the Engels air base", "the Kerch bridge").
_FACILITY_WORDS = re.compile(
    r"(?:[ \t]+(?:nuclear|thermal|hydroelectric|hydro|power|electric|plant|station|npp|tpp|hpp|"
    r"chp|oil|refinery|depot|terminal|air|base|airfield|bridge|dam)\b){1,4}",
    re.I,
)
FACILITIES = ("facility", "airport")  # features of facilities, named with their kind


def with_kind_words(gazetteer: Gazetteer, text: str, start: int, end: int) -> tuple[int, int]:
    """A name's span, taken on over the kind words after it when the whole is the name of a
    facility the gazetteer has, in any spelling (:func:`facilities_spelled_otherwise`): "the
    Zaporizhzhia nuclear power plant" is the plant at Enerhodar, not the city 50 km off; else the
    name alone, whose town the caller resolves ("the Burshtyn thermal power plant": no plant of
    that name is indexed, Burshtyn is)."""
    m = _FACILITY_WORDS.match(text, end)
    if m is None:
        return start, end
    cuts = [w.end() for w in re.finditer(r"\w+", m.group(0))]
    for cut in reversed(cuts):
        name = text[start : end + cut]
        found = gazetteer.lookup(name) or facilities_spelled_otherwise(gazetteer, name)
        if any(place.feature in FACILITIES for place, _ in found):
            return start, end + cut
    return start, end


def facilities_spelled_otherwise(gazetteer: Gazetteer, name: str) -> list[tuple[Place, bool]]:
    """Ukraine's facilities whose name is ``name`` spelled another way, read by the skeleton
    Russian spellings are read by (``respell``): "Zaporizhzhya NPP", "Zaporozhye NPP" are the
    Zaporizhzhia NPP. No guess, unlike a respelled village: the kind word is in the name."""
    if not _KIND_AT_END.search(name):
        return []  # most names: no facility's kind in them
    return [hit for hit in respelled(gazetteer, name) if hit[0].feature in FACILITIES]


_KIND_AT_END = re.compile(
    r"\b(?:npp|tpp|hpp|chp|plant|station|refinery|depot|terminal|base|airfield|airport|bridge|dam)$",
    re.I,
)


# A plant's kind after the adjective that names it, written small or as the usual abbreviation.
_PLANT = re.compile(
    r"[ \t]+(?:(?:thermal|hydroelectric|hydro|nuclear|coal-fired|gas-fired|combined heat and)"
    r"[ \t]+)?(?:power[ \t]+(?:plant|station)|heat(?:ing)?[ \t]+plant|TPP|TES|HPP|CHP|NPP|GRES)\b"
)
# An adjective made from a place name: Ukrainian "-ska", "-skyi", "-ske", Russian "-skaya", "-sky".
_ADJECTIVE_END = re.compile(r"s'?k(?:a|aya|yi|yy|iy|ij|y|e|oye|ogo)$")
_ADJECTIVE_WORD = re.compile(r"\b[A-Z][a-z'’]+s['’]?k(?:a|aya|yi|yy|iy|ij|y|e|oye)\b")
_COUNTRIES = ("UA", "RU")  # whose plants are named so


def plant_adjectives(
    gazetteer: Gazetteer, text: str, taken: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Spans of the capitalised adjectives of a town right before a power plant's kind ("the
    Trypilska thermal power plant", "Zmiivska TPP") that no span of ``taken`` covers."""
    if not _PLANT_WORD.search(text):
        return []  # most texts: no plant named at all
    return [
        m.span()
        for m in _ADJECTIVE_WORD.finditer(text)
        if _PLANT.match(text, m.end())
        and not any(s < m.end() and m.start() < e for s, e in taken)
        and towns_of_adjective(gazetteer, m.group())
    ]


_PLANT_WORD = re.compile(r"plant|station|TPP|TES|HPP|CHP|NPP|GRES")


def followed_by_plant(text: str, end: int) -> bool:
    """Whether a power plant's kind follows the mention ending at ``end``."""
    return _PLANT.match(text, end) is not None


def towns_of_adjective(gazetteer: Gazetteer, adjective: str) -> list[tuple[Place, bool]]:
    """The towns of Ukraine and Russia whose adjective ``adjective`` is, never as their main name;
    none where it also names the region of the town (see the module's docstring)."""
    key = normalize(adjective)
    if not _ADJECTIVE_END.search(key) or not key.isascii():
        return []
    stem = _ADJECTIVE_END.sub("", key)
    if len(stem) < 4:
        return []
    seen: dict[int, Place] = {}
    for name in _town_names(stem):
        for place, _ in gazetteer.lookup(name):
            if (
                place.country not in _COUNTRIES
                or place.feature not in _TOWNS_OF_PLANTS
                or _canon(stem) not in _stems(normalize(place.name))  # not by another name
            ):
                continue
            if _canon(stem) in _stems(normalize(place.admin1)):
                return []  # "Khmelnytska": the adjective of a region too
            seen.setdefault(place.id, place)
    return [(p, False) for p in seen.values()]


# The towns a plant is named after are towns of some size, which GeoNames has.
_TOWNS_OF_PLANTS = ("city", "capital")
# What a town's name may add to the stem of its adjective: Trypil-lia (its "l" doubled),
# Shatur-a, Kurakhov-e (of Kurakhiv-ska), Vuhlehir-sk, Kakhov-ka, Zmiiv.
_ENDINGS = ("", "a", "ia", "iia", "ya", "e", "ye", "o", "y", "i", "ka", "sk", "lia")


def _town_names(stem: str) -> list[str]:
    """The names a town may have whose adjective has ``stem``."""
    stems = [stem]
    if stem.endswith("iv"):  # Kurakhivska: Kurakhove; Starobeshivska: Starobesheve
        stems += [stem[:-2] + "ov", stem[:-2] + "ev"]
    return [s + ending for s in stems for ending in _ENDINGS]


def _stems(key: str) -> set[str]:
    """The stems of adjectives (:func:`_canon`) a place's name key may give: the key without its
    ending vowels (Trypillia, Shatura), "-ov" as "-iv" (Kurakhove), without "-sk" (Vuhlehirsk)
    or "-ka" (Kakhovka), or without an adjective's own ending (Khmelnytskyi)."""
    bare = re.sub(r"[aeiouy]+$", "", key)
    forms = {key, bare, re.sub(r"sk$", "", bare), _ADJECTIVE_END.sub("", key)}
    if key.endswith("ka"):
        forms.add(key[:-2])
    forms |= {f[:-2] + "iv" for f in forms if f.endswith(("ov", "ev"))}
    return {_canon(f) for f in forms if len(f) >= 4}


def _canon(stem: str) -> str:
    """A stem with 'y' as 'i' and doubled letters once: Slovyansk and Sloviansk, Trypillia and
    Trypilska, are one stem."""
    return _DOUBLE.sub(r"\1", stem.replace("y", "i"))


_DOUBLE = re.compile(r"([a-z])\1")
