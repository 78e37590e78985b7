"""The name the basemap, the popups and the review write for a first-level region: the spelling of
the town it is named after ("Odesa" for GeoNames' "Odessa"), or its English name
(:mod:`geo.english_regions`: "Moscow" for "Moskovskaya"). Moved out of :mod:`geo.assets`, which
builds the files that carry them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from weakref import WeakKeyDictionary

from geo.english_regions import english_region
from geo.gazetteer.names import normalize
from geo.gazetteer.regions import short_admin_name

LABEL_TOWN_FLOOR = 100_000  # a region takes a town's spelling only from a town this large


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def region_label(gazetteer, country: str, admin1: str, largest) -> str:
    """The name the basemap writes for a first-level region: the spelling the gazetteer gives
    the town it is named after, not GeoNames' region field ("Odesa" for "Odessa", "Kyiv" for
    "Kiev", "Vinnytsia" for "Vinnyts'ka"), else the name without its administrative word
    ("Sevastopol'" for "Misto Sevastopol'").

    A town's name is taken when the region's name is an alternate name of a town of the same
    country of :data:`LABEL_TOWN_FLOOR` or more inhabitants spelled nearly alike (same first
    letter, lengths within two: "Kiev" and "Kyiv", not "Dnipropetrovsk" and the renamed
    "Dnipro"), or when ``largest`` (the region's largest town, or None) shares at least 60 % of
    the longer name's letters from the start. A region of :mod:`geo.english_regions` (GeoNames'
    "Moskovskaya", its town's "Orël") is given its English name ("Moscow", "Oryol").
    """
    english = english_region(country, admin1)
    if english:
        return english
    key = normalize(admin1)
    for place, main in gazetteer.lookup(admin1):
        name = normalize(place.name)
        if (
            not main
            and place.country == country
            and place.feature in ("city", "capital")
            and place.population >= LABEL_TOWN_FLOOR
            and name[:1] == key[:1]
            and abs(len(name) - len(key)) <= 2
        ):
            return place.name
    if largest is not None:
        name = normalize(largest.name)
        if _common_prefix(name, key) >= 0.6 * max(len(name), len(key)) >= 3:
            return largest.name
    short = short_admin_name(admin1)  # a prefix only: "Jewish Autonomous Oblast" stays whole
    return short if short and admin1.endswith(short) else admin1


def region_labels(gazetteer, regions: Sequence[tuple[str, str]]) -> list[str]:
    """:func:`region_label` of each (country, admin1); a region whose label would repeat another
    region's of its country (the Kyiv oblast beside the city of Kyiv) gets " region" added."""
    largest: dict[tuple[str, str], object] = {}
    for country in {c for c, _ in regions}:
        for town in gazetteer.towns_by_admin1(country, LABEL_TOWN_FLOOR):
            best = largest.get((country, town.admin1))
            if best is None or town.population > best.population:  # type: ignore[attr-defined]
                largest[(country, town.admin1)] = town
    labels = [region_label(gazetteer, c, a, largest.get((c, a))) for c, a in regions]
    uses = Counter(zip((c for c, _ in regions), labels, strict=True))
    return [
        f"{label} region" if label != admin1 and uses[(country, label)] > 1 else label
        for (country, admin1), label in zip(regions, labels, strict=True)
    ]


# Each gazetteer's labels of every region of a country, made on the first ask for that country.
_COUNTRY_LABELS: WeakKeyDictionary = WeakKeyDictionary()


def region_label_of(gazetteer, country: str, admin1: str) -> str:
    """The label the map gives one region (:func:`region_labels`, read among all the regions of
    its country, so that the Kyiv oblast is still "Kyiv region" beside the city's own region).
    The labels of a country are made once per gazetteer: a place line then costs a dict look-up,
    not a scan of the country's towns."""
    labels = _COUNTRY_LABELS.setdefault(gazetteer, {})
    mine = labels.get(country)
    if mine is None:
        regions = [(country, a) for a in gazetteer.admin1_names(country)]
        mine = labels[country] = dict(
            zip((a for _, a in regions), region_labels(gazetteer, regions), strict=True)
        )
    label = mine.get(admin1)
    if label is None:  # a town's region the gazetteer has no entry for
        label = mine[admin1] = region_labels(gazetteer, [(country, admin1)])[0]
    return label
