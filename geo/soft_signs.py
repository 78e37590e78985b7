"""GeoNames' marks of soft signs in Russian, Ukrainian and Belarusian names ("Rossosh’",
"Sevastopol'", "Kon’kove"), which the national romanisations and the reports leave out: names
are shown without them (:mod:`geo.event_names`) and an event's place is stored without them
(:func:`geo.records.validate`), so that exports and the History page say "Rossosh".

GeoNames also writes the letter ё as "ë" in some names ("Orël", "Shchëkino"), where the English
press and the product's own region names write "yo" ("Oryol", the map's "Oryol region"): names are
shown so (:func:`shown_letters`); stored and exported under GeoNames' name, as the report's
spellings are (:mod:`geo.place_spellings`)."""

from __future__ import annotations

import re

# Countries whose GeoNames names mark the soft sign (and the Ukrainian apostrophe) with ’ or '.
SOFT_SIGNED = frozenset({"RU", "UA", "BY"})
SOFT_SIGN = re.compile(r"(?<=[^\W\d_])[’ʹʼ'](?=[^\W\d_]|\s|-|$)")
# what a name is shown without or otherwise: the soft signs, and GeoNames' "ë" for ё
SHOWN_OTHERWISE = re.compile(f"{SOFT_SIGN.pattern}|[ëË]")


def without_soft_signs(name: str) -> str:
    """``name`` without the marks of soft signs between or after letters ("Rossosh’")."""
    return SOFT_SIGN.sub("", name)


def shown_letters(name: str) -> str:
    """``name`` as a Russian, Ukrainian or Belarusian town is shown: without soft signs, and with
    GeoNames' "ë" for ё written "yo" ("Orël": "Oryol", "Ëlkino": "Yolkino")."""
    return without_soft_signs(name).replace("ë", "yo").replace("Ë", "Yo")
