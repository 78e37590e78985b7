"""A first-level region that is a city of its own, told from the region around it that bears its
name, whatever the spelling: the Region filter's words for the two.

GeoNames names the city of Kyiv's own region "Kyiv" and the oblast around it "Kiev"; UCDP writes
the city "Kiev Special Republican city"; a reader types "Kyiv Oblast" or "Kyiv city". By the
skeleton of each name alone (:func:`geo.region_keys.name_skeleton`) the Region box offered
"Kiev", "Kiev Special Republican city" and "Kyiv", three options a user could not tell apart,
and ``?region=Kyiv Oblast`` kept the city's events, not the oblast's (newuser36). The map's labels
(:mod:`geo.region_labels`) already tell them apart: the city's region is "Kyiv", the oblast
around it "Kyiv region". Such pairs are read from the labels of the countries a name's places
lie in (a label and the same label with " region" in one country), not from a list.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from geo.gazetteer import Gazetteer, GazetteerMissingError
from geo.gazetteer.regions import short_admin_name
from geo.region_keys import name_skeleton
from geo.region_labels import region_label_of

# Words that make a name the city's own region: "Kyiv City", "City of Kyiv", "Misto Kyiv",
# UCDP's "Kiev Special Republican city", "Kyiv-city". (The separators before "city" are read
# from the start of their run only: from each of its characters, a name of 40,000 spaces and
# hyphens took 58 s in the Region filter, a link's ?region= too; attack37)
_CITY_BEFORE = re.compile(r"^(?:city\s+of|misto|m\.)\s+", re.I)
_CITY_AFTER = re.compile(
    r"(?<![\s-])[\s-]+(?:(?:special\s+)?republican\s+)?city(?:\s+municipality)?$", re.I
)
_AROUND = " region"  # what region_labels adds to the label of the region around a city
_PLACES = ("admin1", "city", "capital")


@dataclass(frozen=True, slots=True)
class CityPair:
    """A region that is a city (``city``, GeoNames' admin1 name) and the region around it
    (``around``), with the labels the map gives them."""

    city: str
    around: str
    city_label: str

    @property
    def around_label(self) -> str:
        return self.city_label + _AROUND

    def skeletons(self) -> set[str]:
        return {name_skeleton(n) for n in (self.city, self.around, self.city_label)} - {""}


def split_kind(name: str) -> tuple[str, str]:
    """The name without its city or administrative words, and which it had: ``"city"``,
    ``"region"`` or ``""`` ("Kyiv Oblast" is ("Kyiv", "region"))."""
    plain = " ".join(name.split())
    before = _CITY_BEFORE.match(plain)
    base = _CITY_AFTER.sub("", plain[before.end() :] if before else plain).strip()
    if base and base != plain:
        return base, "city"
    short = short_admin_name(plain)
    return (short, "region") if short and short != plain else (plain, "")


@functools.lru_cache(maxsize=4096)
def pair_label(name: str) -> str | None:
    """The map's label of the region ``name`` names ("Kyiv" for "Kiev Special Republican city",
    "Kyiv region" for "Kyiv Oblast" and GeoNames' "Kiev") when that region is a city of its own
    or the region around one; else None. A bare name is the city's when it is spelt as the
    city's region is (GeoNames' "Kyiv"), else the region around it's ("Kiev")."""
    base, kind = split_kind(name)
    skeleton = name_skeleton(base)
    if not skeleton:
        return None
    for pair in _pairs_named(base):
        if skeleton not in pair.skeletons():
            continue
        if not kind:
            bare = " ".join(name.split()).casefold()
            is_city = bare != pair.around.casefold() and (
                bare in (pair.city.casefold(), pair.city_label.casefold())
                or skeleton == name_skeleton(pair.city)
            )
            kind = "city" if is_city else "region"
        return pair.city_label if kind == "city" else pair.around_label
    return None


def _pairs_named(base: str) -> list[CityPair]:
    gazetteer = _gazetteer()
    if gazetteer is None:
        return []
    countries = {p.country for p, _ in gazetteer.lookup(base) if p.feature in _PLACES}
    return [pair for country in sorted(countries) for pair in _country_pairs(gazetteer, country)]


@functools.cache
def _gazetteer() -> Gazetteer | None:
    try:
        return Gazetteer()
    except GazetteerMissingError:  # no gazetteer built: names are told apart by spelling alone
        return None


@functools.lru_cache(maxsize=256)
def _country_pairs(gazetteer: Gazetteer, country: str) -> tuple[CityPair, ...]:
    """The city regions of ``country`` whose label recurs with " region" for another region."""
    labels = {a: region_label_of(gazetteer, country, a) for a in gazetteer.admin1_names(country)}
    by_label = {label: admin1 for admin1, label in labels.items()}
    return tuple(
        CityPair(admin1, by_label[label + _AROUND], label)
        for admin1, label in labels.items()
        if label + _AROUND in by_label
    )
