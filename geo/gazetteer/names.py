"""Name keys shared by the build and the run-time index: one normal form for every spelling."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Kinds of names: an alternate name, the main name, the adjective for a country's people, or an
# acronym made from a long name ("UAE"), which matches only when written in capitals.
ALTERNATE, MAIN, DEMONYM, ACRONYM = 0, 1, 2, 3
KIND_RANK = {DEMONYM: 0, ACRONYM: 0, ALTERNATE: 1, MAIN: 2}

_APOSTROPHES = re.compile(r"[\u2019\u2018\u02bc\u02b9`´'\".]")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/,;:()\[\]]+")
# Abbreviated generic words of a name, written out: "Mt. Pleasant" is Mount Pleasant, "Ft.
# Worth" Fort Worth, "St. Lucia" Saint Lucia, "Ste. Genevieve" Sainte Genevieve; only before
# another word ("MT" alone is Montana's postal code, "Memphis St." a street).
_GENERIC_SHORT = re.compile(r"\b(mt|ft|st|ste)(?= \w)")
_GENERIC_LONG = {"mt": "mount", "ft": "fort", "st": "saint", "ste": "sainte"}


@lru_cache(maxsize=1 << 18)
def normalize(name: str) -> str:
    """Key a name for lookup: accents dropped, case folded, punctuation unified.

    ``"Kursk-Vostochny"``, ``"kursk vostochny"`` and ``"Kúrsk Vostóchny"`` share one key;
    apostrophes and dots vanish (``"Kharkiv's"`` keeps its ``s``; ``"U.S."`` becomes ``"us"``);
    "Mt.", "Ft.", "St." and "Ste." before another word are "mount", "fort", "saint" and
    "sainte". Non-Latin scripts are kept, case-folded, with their diacritics.
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
    key = _SEPARATORS.sub(" ", stripped).strip()
    if "t " in key or "te " in key:  # most keys hold no "mt ", "st ": no pattern to run
        key = _GENERIC_SHORT.sub(lambda m: _GENERIC_LONG[m.group(1)], key)
    return key


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


_MINOR_WORDS = frozenset({"of", "the", "and"})


def acronyms(name: str) -> list[str]:
    """The acronyms a long name is written as: its capitalised words' initials, with and without
    "of" ("Democratic People's Republic of Korea": DPRK, DPROK; "Republic of Korea": ROK),
    and "T&T" for a two-part name ("Trinidad and Tobago"). Three letters at least.
    """
    words = [w for w in re.split(r"[\s-]+", name) if w]
    out: list[str] = []
    if len(words) == 3 and words[1].lower() == "and" and words[0][:1].isupper():
        out.append(f"{words[0][0]}&{words[2][0]}".upper())
    for keep_of in (False, True):
        letters = [
            w[0]
            for w in words
            if w[:1].isupper() or (keep_of and w.lower() == "of")
            if w.lower() not in _MINOR_WORDS or (keep_of and w.lower() == "of")
        ]
        if len(letters) >= 3:
            out.append("".join(letters).upper())
    return list(dict.fromkeys(out))
