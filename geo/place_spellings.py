"""The report's own spelling of a town where GeoNames romanises the same name otherwise.

GeoNames writes Ukrainian and Russian names in an older romanisation ("Kryvyy Rih", where the
national one and the reports write "Kryvyi Rih") and names some towns by the adjective of an
alternate name ("L’govskiy", which the report calls "Lgov"). The geocoder finds the place from
the report's word either way; the analyst then read GeoNames' spelling on the map and in the
tables. An event's place is shown under the report's word when it is the same name written
otherwise (:mod:`geo.event_names`: map labels, popups, tables, the review, KML placemark names).
It stays stored, and written in the CSV and GeoJSON exports, under GeoNames' name, as the
benchmarks' gold and the tests name places and as an export reads back unchanged. Where the
report's word is another name of the place ("Kharkov", "Kiev" for Kharkiv, Kyiv), GeoNames'
stays: the product does not spell by the old Russian forms a writer may use.
"""

from __future__ import annotations

import re

from geo.soft_signs import SOFT_SIGNED, without_soft_signs

# GeoPrecision.PLACE and NEAR (geo.precision loads numpy; the record's checks load no library)
TOWN_LEVELS = (1, 2)
MAX_NAME = 60  # a report's word longer than this is no town's name
# what GeoNames adds to a name to make its adjective (of the folded form: y as i, one i):
# L’govskiy, Pokrovskoye, Zelenaya, Lgovske
_ADJECTIVE_ENDING = re.compile(r"s?k(?:i|oe|oie|aia|e|a)")
_POSSESSIVE = re.compile(r"['’]s$")
# a sentence's words as a name's are written (letters, hyphens, apostrophes), for the spelling of
# a place the event's mention does not name; a sentence is read up to _MOST_TEXT characters
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[-'’](?=[^\W\d_]))*")
_MOST_TEXT = 2000


def folded(name: str) -> str:
    """``name`` as romanisations of one name agree: lower case, no soft signs or apostrophes,
    y and j as i, a run of i as one, hyphens as spaces ("Kryvyy Rih", "Kryvyi Rih": "krivi rih")."""
    text = without_soft_signs(name).lower().replace("-", " ").replace("'", "").replace("’", "")
    text = text.replace("y", "i").replace("j", "i")
    return re.sub(r"i+", "i", " ".join(text.split()))


def _capitals(name: str) -> list[bool]:
    return [w[0].isupper() for w in re.split(r"[\s-]+", name) if w]


def _written_as_a_name(word: str, place: str) -> bool:
    """Whether the report's ``word`` is written as ``place``'s name is: capitals where it has
    them (a report's "Morozovsk air base" is not the name "Morozovsk Air Base")."""
    return (
        0 < len(word) <= MAX_NAME
        and any(c.islower() for c in word)
        and all(c.isalpha() or c in " -'’" for c in word)
        and _capitals(word) == _capitals(place)
    )


def product_spelling(
    place: object, mention: object, country: object, level: object, text: object = None
) -> str | None:
    """The name an event's place is shown under: the report's word ``mention`` when
    it is ``place``'s name written in another romanisation, or that name without the adjective
    GeoNames made of it; else the words of the event's sentence ``text`` that are (the mention
    was another word of it: "the Danube" for a place found "near Izmail", newuser27); None when
    the place keeps its name (another name, another country, a word not written as a name, an
    event placed at a region or wider: ``level`` above NEAR, named as the map labels its
    region)."""
    if country not in SOFT_SIGNED or not isinstance(place, str) or level not in TOWN_LEVELS:
        return None
    if isinstance(mention, str) and (found := _same_name(mention, place)):
        return found
    if not isinstance(text, str):
        return None
    size = len(place.split())
    words = _WORD.findall(text[:_MOST_TEXT])
    windows = (" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    return next((found for w in windows if (found := _same_name(w, place))), None)


def _same_name(mention: str, place: str) -> str | None:
    """The report's ``mention`` when it is ``place``'s name spelt otherwise, else None."""
    word = _POSSESSIVE.sub("", " ".join(mention.split()))
    if word == place or not _written_as_a_name(word, place):
        return None
    ours, theirs = folded(word), folded(place)
    if ours == theirs:
        return word
    if theirs.startswith(ours) and _ADJECTIVE_ENDING.fullmatch(theirs[len(ours) :]):
        return word
    return None
