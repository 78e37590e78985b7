"""Name keys shared by the build and the run-time index: one normal form for every spelling."""

from __future__ import annotations

import re
import unicodedata

# Kinds of names: an alternate name, the main name, or the adjective for a country's people.
ALTERNATE, MAIN, DEMONYM = 0, 1, 2
KIND_RANK = {DEMONYM: 0, ALTERNATE: 1, MAIN: 2}

_APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc\u02b9`´'\".]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/,;:()\[\]]+")


def normalize(name: str) -> str:
    """Key a name for lookup: accents dropped, case folded, punctuation unified.

    ``"Kursk-Vostochny"``, ``"kursk vostochny"`` and ``"Kúrsk Vostóchny"`` share one key;
    apostrophes and dots vanish (``"Kharkiv's"`` keeps its ``s``; ``"U.S."`` becomes ``"us"``).
    Non-Latin scripts are kept, case-folded, with their diacritics.
    """
    decomposed = unicodedata.normalize("NFKD", name)
    kept: list[str] = []
    for ch in decomposed:
        # Accents go from Latin letters only: in Cyrillic "ї" and "й" are letters of their own.
        if unicodedata.combining(ch) and kept and kept[-1] < "\u0250":
            continue
        kept.append(ch)
    stripped = unicodedata.normalize("NFC", "".join(kept))
    stripped = _APOSTROPHES.sub("", stripped.casefold())
    return _SEPARATORS.sub(" ", stripped).strip()


def is_usable_alternate(name: str) -> bool:
    """Whether an alternate name is worth indexing: not a code, not too short, no digits.

    GeoNames alternate names hold IATA codes ("IEV"), two-letter forms ("Ko") and postal
    variants that would only produce false matches.
    """
    key = normalize(name)
    if len(key.replace(" ", "")) < 3 or any(ch.isdigit() for ch in key):
        return False
    letters = name.replace(" ", "")
    return not (letters.isascii() and letters.isupper() and len(letters) <= 4)
