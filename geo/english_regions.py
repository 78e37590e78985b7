"""English conventional names of first-level regions whose GeoNames name, or the spelling of the
town the map named them after, is a local transliteration: "Moscow" for GeoNames' "Moskovskaya",
"Oryol" for "Orjol" and its town's "Orël" (newuser23: "Moskovskaya region", "Orël region" in the
popup, the table and the export). The names are in ``data/region_names.csv``, with the label the
map wrote before, so that a file exported then ("Orël region") is still read as the region's.
The gazetteer keeps its names: the store's ``admin1`` and what was saved with it are unchanged.
"""

from __future__ import annotations

import csv
import functools

from geo.paths import DATA_DIR

NAMES_FILE = DATA_DIR / "region_names.csv"


@functools.lru_cache(maxsize=1)
def _table() -> dict[tuple[str, str], tuple[str, str]]:
    with NAMES_FILE.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader(line for line in f if not line.startswith("#"))
        return {(r["country"], r["admin1"]): (r["name"], r["earlier"] or "") for r in rows}


def english_region(country: object, admin1: object) -> str | None:
    """The English name of the region ``admin1`` of ``country`` ("Moscow" for RU Moskovskaya),
    None when the table gives none (its label is the gazetteer's spelling)."""
    found = _table().get((country, admin1))  # type: ignore[arg-type]
    return found[0] if found else None


def earlier_label(country: object, admin1: object) -> str | None:
    """The label the map gave the region before its English name ("Orël"), None if none."""
    found = _table().get((country, admin1))  # type: ignore[arg-type]
    return found[1] or None if found else None
