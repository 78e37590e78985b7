"""Ukrainian places written in their Russian spelling, which the gazetteer lacks: a milblogger's
"Predtechino", "Bila Gora" and "Stupochki", a ministry's "Gulyaipole", "Levadnoye" or "Nevskoye",
a channel's "Vodolagi", "Radkovka" or "Kotlino". The toponym scan reads only the capitalised runs
the gazetteer knows, so these names never reached the resolver, which has long read a Russian
spelling by its skeleton (:mod:`geo.geocode.respell`) and keeps such a guess only near the
text's other places. Here a capitalised run (one to three words) the gazetteer does not know,
spelled as only Russian spells (:func:`~geo.geocode.respell.russian_form`) and whose skeleton
is a town or village of Ukraine, is handed to the resolver as a span like any other."""

from __future__ import annotations

import re
from collections.abc import Set

from geo.geocode import Geocoder
from geo.geocode.respell import COUNTRY, respelled, russian_form

# one to three capitalised words, joined by a space or a hyphen ("Bila Gora", "Velikaya
# Novosyolka"), not inside a longer word or run
_RUN = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?![\w'’-])")
_SETTLEMENTS = ("city", "village")


def russian_spelled(
    geocoder: Geocoder, text: str, spans: list[tuple[int, int]], countries: Set[str]
) -> list[tuple[int, int]]:
    """Spans of capitalised runs outside ``spans`` that name a town or village of Ukraine in
    its Russian spelling (see the module's docstring)."""
    if COUNTRY not in countries:
        return []
    gazetteer = geocoder.gazetteer
    found: list[tuple[int, int]] = []
    for m in _RUN.finditer(text):
        s, e = m.span()
        name = m.group()
        if not russian_form(name, unknown=True) or any(a < e and s < b for a, b in spans):
            continue
        if gazetteer.lookup(name):
            continue  # a name the gazetteer knows is the scan's
        if any(p.feature in _SETTLEMENTS for p, _ in respelled(gazetteer, name)):
            found.append((s, e))
    return found
