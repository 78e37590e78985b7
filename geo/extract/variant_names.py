"""Names a report spells in another romanisation than the gazetteer's: the toponym scan finds
only names the gazetteer knows as written, so a Russian spelling of a Ukrainian town it holds
only in the Ukrainian form ("Gulyaipole" for Huliaipole, "Novaya Kakhovka", "Dneprorudnoye",
"Levadnoye") or a Russian town written "-sky" where GeoNames writes "-skiy" ("Afipsky") is no
span at all. Such a capitalised word (with the Russian adjective opening it, "Novaya ...") is a
span when its respelling (``geo.geocode.respell``) finds a town of the theatre; the resolver
reads it the same way and keeps the place only near the text's other places (a guess).

Not a district's adjective ("the Bryansky district", "Kievsky railway station"): the "-sky"
reading is for a word no district, station or region word follows."""

from __future__ import annotations

import re
from collections.abc import Set

from geo.extract.shouted_towns import overlaps
from geo.geocode import Geocoder
from geo.geocode.candidates import TOWNS
from geo.geocode.respell import respelled, russian_form, skiy_spelling
from geo.geocode.words import is_common

# A capitalised word of five letters or more, with a Russian adjective before it that opens
# Slavic place names ("Novaya Kakhovka", "Velikaya Novosyolka", "Malaya Tokmachka").
_NAME = re.compile(
    r"\b(?:(?:Nov|Star|Velik|Mal|Bol'?sh|Krasn|Verkhn|Nizhn)(?:aya|oye|yy|iy|yaya|eye|y) )?"
    r"[A-Z][a-z]{4,}(?:-[A-Z][a-z]+)?\b"
)
# The words after a name that make it a district's, a street's or a station's name, not a
# town's ("the Bryansky district", "Kievsky railway station", "Zheleznodorozhnaya street").
_NOT_A_TOWN_AFTER = re.compile(
    r"[ \t]+(?:district|raion|rayon|region|oblast|krai|kray|station|railway|street|prospekt|"
    r"avenue|mine|and [A-Z]\w*sky)s?\b",
    re.I,
)
# A capitalised word beside the name: a person's first name or surname ("Sergei Lavrov",
# "Director General Grossi"), a title, a name of many words; a town written alone is no such.
# (An ordinary word that opens a sentence, "In Gulyaipole ...", is no name.)
_CAPITAL_BEFORE = re.compile(r"(?P<word>[A-Z][\w'’.-]*)[ \t]$")
_CAPITAL_AFTER = re.compile(r"[ \t][A-Z]")


def variant_spans(
    geocoder: Geocoder, text: str, spans: list[tuple[int, int]], countries: Set[str]
) -> list[tuple[int, int]]:
    """Spans of the capitalised names outside ``spans`` that the gazetteer knows only in
    another romanisation (see the module's docstring), in a theatre's report only."""
    if not countries:
        return []
    taken = sorted(spans)
    found: list[tuple[int, int]] = []
    gazetteer = geocoder.gazetteer
    for m in _NAME.finditer(text):
        start, end = m.span()
        name = m.group()
        if overlaps(taken, start, end):
            continue
        if _beside_names(text, start, end) or is_common(name, text):
            continue
        if name.endswith("sky"):
            if gazetteer.lookup(name):
                continue
            hits = skiy_spelling(gazetteer, name)
        elif russian_form(name, unknown=True) and not gazetteer.lookup(name):
            hits = respelled(gazetteer, name)
        else:
            continue
        if any(p.country in countries and p.feature in TOWNS for p, _ in hits):
            found.append((start, end))
    return found


def _beside_names(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` stands beside another capitalised word or before a
    district's, street's or station's word (see :data:`_NOT_A_TOWN_AFTER`)."""
    before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    return bool(
        (before and not is_common(before.group("word"), text))
        or _CAPITAL_AFTER.match(text, end)
        or _NOT_A_TOWN_AFTER.match(text, end)
    )
